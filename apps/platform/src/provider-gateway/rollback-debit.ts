import { DEFAULT_TIMEOUT_MS } from "../callbacks/client-defaults.ts";
import { endpointSettings } from "../callbacks/endpoint-settings.ts";
import { attemptLeasedCall, rollbackCallId } from "../outbox/attempt.ts";
import { newCallRow } from "../outbox/call-rows.ts";
import type { WalletCallRow } from "../outbox/tables.ts";
import { writeRefusal } from "../rounds/open-round.ts";
import type { RoundDeps } from "../rounds/round-deps.ts";
import { roundError, type RoundError } from "../rounds/round-errors.ts";

export type RollbackDebitResult =
  | {
      readonly ok: true;
      /** `acknowledged`: the money is back (`balanceMinor`). Otherwise it is owed and retried like any credit. */
      readonly delivery: "acknowledged" | "retrying" | "manual";
      readonly balanceMinor?: number;
    }
  | RoundError;

/**
 * Rolls back an acknowledged debit at a game's request: the same rollback credit the engine
 * queues for a debit of unknown outcome (`rb` 1, `rb_call_id` = the debit, same amount, the
 * call id derived from the debit's), written to the outbox and sent at once, then retried until
 * acknowledged. Idempotent on the debit: a second request (or an automatic rollback already
 * queued) finds the same call. The round must still be open.
 *
 * Built from the outbox's exported pieces; it belongs in src/rounds/ as the engine's
 * `rollbackBet(deps, { round, betRef })`, and this file goes once that exists.
 */
export async function rollbackDebit(deps: RoundDeps, debit: WalletCallRow): Promise<RollbackDebitResult> {
  if (debit.action !== "debit" || debit.rb !== 0 || debit.round_id === null) {
    throw new Error(`call ${debit.call_id} is not a bet's debit`);
  }
  if (debit.state === "pending") {
    return roundError("CALL_IN_PROGRESS", "the debit still awaits the wallet's answer", {
      callId: debit.call_id,
    });
  }
  const { outbox } = deps;
  const endpoint = await deps.lookup(debit.operator_id, debit.environment);
  const timeoutMs = endpoint === undefined ? DEFAULT_TIMEOUT_MS : endpointSettings(endpoint).timeoutMs;
  const nowMs = outbox.clock();
  const leaseOwner = outbox.newLeaseToken();
  const row = newCallRow(
    {
      callId: rollbackCallId(debit.call_id),
      operatorId: debit.operator_id,
      environment: debit.environment,
      action: "credit",
      sessionId: debit.session_id,
      playerId: debit.player_id,
      currency: debit.currency,
      gameId: debit.game_id,
      roundId: debit.round_id,
      amountMinor: debit.amount_minor ?? 0,
      rbCallId: debit.call_id,
      roundClosed: false,
      ref: `rb:${debit.call_id}`,
    },
    {
      nowMs,
      horizonMs: outbox.retryHorizonMs,
      lease: { owner: leaseOwner, untilAtMs: outbox.leaseUntil(nowMs, timeoutMs) },
    },
  );
  let written;
  try {
    // The `bet` guard: the round must exist, match and be open, and the ref makes it idempotent.
    written = await outbox.batcher.submit({
      kind: "insert-call",
      row,
      guard: "bet",
      closesRound: false,
      voidIfNoDebit: false,
    });
  } catch (error) {
    const refusal = writeRefusal(error);
    if (refusal !== undefined) return refusal;
    throw error;
  }
  switch (written.kind) {
    case "inserted":
      break;
    case "replay":
      return written.row.state === "ok"
        ? {
            ok: true,
            delivery: "acknowledged",
            ...(written.row.balance_minor === null ? {} : { balanceMinor: written.row.balance_minor }),
          }
        : {
            ok: true,
            delivery:
              written.row.state === "manual" || written.row.state === "resolved" ? "manual" : "retrying",
          };
    case "conflict":
      return roundError("IDEMPOTENCY_CONFLICT", `a different rollback of ${debit.call_id} exists`);
    case "refused":
      return roundError(written.code, `the rollback cannot be written: ${written.code}`);
    default:
      throw new Error(`unexpected outbox result ${written.kind}`);
  }
  const report = await attemptLeasedCall(deps, row, leaseOwner, endpoint);
  const log = () =>
    outbox.logger.child({ call_id: row.call_id, round_id: row.round_id, operator_id: row.operator_id });
  if (report.outcome.kind === "ok") {
    report.recorded.catch((error: unknown) =>
      log().error({ err: error }, "recording an acknowledged rollback failed"),
    );
    return { ok: true, delivery: "acknowledged", balanceMinor: report.outcome.balance };
  }
  await report.recorded.catch((error: unknown) =>
    log().error({ err: error }, "recording a rollback outcome failed"),
  );
  return { ok: true, delivery: report.transition.state === "manual" ? "manual" : "retrying" };
}
