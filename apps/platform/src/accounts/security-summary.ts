import { Type } from "typebox";
import type { ServiceDeps } from "../deps.ts";
import { totpState } from "./totp.ts";
import { totpRequired, type RequirementSubject } from "./totp-requirement.ts";

export const SecondFactorSummary = Type.Object({
  enabled: Type.Boolean(),
  recoveryCodesLeft: Type.Integer(),
  required: Type.Boolean({
    description: "An admin requires a second factor for this account; without one, only its setup works.",
  }),
});

/** The second factor's state for `GET /account` of either surface. */
export async function secondFactorSummary(deps: Pick<ServiceDeps, "db">, who: RequirementSubject) {
  const state = await totpState(deps, who);
  return {
    enabled: state.enabled,
    recoveryCodesLeft: state.recoveryCodesLeft,
    required: await totpRequired(deps, who),
  };
}
