import { commonProblems } from "../http/common-problems.ts";
import { problemFactory, type ProblemCatalogue } from "../http/problem.ts";

/**
 * Refusals of the history routes (`/v1/sessions`, `/v1/rounds`, `/v1/transactions` lists and
 * details). The operator API's catalogue includes them. "Not found" also covers another
 * operator's or another environment's ids: whether an id exists elsewhere is never revealed.
 */
export const historyProblems = {
  INVALID_TIME_RANGE: {
    status: 400,
    title: "Invalid time range",
    doc: "`from` or `to` is not a date (epoch milliseconds or RFC 3339), or `from` is after `to`.",
  },
  ROUND_NOT_FOUND: {
    status: 404,
    title: "Round not found",
    doc: "No round with this id belongs to your operator in the environment of your credential.",
  },
  TRANSACTION_NOT_FOUND: {
    status: 404,
    title: "Transaction not found",
    doc: "No wallet call with this `call_id` belongs to your operator in the environment of your credential.",
  },
} as const satisfies ProblemCatalogue;

/** Throws-able problems of the history routes, common codes included. */
export const historyProblem = problemFactory({ ...commonProblems, ...historyProblems });
