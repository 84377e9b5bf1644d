import type { Selectable } from "kysely";
import type { Environment } from "../callbacks/wallet-endpoint.ts";

/** An operator's prepaid credit account; balance and last_seq follow its entries. */
export interface BillingAccountsTable {
  operator_id: string;
  /** The billing currency (ISO 4217): top-ups, fees and the balance are in it. */
  currency: string;
  balance_minor: number;
  last_seq: number;
  /** At or below this balance the operator is warned (0: no warning before exhaustion). */
  low_credit_threshold_minor: number;
  created_at_ms: number;
  updated_at_ms: number;
}

export type BillingEntryKind = "top_up" | "correction" | "fee";

/** One movement of prepaid credit. Append-only. */
export interface BillingEntriesTable {
  id: string;
  operator_id: string;
  /** 1, 2, 3… per operator: the order entries were posted in. */
  seq: number;
  kind: BillingEntryKind;
  /** Signed: a top-up adds, a fee takes away, a correction either. */
  amount_minor: number;
  currency: string;
  balance_after_minor: number;
  payment_reference: string | null;
  note: string | null;
  /** The client's key: the same key again returns this entry; other input under it is a conflict. */
  idempotency_key: string | null;
  request_hash: string | null;
  provider_id: string | null;
  round_currency: string | null;
  ggr_minor: number | null;
  chargeable_minor: number | null;
  rounds: number | null;
  actor_kind: string;
  actor_id: string;
  created_at_ms: number;
}

export interface BillingFeeRatesTable {
  id: string;
  provider_id: string;
  effective_from_ms: number;
  /** Parts per million of GGR: 150 000 is 15 %. */
  share_ppm: number;
  created_by: string;
  created_at_ms: number;
}

export interface BillingExchangeRatesTable {
  id: string;
  from_currency: string;
  to_currency: string;
  effective_from_ms: number;
  /** Units (major) of `to_currency` per unit of `from_currency`, times 10^8. */
  rate_e8: number;
  created_by: string;
  created_at_ms: number;
}

export type RoundFeeStatus = "charged" | "free" | "awaiting_rate";

export interface BillingRoundsTable {
  round_id: string;
  operator_id: string;
  environment: Environment;
  provider_id: string;
  game_id: string;
  currency: string;
  player_id: string;
  closed_at_ms: number;
  bets_minor: number;
  wins_minor: number;
  rb_bets_minor: number;
  rb_wins_minor: number;
  rollbacks: number;
  ggr_minor: number;
  chargeable_minor: number;
  fee_status: RoundFeeStatus;
  fee_minor: number | null;
  fee_entry_id: string | null;
  projected_at_ms: number;
}

export interface BillingFeeCarryTable {
  operator_id: string;
  provider_id: string;
  currency: string;
  carried_ggr_minor: number;
  remainder_e8: number;
  updated_at_ms: number;
}

export interface BillingProjectorStateTable {
  name: string;
  watermark_ms: number;
  rounds_total: number;
  updated_at_ms: number;
}

export type ReportGrain = "hour" | "day";

export interface ReportAggregatesTable {
  grain: ReportGrain;
  bucket_ms: number;
  operator_id: string;
  environment: Environment;
  provider_id: string;
  game_id: string;
  currency: string;
  rounds: number;
  players: number;
  bets_minor: number;
  wins_minor: number;
  rb_bets_minor: number;
  rb_wins_minor: number;
  rollbacks: number;
  ggr_minor: number;
}

export interface ReportPlayersTable {
  grain: ReportGrain;
  bucket_ms: number;
  operator_id: string;
  environment: Environment;
  provider_id: string;
  game_id: string;
  currency: string;
  player_id: string;
}

export interface BillingSelfChecksTable {
  id: string;
  /** `daily` (the background run for the previous day) or `manual` (an admin or the CLI). */
  trigger: "daily" | "manual";
  from_ms: number;
  to_ms: number;
  started_at_ms: number;
  finished_at_ms: number;
  rounds_checked: number;
  differences: number;
  /** JSON: the checks and each difference found. */
  report: string;
}

export interface BillingTables {
  billing_self_checks: BillingSelfChecksTable;
  billing_accounts: BillingAccountsTable;
  billing_entries: BillingEntriesTable;
  billing_fee_rates: BillingFeeRatesTable;
  billing_exchange_rates: BillingExchangeRatesTable;
  billing_rounds: BillingRoundsTable;
  billing_fee_carry: BillingFeeCarryTable;
  billing_projector_state: BillingProjectorStateTable;
  report_aggregates: ReportAggregatesTable;
  report_players: ReportPlayersTable;
}

export type BillingAccountRow = Selectable<BillingAccountsTable>;
export type BillingEntryRow = Selectable<BillingEntriesTable>;
