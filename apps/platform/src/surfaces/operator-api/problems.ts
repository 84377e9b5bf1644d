import { roundReplayProblems } from "../../builtin-studio/operator-replay-routes.ts";
import { billingProblems } from "../../billing/problems.ts";
import { catalogueProblems } from "../../catalogue/problems.ts";
import { conformanceRunProblems } from "../../conformance-runs/problems.ts";
import { historyProblems } from "../../history/problems.ts";
import { commonProblems } from "../../http/common-problems.ts";
import { problemFactory } from "../../http/problem.ts";
import { reconciliationProblems } from "../../reconciliation/problems.ts";
import { sessionProblems } from "../../sessions/problems.ts";
import { composeCatalogue } from "../surface.ts";

/**
 * Every code the operator REST API (`/v1/…`) can answer: the common ones and those of each
 * domain whose route files the surface mounts (plugin.ts). A new route file's domain adds its
 * catalogue here.
 */
export const operatorApiProblems = composeCatalogue(
  commonProblems,
  conformanceRunProblems,
  historyProblems,
  sessionProblems,
  roundReplayProblems,
  catalogueProblems,
  billingProblems,
  reconciliationProblems,
);

export const operatorApiProblem = problemFactory(operatorApiProblems);
