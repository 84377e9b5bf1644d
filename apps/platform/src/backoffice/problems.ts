import { accountProblems } from "../accounts/problems.ts";
import { billingProblems } from "../billing/problems.ts";
import { reconciliationProblems } from "../reconciliation/problems.ts";
import { conformanceRunProblems } from "../conformance-runs/problems.ts";
import { goLiveProblems } from "../go-live/problems.ts";
import { historyProblems } from "../history/problems.ts";
import { commonProblems } from "../http/common-problems.ts";
import { problemFactory, type ProblemCatalogue } from "../http/problem.ts";
import { operatorProblems } from "../operators/problems.ts";

/** Every code the operator backoffice API (`/backoffice/…`) can answer. */
export const backofficeProblems = {
  ...commonProblems,
  ...operatorProblems,
  ...conformanceRunProblems,
  ...goLiveProblems,
  ...historyProblems,
  ...accountProblems,
  ...billingProblems,
  ...reconciliationProblems,
  INVALID_LOGIN: {
    status: 401,
    title: "Wrong email or password",
    doc: "The email and password do not match an operator user.",
  },
} as const satisfies ProblemCatalogue;

export const backofficeProblem = problemFactory(backofficeProblems);
