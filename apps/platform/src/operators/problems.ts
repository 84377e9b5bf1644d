import type { ProblemCatalogue } from "../http/problem.ts";

/**
 * The operators domain's refusals. Services return `{ ok: false, code, message }` with one of
 * these codes; the admin and backoffice catalogues include them, so a code means the same
 * thing on every surface.
 */
export const operatorProblems = {
  EMAIL_TAKEN: {
    status: 409,
    title: "Email already registered",
    doc: "An account with this email exists (admin tools only: the public registration answers as for a new email, so as not to reveal accounts).",
  },
  INVALID_REGISTRATION: {
    status: 400,
    title: "Invalid registration",
    doc: "A registration field passed the schema but not a business rule (unknown currency, duplicates).",
  },
  OPERATOR_NOT_FOUND: {
    status: 404,
    title: "Operator not found",
    doc: "No operator has this id.",
  },
  INVALID_STATUS_TRANSITION: {
    status: 409,
    title: "Status change not allowed",
    doc: "The operator's current status does not allow this action (e.g. approving an operator that is not pending).",
  },
  OPERATOR_NOT_APPROVED: {
    status: 409,
    title: "Operator not approved",
    doc: "The operator is pending or rejected; credentials, salt keys and wallet settings exist only after approval.",
  },
  LIVE_NOT_ENABLED: {
    status: 409,
    title: "Live environment not enabled",
    doc: "Live credentials can be created only once the operator has gone live.",
  },
  CREDENTIAL_NOT_FOUND: {
    status: 404,
    title: "Credential not found",
    doc: "No API credential with this id belongs to your operator.",
  },
  CREDENTIAL_LIMIT_REACHED: {
    status: 409,
    title: "Too many credentials",
    doc: "An environment holds at most 20 unrevoked credentials; revoke unused ones first.",
  },
  SALT_ROTATION_IN_PROGRESS: {
    status: 409,
    title: "Salt rotation already in progress",
    doc: "A pending salt exists; confirm it or cancel it before asking for another.",
  },
  NO_PENDING_SALT: {
    status: 409,
    title: "No pending salt",
    doc: "There is no salt rotation to confirm or cancel in this environment.",
  },
  SALT_NOT_ACCEPTED: {
    status: 409,
    title: "Wallet did not accept the new salt",
    doc: "The signed test call with the pending salt was not accepted; the active salt is unchanged. `testCall` shows what happened.",
  },
  CALLBACK_URL_NOT_SET: {
    status: 409,
    title: "Callback URL not set",
    doc: "Set the environment's callback URL before sending calls to it.",
  },
  INVALID_CALLBACK_URL: {
    status: 400,
    title: "Invalid callback URL",
    doc: "Callback URLs are absolute http(s) URLs without credentials or fragments, pointing at a public host.",
  },
  CONCURRENT_CHANGE: {
    status: 409,
    title: "Changed concurrently",
    doc: "Someone else changed the same thing at the same moment; reload and try again.",
  },
} as const satisfies ProblemCatalogue;

export type OperatorProblemCode = keyof typeof operatorProblems;

/** A service's refusal, as a value. */
export interface Failure<C extends string = OperatorProblemCode> {
  readonly ok: false;
  readonly code: C;
  readonly message: string;
  readonly details?: Record<string, unknown>;
}

export function fail<C extends string>(
  code: C,
  message: string,
  details?: Record<string, unknown>,
): Failure<C> {
  return details === undefined ? { ok: false, code, message } : { ok: false, code, message, details };
}
