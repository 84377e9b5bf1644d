import { commonProblems } from "../http/common-problems.ts";
import { problemFactory, type ProblemCatalogue } from "../http/problem.ts";
import { creditLaunchProblems } from "../billing/problems.ts";

/** The sessions domain's refusals on the operator API (`/v1/sessions`); the operator API's catalogue includes them. */
export const sessionProblems = {
  LAUNCH_NOT_ALLOWED: {
    status: 403,
    title: "Game launches not allowed",
    doc: "The operator is suspended, or not live and the credential is a live one: no new game sessions. Open rounds still settle.",
  },
  GAME_NOT_AVAILABLE: {
    status: 404,
    title: "Game not available",
    doc: "No game with this id is available to you (unknown, disabled, or blocked in your licence jurisdictions).",
  },
  CURRENCY_NOT_SUPPORTED: {
    status: 422,
    title: "Currency not supported",
    doc: "The currency is not one you registered, or the game has no bet limits in it.",
  },
  DEMO_NOT_AVAILABLE: {
    status: 422,
    title: "Demo not available",
    doc: "The game has no demo mode; launch it with real money.",
  },
  STUDIO_NOT_AVAILABLE: {
    status: 409,
    title: "Studio not available",
    doc: "The studio running this game is not connected to the platform or is disabled; try again later.",
  },
  WALLET_NOT_CONFIGURED: {
    status: 409,
    title: "Wallet not configured",
    doc: "Real-money sessions need your callback URL in this environment; set it in the backoffice.",
  },
  INVALID_URL: {
    status: 400,
    title: "Invalid URL",
    doc: "`return_url` and `cashier_url` must be absolute http(s) URLs without credentials.",
  },
  SESSION_NOT_FOUND: {
    status: 404,
    title: "Session not found",
    doc: "No session with this id belongs to your operator in the environment of your credential.",
  },
  ...creditLaunchProblems,
} as const satisfies ProblemCatalogue;

export type SessionProblemCode = keyof typeof sessionProblems;

/** Throws-able problems of `/v1/sessions`, common codes included. */
export const sessionApiProblem = problemFactory({ ...commonProblems, ...sessionProblems });

export interface SessionFailure<C extends SessionProblemCode = SessionProblemCode> {
  readonly ok: false;
  readonly code: C;
  readonly message: string;
}

export function sessionFail<C extends SessionProblemCode>(code: C, message: string): SessionFailure<C> {
  return { ok: false, code, message };
}
