import type { Selectable } from "kysely";
import type { Environment } from "../../callbacks/wallet-endpoint.ts";

/**
 * An operator's own play limits in one currency, narrowing the catalogue's (a bet must fit both;
 * a round's wins must fit every cap). Null: the operator sets no limit of its own there.
 */
export interface OperatorPlayLimitsTable {
  operator_id: string;
  /** ISO 4217; amounts below are in its minor units (KWD: thousandths). */
  currency: string;
  min_bet_minor: number | null;
  max_bet_minor: number | null;
  /** The most one round may pay in total (every win of the round together). */
  max_win_per_round_minor: number | null;
  updated_at_ms: number;
  updated_by: string;
}

/**
 * A studio's maximum win multiple unless an admin sets another (`game_studios.max_win_multiple`,
 * the migration's default): generous for slots (most cap at 5,000–10,000×), yet it stops a
 * studio paying billions on a cent.
 */
export const DEFAULT_MAX_WIN_MULTIPLE = 10_000;

/** Which cap refused a win. */
export type WinCap = "win_multiple" | "operator_max_win";

/**
 * A win the gateway refused because it would take the round past a cap: the alert list people
 * review (`GET /admin/win-refusals`). Append-only; nothing was paid for it.
 */
export interface GatewayWinRefusalsTable {
  id: string;
  studio_id: string;
  tx_id: string;
  operator_id: string;
  environment: Environment;
  session_id: string;
  player_id: string;
  game_id: string;
  currency: string;
  round_ref: string;
  /** 0 or 1. */
  demo: number;
  /** The refused win. */
  amount_minor: number;
  /** What the round's standing bets staked, and what its wins had taken, when it came. */
  stakes_minor: number;
  paid_minor: number;
  /** The most the round may pay in total under the cap that refused it. */
  cap_minor: number;
  cap: WinCap;
  created_at_ms: number;
}

export interface PlayLimitTables {
  operator_play_limits: OperatorPlayLimitsTable;
  gateway_win_refusals: GatewayWinRefusalsTable;
}

export type OperatorPlayLimitsRow = Selectable<OperatorPlayLimitsTable>;
export type WinRefusalRow = Selectable<GatewayWinRefusalsTable>;
