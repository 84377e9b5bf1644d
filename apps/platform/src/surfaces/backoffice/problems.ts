import { accountProblems, accountSecurityProblems } from "../../accounts/problems.ts";
import { billingProblems } from "../../billing/problems.ts";
import { catalogueProblems } from "../../catalogue/problems.ts";
import { conformanceRunProblems } from "../../conformance-runs/problems.ts";
import { goLiveProblems } from "../../go-live/problems.ts";
import { historyProblems } from "../../history/problems.ts";
import { commonProblems } from "../../http/common-problems.ts";
import { problemFactory } from "../../http/problem.ts";
import { operatorProblems } from "../../operators/problems.ts";
import { reconciliationProblems } from "../../reconciliation/problems.ts";
import { sessionProblems } from "../../sessions/problems.ts";
import { composeCatalogue } from "../surface.ts";

/**
 * Every code the operator backoffice API (`/backoffice/…`) can answer: the common ones,
 * sign-in's and those of each domain whose route files the surface mounts (plugin.ts).
 */
export const backofficeProblems = composeCatalogue(
  commonProblems,
  operatorProblems,
  conformanceRunProblems,
  goLiveProblems,
  {
    INVALID_LOGIN: {
      status: 401,
      title: "Wrong email or password",
      doc: "The email and password do not match an operator user.",
    },
  },
  catalogueProblems,
  historyProblems,
  accountProblems,
  accountSecurityProblems,
  billingProblems,
  reconciliationProblems,
  sessionProblems,
);

export const backofficeProblem = problemFactory(backofficeProblems);
