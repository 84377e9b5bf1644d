import { requestFingerprint } from "@croupier/protocol";
import type { OpResult, OutboxOp } from "./write-model/batch-ops.ts";
import { MAX_QUEUED_OPS, OutboxClosedError, OutboxOverloadedError } from "./write-model/write-batcher.ts";
import { roundOf, sessionProblem, type GameSession, type Round, type RoundDeps } from "./round-deps.ts";
import { roundError, type RoundError } from "./round-errors.ts";
import type { RoundRow } from "./tables.ts";

/** A round id the game chooses: protocol-safe characters, so it travels unchanged to the operator. */
const ROUND_ID_PATTERN = /^[A-Za-z0-9_.:-]{1,64}$/;

export type OpenRoundResult =
  { readonly ok: true; readonly round: Round; readonly created: boolean } | RoundError;

/**
 * Opens a round for a game session. With `roundId` (the game's own id) it is idempotent: the same
 * id and session again returns the existing round; the same id with another session is a conflict.
 * Without it, a new id is minted and the round is written with its first bet (same commit).
 * With it, returns once the round is durable.
 *
 * @example
 * const opened = await openRound(deps, { operatorId, environment: "live", sessionId, playerId,
 *   currency: "EUR", gameId: "roulette" });
 * if (opened.ok) await placeBet(deps, { round: opened.round, betRef: "b1", amountMinor: 100 });
 */
export async function openRound(
  deps: RoundDeps,
  input: GameSession & { readonly roundId?: string },
): Promise<OpenRoundResult> {
  const problem = sessionProblem(input);
  if (problem !== undefined) return roundError("INVALID_INPUT", problem);
  if (input.roundId !== undefined && !isRoundId(input.roundId)) {
    return roundError("INVALID_INPUT", "roundId must be 1-64 of A-Z a-z 0-9 _ . : -");
  }
  const row = newRoundRow(input, input.roundId ?? deps.ids("rnd"), deps.outbox.clock());
  if (input.roundId === undefined) {
    // A minted id cannot collide, so there is nothing to wait for: the row goes into the same
    // group commit as the round's first bet, which is queued after it and so sees it. Nothing
    // moves money before that commit, so a crash in between loses nothing but an empty round.
    if (deps.outbox.batcher.queued >= MAX_QUEUED_OPS) {
      return roundError("OVERLOADED", "the platform is not accepting new wallet calls right now; try again");
    }
    deps.outbox.batcher
      .submit({ kind: "open-round", row })
      .catch((error: unknown) =>
        deps.outbox.logger
          .child({ round_id: row.round_id })
          .error({ err: error }, "recording a new round failed"),
      );
    return { ok: true, round: roundOf(row), created: true };
  }
  const result = await submitWrite(deps, { kind: "open-round", row });
  if ("ok" in result) return result;
  if (result.kind === "created") return { ok: true, round: roundOf(row), created: true };
  if (result.kind === "round-exists") return { ok: true, round: roundOf(result.row), created: false };
  return roundError("IDEMPOTENCY_CONFLICT", `round ${row.round_id} exists with another session`);
}

/** The row of a new round of `session`; its request hash tells a repeat from another session's round. */
export function newRoundRow(session: GameSession, roundId: string, nowMs: number): RoundRow {
  return {
    round_id: roundId,
    operator_id: session.operatorId,
    environment: session.environment,
    session_id: session.sessionId,
    player_id: session.playerId,
    currency: session.currency,
    game_id: session.gameId,
    status: "open",
    request_hash: requestFingerprint({
      operator_id: session.operatorId,
      environment: session.environment,
      session_id: session.sessionId,
      player_id: session.playerId,
      currency: session.currency,
      game_id: session.gameId,
    }),
    opened_at_ms: nowMs,
    closed_at_ms: null,
    close_reason: null,
  };
}

/** Whether a round id is one a game may choose. */
export function isRoundId(roundId: string): boolean {
  return ROUND_ID_PATTERN.test(roundId);
}

/** The round with this id, or undefined. */
export async function getRound(deps: Pick<RoundDeps, "outbox">, roundId: string): Promise<Round | undefined> {
  const row = await deps.outbox.db.db
    .selectFrom("rounds")
    .selectAll()
    .where("round_id", "=", roundId)
    .executeTakeFirst();
  return row === undefined ? undefined : roundOf(row);
}

/**
 * Submits one write to the outbox's group commit. A full or closed write queue is a refusal to
 * the game (nothing written, nothing sent), not a crash; any other failure is thrown.
 */
export async function submitWrite(
  deps: Pick<RoundDeps, "outbox">,
  op: OutboxOp,
): Promise<OpResult | RoundError> {
  try {
    return await deps.outbox.batcher.submit(op);
  } catch (error) {
    if (error instanceof OutboxOverloadedError || error instanceof OutboxClosedError) {
      return roundError("OVERLOADED", "the platform is not accepting new wallet calls right now; try again");
    }
    throw error;
  }
}
