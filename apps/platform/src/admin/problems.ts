import { billingProblems } from "../billing/problems.ts";
import { conformanceRunProblems } from "../conformance-runs/problems.ts";
import { goLiveProblems } from "../go-live/problems.ts";
import { commonProblems } from "../http/common-problems.ts";
import { problemFactory, type ProblemCatalogue } from "../http/problem.ts";
import { operatorProblems } from "../operators/problems.ts";
import { walletCallAdminProblems } from "./wallet-calls-problems.ts";

/** Every code the admin API (`/admin/…`) can answer. */
export const adminProblems = {
  ...commonProblems,
  ...operatorProblems,
  ...conformanceRunProblems,
  ...goLiveProblems,
  ...walletCallAdminProblems,
  ...billingProblems,
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
} as const satisfies ProblemCatalogue;

export const adminProblem = problemFactory(adminProblems);
