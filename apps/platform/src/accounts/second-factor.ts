import { closeSession } from "../auth/sessions.ts";
import type { ServiceDeps } from "../deps.ts";
import { checkSecondFactor, totpState } from "./totp.ts";

/**
 * After a correct password: when the user has a second factor, the code (or a recovery code)
 * must be right too, else the session just opened is closed and the sign-in refused. Asked only
 * after the password, so whether an account has a second factor is not revealed to guessers.
 */
export async function secondFactorRefusal(
  deps: Pick<ServiceDeps, "db" | "clock" | "secretBox">,
  signedIn: { userId: string; token: string; code: string | undefined },
): Promise<{ code: "SECOND_FACTOR_REQUIRED" | "INVALID_SECOND_FACTOR"; message: string } | undefined> {
  const subject = { realm: "backoffice" as const, subjectId: signedIn.userId };
  if (!(await totpState(deps, subject)).enabled) return undefined;
  if (
    signedIn.code !== undefined &&
    (await checkSecondFactor(deps, subject, signedIn.code, { allowRecovery: true }))
  )
    return undefined;
  await closeSession(deps, signedIn.token);
  return signedIn.code === undefined
    ? { code: "SECOND_FACTOR_REQUIRED", message: "Enter the code from your authenticator app." }
    : { code: "INVALID_SECOND_FACTOR", message: "That code is not valid." };
}
