import type { Selectable } from "kysely";
import type { Environment } from "../callbacks/wallet-endpoint.ts";

/**
 * - `created`: launch URL issued, not yet opened.
 * - `active`: opened; the studio plays it.
 * - `ended`: ended by the operator or because the wallet refused the player at start.
 * - `expired`: idle too long, or the launch URL was never opened.
 * Only `active` sessions take new bets; wins, round ends and rollbacks of open rounds settle in any state.
 */
export type SessionStatus = "created" | "active" | "ended" | "expired";

export interface GameSessionsTable {
  /** `ses_<random>`: the protocol's `session_id`. */
  id: string;
  operator_id: string;
  environment: Environment;
  player_id: string;
  currency: string;
  game_id: string;
  /** The studio running the game (the catalogue provider id). */
  studio_id: string;
  language: string;
  return_url: string;
  cashier_url: string;
  /** 1: play money held here for this session only; the operator's wallet is never called. */
  demo: 0 | 1;
  /** Play-money balance (demo only), minor units. */
  demo_balance_minor: number | null;
  /** Last balance the wallet reported (real play), for display only: never used to decide a bet. */
  last_balance_minor: number | null;
  status: SessionStatus;
  /** sha256 of the single-use launch token; the token itself is never stored. */
  launch_token_hash: string;
  launch_expires_at_ms: number;
  launched_at_ms: number | null;
  /** sha256 of the studio session token handed to the studio at launch. */
  studio_token_hash: string | null;
  created_at_ms: number;
  last_activity_at_ms: number;
  ended_at_ms: number | null;
  /** Why it ended or expired (`idle`, `operator`, `launch_not_opened`, `wallet:PLAYER_BLOCKED`, …). */
  end_reason: string | null;
  /** How the engine names this session's studio rounds, for the session's life (`platformRoundId`). */
  round_id_form: RoundIdForm;
}

/**
 * `hash`: `gr_` and a hash of studio and round reference (sessions from before migration 0970);
 * `studio_ref`: `gr_<studio>_<reference>` where the reference allows it (ADR 0014).
 */
export type RoundIdForm = "hash" | "studio_ref";

export interface SessionTables {
  game_sessions: GameSessionsTable;
}

export type SessionRow = Selectable<GameSessionsTable>;
