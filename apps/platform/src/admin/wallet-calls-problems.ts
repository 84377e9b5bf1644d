import { historyProblems } from "../history/problems.ts";
import type { ProblemCatalogue } from "../http/problem.ts";

/** Refusals of the admin's wallet-call routes (manual resolution); part of the admin catalogue. */
export const walletCallAdminProblems = {
  INVALID_TIME_RANGE: historyProblems.INVALID_TIME_RANGE,
  CALL_NOT_FOUND: {
    status: 404,
    title: "Wallet call not found",
    doc: "No wallet call has this `call_id`.",
  },
  CALL_NOT_RETRYABLE: {
    status: 409,
    title: "Wallet call cannot be retried",
    doc: "Only credits and rollbacks that are pending or waiting for manual resolution can be retried; `state` says where this one is.",
  },
  CALL_IN_FLIGHT: {
    status: 409,
    title: "Wallet call in flight",
    doc: "An attempt of this call is being sent right now; look again in a few seconds.",
  },
  CALL_NOT_MANUAL: {
    status: 409,
    title: "Wallet call not waiting for manual resolution",
    doc: "Only a call in `manual` can be marked resolved; `state` says where this one is.",
  },
} as const satisfies ProblemCatalogue;
