import { accountSecurityProblems } from "../../accounts/problems.ts";
import { walletCallAdminProblems } from "../../admin/wallet-calls-problems.ts";
import { billingProblems } from "../../billing/problems.ts";
import { catalogueProblems } from "../../catalogue/problems.ts";
import { conformanceRunProblems } from "../../conformance-runs/problems.ts";
import { goLiveProblems } from "../../go-live/problems.ts";
import { commonProblems } from "../../http/common-problems.ts";
import { problemFactory } from "../../http/problem.ts";
import { operatorProblems } from "../../operators/problems.ts";
import { studioProblems } from "../../studios/problems.ts";
import { composeCatalogue } from "../surface.ts";

/**
 * Every code the admin API (`/admin/…`) can answer: the common ones, sign-in's and those of each
 * domain whose route files the surface mounts (plugin.ts).
 */
export const adminProblems = composeCatalogue(
  commonProblems,
  operatorProblems,
  conformanceRunProblems,
  goLiveProblems,
  walletCallAdminProblems,
  {
    INVALID_LOGIN: {
      status: 401,
      title: "Wrong email or password",
      doc: "The email and password do not match an admin account.",
    },
    ADMIN_EMAIL_TAKEN: {
      status: 409,
      title: "Admin email taken",
      doc: "An admin with this email exists already.",
    },
  },
  studioProblems,
  catalogueProblems,
  billingProblems,
  accountSecurityProblems,
);

export const adminProblem = problemFactory(adminProblems);
