import { CURRENCY_PATTERN, isCleanText, MAX_ID_LENGTH, MAX_PLAYER_ID_LENGTH } from "@croupier/protocol";
import type { Environment } from "../callbacks/wallet-endpoint.ts";
import type { IdGenerator } from "../deps.ts";
import type { AttemptDeps } from "./outbox/attempt.ts";
import type { RoundRow } from "./tables.ts";

/**
 * What the round engine's service functions need: the outbox (database, clock, logger, group
 * commit, retry policy), the callback client, the operators' wallet endpoints, and ids.
 */
export interface RoundDeps extends AttemptDeps {
  readonly ids: IdGenerator;
}

/** The game session a round belongs to: who plays what, with which operator, in which currency. */
export interface GameSession {
  readonly operatorId: string;
  readonly environment: Environment;
  readonly sessionId: string;
  /** The operator's player id, as given at game launch. */
  readonly playerId: string;
  readonly currency: string;
  readonly gameId: string;
}

export interface Round extends GameSession {
  readonly roundId: string;
  readonly status: RoundRow["status"];
  readonly openedAtMs: number;
}

/** Ids of bets and wins come from the game; the protocol carries them in our own call ids only. */
export const MAX_GAME_REF_LENGTH = 128;

export function roundOf(row: RoundRow): Round {
  return {
    roundId: row.round_id,
    operatorId: row.operator_id,
    environment: row.environment,
    sessionId: row.session_id,
    playerId: row.player_id,
    currency: row.currency,
    gameId: row.game_id,
    status: row.status,
    openedAtMs: row.opened_at_ms,
  };
}

/** Who a call of this round is about, as a new call's draft names it (`newCallRow`). */
export function callPartiesOf(round: Round) {
  return {
    operatorId: round.operatorId,
    environment: round.environment,
    sessionId: round.sessionId,
    playerId: round.playerId,
    currency: round.currency,
    gameId: round.gameId,
    roundId: round.roundId,
  };
}

/** Why a session is malformed, or undefined. */
export function sessionProblem(session: GameSession): string | undefined {
  if (session.environment !== "sandbox" && session.environment !== "live")
    return "environment must be sandbox or live";
  if (!isCleanText(session.operatorId, MAX_ID_LENGTH)) return "operatorId is malformed";
  if (!isCleanText(session.sessionId, MAX_ID_LENGTH)) return "sessionId is malformed";
  if (!isCleanText(session.playerId, MAX_PLAYER_ID_LENGTH)) return "playerId is malformed";
  if (!isCleanText(session.gameId, MAX_ID_LENGTH)) return "gameId is malformed";
  if (typeof session.currency !== "string" || !CURRENCY_PATTERN.test(session.currency)) {
    return "currency must be an ISO 4217 code";
  }
  return undefined;
}

export function isAmount(value: unknown): value is number {
  return typeof value === "number" && Number.isSafeInteger(value) && value >= 0;
}
