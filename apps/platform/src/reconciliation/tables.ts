import type { Environment } from "../callbacks/wallet-endpoint.ts";

/** `reading` the upload, `matching` it against our calls, `done`; `failed`: stopped by an error of ours. */
export type ReconciliationStatus = "reading" | "matching" | "done" | "failed";

export type DifferenceKind =
  | "missing_on_operator_side"
  | "missing_on_our_side"
  | "amount_mismatch"
  | "currency_mismatch"
  | "status_mismatch"
  | "rollback_mismatch";

export interface ReconciliationsTable {
  id: string;
  operator_id: string;
  environment: Environment;
  from_ms: number;
  to_ms: number;
  format: "csv" | "jsonl";
  status: ReconciliationStatus;
  bytes_read: number;
  lines_read: number;
  /** Comparisons matching will make, counted when it starts (0 before). */
  calls_to_compare: number;
  calls_compared: number;
  matched: number;
  differences: number;
  /** JSON: differences per kind. */
  counts: string;
  created_by: string;
  created_at_ms: number;
  finished_at_ms: number | null;
  /** When it last showed progress (a staged batch, a page of comparisons); null before any. */
  progress_at_ms: number | null;
}

export interface ReconciliationLinesTable {
  reconciliation_id: string;
  call_id: string;
  line_no: number;
  action: "debit" | "credit";
  amount_minor: number;
  currency: string;
  rb: 0 | 1;
  /** The operator's word: `ok`, or the code it refused with. */
  status: string;
  time_text: string;
}

export interface ReconciliationDifferencesTable {
  reconciliation_id: string;
  seq: number;
  kind: DifferenceKind;
  call_id: string;
  round_id: string | null;
  /** JSON of our call (action, amount, currency, rb, state, time), or null. */
  ours: string | null;
  /** JSON of the operator's line, or null. */
  theirs: string | null;
  fix: string;
}

export interface ReconciliationTables {
  reconciliations: ReconciliationsTable;
  reconciliation_lines: ReconciliationLinesTable;
  reconciliation_differences: ReconciliationDifferencesTable;
}
