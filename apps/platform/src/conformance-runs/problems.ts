import type { ProblemCatalogue } from "../http/problem.ts";
import { operatorProblems } from "../operators/problems.ts";

/**
 * Refusals of the conformance-run routes. The backoffice, `/v1` and admin catalogues include
 * them, so a code means the same on every surface. The operator codes they share (callback URL
 * not set or not allowed, operator not approved) are repeated here for `/v1`, whose catalogue
 * does not otherwise carry the operators domain.
 */
export const conformanceRunProblems = {
  OPERATOR_NOT_APPROVED: operatorProblems.OPERATOR_NOT_APPROVED,
  CALLBACK_URL_NOT_SET: operatorProblems.CALLBACK_URL_NOT_SET,
  INVALID_CALLBACK_URL: operatorProblems.INVALID_CALLBACK_URL,
  INVALID_CONFORMANCE_OPTIONS: {
    status: 400,
    title: "Invalid conformance options",
    doc: "The run's options passed the schema but not a rule: an unknown check id or area in `only`, or a currency the operator does not use.",
  },
  CONFORMANCE_RUN_IN_PROGRESS: {
    status: 409,
    title: "A conformance run is in progress",
    doc: "One run at a time per operator and environment; `runId` names the one running. Wait for it to finish.",
  },
  CONFORMANCE_RUN_NOT_FOUND: {
    status: 404,
    title: "Conformance run not found",
    doc: "No conformance run with this id belongs to your operator (and, on `/v1`, to your credential's environment).",
  },
  CONFORMANCE_REPORT_NOT_READY: {
    status: 409,
    title: "Report not available",
    doc: "The run is still going, or it was interrupted before the kit wrote a report; `GET` the run for its status.",
  },
} as const satisfies ProblemCatalogue;

export type ConformanceRunProblemCode = keyof typeof conformanceRunProblems;
