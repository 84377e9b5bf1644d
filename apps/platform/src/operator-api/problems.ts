import { billingProblems } from "../billing/problems.ts";
import { reconciliationProblems } from "../reconciliation/problems.ts";
import { conformanceRunProblems } from "../conformance-runs/problems.ts";
import { historyProblems } from "../history/problems.ts";
import { commonProblems } from "../http/common-problems.ts";
import { problemFactory, type ProblemCatalogue } from "../http/problem.ts";

/** Every code the operator REST API (`/v1/…`) can answer. Route files of other domains add theirs here. */
export const operatorApiProblems = {
  ...commonProblems,
  ...conformanceRunProblems,
  ...historyProblems,
  ...billingProblems,
  ...reconciliationProblems,
  LAUNCH_NOT_ALLOWED: {
    status: 403,
    title: "Game launches not allowed",
    doc: "The operator is suspended, or not live and the credential is a live one: no new game sessions. Open rounds still settle.",
  },
} as const satisfies ProblemCatalogue;

export const operatorApiProblem = problemFactory(operatorApiProblems);
