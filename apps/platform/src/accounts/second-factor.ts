import { closeSession } from "../auth/sessions.ts";
import type { SessionRealm } from "../auth/tables.ts";
import type { ServiceDeps } from "../deps.ts";
import type { ProblemError } from "../http/problem.ts";
import type { AccountSubject } from "./account-subject.ts";
import { checkSecondFactor, totpState } from "./totp.ts";

/**
 * After a correct password: when the account has a second factor, the code (or a recovery code)
 * must be right too, else the session just opened is closed and the sign-in refused. Asked only
 * after the password, so whether an account has a second factor is not revealed to guessers.
 */
export async function secondFactorRefusal(
  deps: Pick<ServiceDeps, "db" | "clock" | "secretBox">,
  signedIn: { subject: AccountSubject; token: string; code: string | undefined },
): Promise<{ code: "SECOND_FACTOR_REQUIRED" | "INVALID_SECOND_FACTOR"; message: string } | undefined> {
  const { subject } = signedIn;
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

/**
 * The sign-in route's second step (http/sign-in-routes.ts) for a realm: the `totpCode` of the
 * request's body checked as above. A wrong code counts as a failed attempt, a missing one (the
 * client asks the user for it next) does not.
 */
export function secondFactorStep<T extends { readonly token: string }>(
  deps: Pick<ServiceDeps, "db" | "clock" | "secretBox">,
  options: {
    readonly realm: SessionRealm;
    readonly subjectIdOf: (signedIn: T) => string;
    readonly problem: (
      code: "SECOND_FACTOR_REQUIRED" | "INVALID_SECOND_FACTOR",
      message: string,
    ) => ProblemError;
  },
) {
  return async (
    signedIn: T,
    body: Record<string, unknown>,
  ): Promise<{ problem: ProblemError; failed: boolean } | undefined> => {
    const refusal = await secondFactorRefusal(deps, {
      subject: { realm: options.realm, subjectId: options.subjectIdOf(signedIn) },
      token: signedIn.token,
      code: typeof body.totpCode === "string" ? body.totpCode : undefined,
    });
    if (refusal === undefined) return undefined;
    return {
      problem: options.problem(refusal.code, refusal.message),
      failed: refusal.code === "INVALID_SECOND_FACTOR",
    };
  };
}
