import type { ProblemCatalogue } from "../http/problem.ts";

/** Reconciliation's refusals, on /v1 and the backoffice. */
export const reconciliationProblems = {
  LEDGER_UPLOAD_REFUSED: {
    status: 422,
    title: "Ledger upload refused",
    doc: "The uploaded ledger has wrong columns, invalid lines (non-integer or negative amounts, unknown currencies, bad ids), duplicate call_id lines, ids of calls that are not yours, or is not CSV / JSON lines; `invalidLines` lists the first ones (line, field, message). Nothing was kept.",
  },
  LEDGER_TOO_LARGE: {
    status: 413,
    title: "Ledger upload too large",
    doc: "An uploaded ledger is at most 160 MiB; split the period. Nothing was kept.",
  },
  RECONCILIATION_NOT_FOUND: {
    status: 404,
    title: "Reconciliation not found",
    doc: "No reconciliation with this id belongs to your operator.",
  },
} as const satisfies ProblemCatalogue;
