import type { Selectable } from "kysely";
import type { Environment } from "../callbacks/wallet-endpoint.ts";

/**
 * - `pending_bet`: the outcome is drawn and stored; the stake is not acknowledged yet.
 * - `refused`: the stake was refused (funds, wallet); nothing moved and nothing was shown.
 * - `in_play`: a blackjack hand waiting for the player's next decision.
 * - `pending_win`: the outcome is final; its credit is not acknowledged yet.
 * - `settled`: the credit (or the closing 0) is recorded by the gateway, or (`abandoned` 1) the
 *   platform closed the round as abandoned with the credit of the studio's rule.
 * Pending rounds are driven again (same transaction ids) on the session's next request.
 */
export type StudioRoundStatus = "pending_bet" | "refused" | "in_play" | "pending_win" | "settled";

/**
 * One round of the built-in studio: what the player asked for, every RNG draw and what the
 * player saw, so that the engine replays it exactly. Money lives in the gateway's
 * `gateway_transactions` (studio `croupier-studio`, round_ref = `round_ref`) and, for real
 * play, in the round engine's `rounds` / `wallet_calls` under `platform_round_id`.
 */
export interface StudioRoundsTable {
  /** `sr_<random>`: the studio's round id (the gateway's `round_ref`). */
  round_ref: string;
  session_id: string;
  operator_id: string;
  environment: Environment;
  player_id: string;
  game_id: string;
  engine: string;
  currency: string;
  demo: 0 | 1;
  /** The round engine's round (`gr_…`, real play); null for demo. */
  platform_round_id: string | null;
  status: StudioRoundStatus;
  /** JSON `{ betMinor, options? }`: the request the engine played (blackjack: the base stake). */
  request: string;
  /** JSON array of every RNG draw, in order. */
  draws: string;
  /** JSON: what the player saw (the engine's display; blackjack: view, actions, settlement). */
  display: string;
  /** Blackjack: the engine state (holds the hole card: never sent to the player); null otherwise. */
  state: string | null;
  /** Blackjack: the state an extra stake (double, split) leads to, until its debit is acknowledged. */
  pending_state: string | null;
  /** Blackjack: the transaction id of that extra stake. */
  pending_tx_id: string | null;
  /** Bumped by every change of a blackjack hand (a decision, a claimed extra stake): guards concurrent decisions. */
  version: number;
  /** Every stake of the round accepted so far, minor units. */
  bet_minor: number;
  /** The round's credit once final, minor units. */
  win_minor: number | null;
  /** Why a round was refused (the client error code). */
  error_code: string | null;
  created_at_ms: number;
  updated_at_ms: number;
  settled_at_ms: number | null;
  /**
   * Blackjack: the hand as the abandoned-round rule finished it (every undecided hand stood, the
   * dealer played), stored once by the platform's sweeper (`abandoned-round-rule.ts`). Once set the
   * hand takes no more decisions; once the platform closed the round it is the round's state.
   */
  abandoned_state: string | null;
  /** 1: settled by the platform's closing credit for an abandoned round, not by the game's own. */
  abandoned: 0 | 1;
  /**
   * `sha256:<hex>` of the title definition the round was played with (`titleVersion`); its
   * definition is in `studio_title_versions`. Null: played before versions were recorded.
   */
  title_version: string | null;
}

/** Every title definition a round was played with, by version: old rounds replay with their own maths. */
export interface StudioTitleVersionsTable {
  version: string;
  title_id: string;
  /** The definition's canonical JSON (what the version hashes). */
  definition: string;
  created_at_ms: number;
}

/**
 * A short-lived access token of a game client, exchanged for the studio session token of
 * `/play/<token>`. The studio token itself is kept sealed (AES-GCM under the installation key,
 * bound to this row) because the gateway's service functions take it.
 */
export interface StudioAccessTokensTable {
  /** sha256 of the access token; the token itself is never stored. */
  token_hash: string;
  session_id: string;
  sealed_studio_token: string;
  created_at_ms: number;
  expires_at_ms: number;
}

/** The browser a session's play token was first exchanged in (migration 0720). */
export interface StudioClientBindingsTable {
  session_id: string;
  /** sha256 of the cookie value set at the first exchange. */
  binding_hash: string;
  created_at_ms: number;
}

export interface StudioTables {
  studio_rounds: StudioRoundsTable;
  studio_access_tokens: StudioAccessTokensTable;
  studio_title_versions: StudioTitleVersionsTable;
  studio_client_bindings: StudioClientBindingsTable;
}

export type StudioRoundRow = Selectable<StudioRoundsTable>;
export type StudioAccessRow = Selectable<StudioAccessTokensTable>;
