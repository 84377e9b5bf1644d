import { isCleanText } from "@croupier/protocol";
import { DEFAULT_TIMEOUT_MS } from "../callbacks/client-defaults.ts";
import { endpointSettings } from "../callbacks/endpoint-settings.ts";
import { attemptLeasedCall, rollbackRow } from "./outbox/attempt.ts";
import type { WalletCallRow } from "./outbox/tables.ts";
import { submitWrite } from "./open-round.ts";
import { MAX_GAME_REF_LENGTH, type Round, type RoundDeps } from "./round-deps.ts";
import { roundError, type RoundError } from "./round-errors.ts";

/**
 * `acknowledged`: the money is back (`balanceMinor`). `retrying` / `manual`: the rollback is owed
 * and delivered like any credit. `nothing`: the bet never took money (refused, not sent, or never
 * placed in this round).
 */
export type RollbackDelivery = "acknowledged" | "retrying" | "manual" | "nothing";

export type RollbackResult =
  | {
      readonly ok: true;
      readonly delivery: RollbackDelivery;
      readonly callId?: string;
      readonly balanceMinor?: number;
    }
  | RoundError;

/**
 * Rolls back a bet at the game's request (a provider cancelling a bet): the rollback credit of its
 * debit (`rb` 1, `rb_call_id` = the debit, same amount) — the very call the engine queues by itself
 * for a debit of unknown outcome, with the same derived call_id, so the two can never both exist.
 * Written to the outbox, sent at once, retried until acknowledged. Idempotent: asking again
 * answers from the same call. The round must still be open; a win afterwards needs another bet
 * that still stands.
 *
 * @example
 * const rolledBack = await rollbackBet(deps, { round, betRef: "spin-81" });
 */
export async function rollbackBet(
  deps: RoundDeps,
  input: { readonly round: Round; readonly betRef: string },
): Promise<RollbackResult> {
  const { round } = input;
  const { outbox } = deps;
  if (!isCleanText(input.betRef, MAX_GAME_REF_LENGTH))
    return roundError("INVALID_INPUT", "betRef is malformed");
  // Writes this process has queued (an acknowledged debit's record) must be visible first.
  await outbox.batcher.flush();
  const debit = await outbox.db.db
    .selectFrom("wallet_calls")
    .selectAll()
    .where("round_id", "=", round.roundId)
    .where("ref", "=", `bet:${input.betRef}`)
    .executeTakeFirst();
  // A bet this round never saw took no money: nothing to roll back.
  if (debit === undefined || debit.action !== "debit") return { ok: true, delivery: "nothing" };
  if (debit.session_id !== round.sessionId || debit.player_id !== round.playerId) {
    return roundError("ROUND_MISMATCH", "the round belongs to another session or player");
  }
  if (debit.state === "pending") {
    return roundError("CALL_IN_PROGRESS", "the bet still awaits the wallet's answer", {
      callId: debit.call_id,
    });
  }
  if (debit.state === "refused" || debit.state === "not_sent") return { ok: true, delivery: "nothing" };

  const endpoint = await deps.lookup(round.operatorId, round.environment);
  const timeoutMs = endpoint === undefined ? DEFAULT_TIMEOUT_MS : endpointSettings(endpoint).timeoutMs;
  const nowMs = outbox.clock();
  const leaseOwner = outbox.newLeaseToken();
  const row: WalletCallRow = {
    ...rollbackRow(debit, nowMs, outbox.retryHorizonMs),
    lease_owner: leaseOwner,
    lease_until_at_ms: outbox.leaseUntil(nowMs, timeoutMs),
    next_attempt_at_ms: outbox.leaseUntil(nowMs, timeoutMs),
  };
  const written = await submitWrite(deps, {
    kind: "insert-call",
    row,
    guard: "bet",
    closesRound: false,
    voidIfNoDebit: false,
  });
  if ("ok" in written) return written;
  switch (written.kind) {
    case "inserted":
      break;
    case "replay":
      return replayed(written.row);
    case "conflict":
      return roundError("IDEMPOTENCY_CONFLICT", `another rollback of bet ${input.betRef} exists`);
    case "refused":
      return roundError(written.code, `the bet cannot be rolled back: ${written.code}`);
    default:
      throw new Error(`unexpected outbox result ${written.kind}`);
  }
  const report = await attemptLeasedCall(deps, row, leaseOwner, endpoint);
  const log = () =>
    outbox.logger.child({ call_id: row.call_id, round_id: round.roundId, operator_id: round.operatorId });
  if (report.outcome.kind === "ok") {
    report.recorded.catch((error: unknown) =>
      log().error({ err: error }, "recording an acknowledged rollback failed"),
    );
    return { ok: true, delivery: "acknowledged", callId: row.call_id, balanceMinor: report.outcome.balance };
  }
  await report.recorded.catch((error: unknown) =>
    log().error({ err: error }, "recording a rollback outcome failed"),
  );
  return {
    ok: true,
    delivery: report.transition.state === "manual" ? "manual" : "retrying",
    callId: row.call_id,
  };
}

function replayed(row: WalletCallRow): RollbackResult {
  const callId = row.call_id;
  if (row.state === "ok") {
    return {
      ok: true,
      delivery: "acknowledged",
      callId,
      ...(row.balance_minor === null ? {} : { balanceMinor: row.balance_minor }),
    };
  }
  return {
    ok: true,
    delivery: row.state === "manual" || row.state === "resolved" ? "manual" : "retrying",
    callId,
  };
}
