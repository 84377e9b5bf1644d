import type { ProblemCatalogue } from "../http/problem.ts";

/** Refusals of the go-live gate, on the admin and backoffice surfaces. */
export const goLiveProblems = {
  GO_LIVE_CONDITIONS_NOT_MET: {
    status: 409,
    title: "Go-live conditions not met",
    doc: "Going live needs a live callback URL, a full passing conformance run against it within 30 days and prepaid credit above zero; `missing` lists the unmet conditions and `conditions` says why.",
  },
} as const satisfies ProblemCatalogue;
