import { isCleanText, type ErrorCode } from "@croupier/protocol";
import { endpointSettings } from "../callbacks/endpoint-settings.ts";
import { attemptLeasedCall } from "./outbox/attempt.ts";
import { newCallRow } from "./outbox/call-rows.ts";
import type { WalletCallRow } from "./outbox/tables.ts";
import { isRoundId, newRoundRow, submitWrite } from "./open-round.ts";
import { submitAcknowledgementWrites } from "./ride-along.ts";
import { callPartiesOf, isAmount, MAX_GAME_REF_LENGTH, type Round, type RoundDeps } from "./round-deps.ts";
import { roundError, type RoundError } from "./round-errors.ts";
import type { BetCommitWrites, ClaimRow } from "./write-model/riding-writes.ts";

export type BetResult =
  | {
      readonly ok: true;
      readonly callId: string;
      /** The player's balance after the debit, as the operator reported it. */
      readonly balanceMinor: number;
      /** True when this answers a repeat of an earlier request with the same bet id. */
      readonly replayed: boolean;
    }
  | RoundError
  | ClaimExists;

/** The caller's claim (see `CallClaim`) was there already: nothing was written or sent. */
export interface ClaimExists {
  readonly ok: false;
  readonly code: "CLAIM_EXISTS";
  readonly claim: ClaimRow;
}

/**
 * Places a bet: writes the debit to the outbox (durable before it is sent), sends it at once and
 * answers the game. `ok`: the bet stands. A definite refusal (INSUFFICIENT_FUNDS, PLAYER_BLOCKED…):
 * BET_REFUSED, nothing to undo. An unknown outcome (timeout, non-200, bad body, INTERNAL_ERROR):
 * BET_OUTCOME_UNKNOWN, and a rollback credit is queued in the same transaction that records it.
 * While the operator's circuit is open the debit is not written or sent (WALLET_UNAVAILABLE);
 * a debit that is written but then not sent (the circuit opened or the queue filled meanwhile)
 * is final as `not_sent` and needs no rollback, because it never left this process.
 *
 * `betRef` is the game's own id of the bet: repeating the request returns the first answer and
 * never debits twice. With `opensRound` the round (the game's own id) is opened in the same
 * commit as the debit; `riding` names the caller's writes that ride in the bet's commits (its
 * idempotency record with the debit, its answer and the session's activity with the
 * acknowledgement: `BetCommitWrites`).
 *
 * @example
 * const bet = await placeBet(deps, { round, betRef: "spin-81", amountMinor: 250 });
 * if (!bet.ok && bet.code === "BET_REFUSED") show(bet.walletCode); // e.g. INSUFFICIENT_FUNDS
 */
export async function placeBet(
  deps: RoundDeps,
  input: {
    readonly round: Round;
    readonly betRef: string;
    readonly amountMinor: number;
    readonly opensRound?: boolean;
    readonly riding?: BetCommitWrites;
  },
): Promise<BetResult> {
  const { round } = input;
  const { outbox } = deps;
  if (!isAmount(input.amountMinor))
    return roundError("INVALID_INPUT", "amountMinor must be a safe non-negative integer");
  if (!isCleanText(input.betRef, MAX_GAME_REF_LENGTH))
    return roundError("INVALID_INPUT", "betRef is malformed");
  if (input.opensRound === true && !isRoundId(round.roundId))
    return roundError("INVALID_INPUT", "roundId must be 1-64 of A-Z a-z 0-9 _ . : -");
  const endpoint = await deps.lookup(round.operatorId, round.environment);
  if (endpoint === undefined)
    return roundError("OPERATOR_NOT_CONFIGURED", "the operator has no wallet endpoint here");
  if (deps.client.circuitRetryAtMs(endpoint) !== undefined) {
    return roundError("WALLET_UNAVAILABLE", "the operator's wallet is not answering; the bet was not sent");
  }

  const nowMs = outbox.clock();
  const leaseOwner = outbox.newLeaseToken();
  const row = newCallRow(
    {
      callId: deps.ids("c"),
      action: "debit",
      ...callPartiesOf(round),
      amountMinor: input.amountMinor,
      roundClosed: false,
      ref: `bet:${input.betRef}`,
    },
    {
      nowMs,
      horizonMs: outbox.retryHorizonMs,
      lease: { owner: leaseOwner, untilAtMs: outbox.leaseUntil(nowMs, endpointSettings(endpoint).timeoutMs) },
    },
  );

  const written = await submitWrite(deps, {
    kind: "insert-call",
    row,
    guard: "bet",
    closesRound: false,
    voidIfNoDebit: false,
    ...(input.opensRound === true ? { opensRound: newRoundRow(round, round.roundId, nowMs) } : {}),
    ...(input.riding?.claim === undefined ? {} : { claim: input.riding.claim }),
  });
  if ("ok" in written) return written;
  switch (written.kind) {
    case "inserted":
      break;
    case "claim-exists":
      return { ok: false, code: "CLAIM_EXISTS", claim: written.row };
    case "replay":
      return replayedBet(written.row);
    case "conflict":
      return roundError("IDEMPOTENCY_CONFLICT", `bet ${input.betRef} was placed before with other content`);
    case "refused":
      return roundError(written.code, `the bet cannot be placed: ${written.code}`);
    default:
      throw new Error(`unexpected outbox result ${written.kind}`);
  }

  const report = await attemptLeasedCall(deps, row, leaseOwner, endpoint);
  const log = () =>
    outbox.logger.child({ call_id: row.call_id, round_id: round.roundId, operator_id: round.operatorId });
  const outcome = report.outcome;
  if (outcome.kind === "ok") {
    const onAcknowledged = input.riding?.onAcknowledged;
    if (onAcknowledged !== undefined) {
      const writes = onAcknowledged({ callId: row.call_id, balanceMinor: outcome.balance });
      submitAcknowledgementWrites(outbox, row.call_id, writes);
    }
    // Awaited: the game may only hear "ok" once the acknowledgement is durable. Were it written
    // behind, a crash in between would leave the debit's outcome unknown after the restart, so it
    // would be rolled back (as the contract says) while the game believed the bet stood, and the
    // round's win would then be refused.
    const recorded = await report.recorded.then(
      (result) => result.kind === "applied",
      (error: unknown) => {
        log().error({ err: error }, "recording an acknowledged debit failed");
        return false;
      },
    );
    if (recorded) return { ok: true, callId: row.call_id, balanceMinor: outcome.balance, replayed: false };
    // The lease expires unrecorded and the debit is rolled back like any unknown outcome.
    return roundError(
      "BET_OUTCOME_UNKNOWN",
      "the debit's acknowledgement could not be recorded; it is being rolled back",
      {
        callId: row.call_id,
      },
    );
  }
  await report.recorded.catch((error: unknown) =>
    log().error({ err: error }, "recording a debit outcome failed"),
  );
  if (outcome.kind === "refused") {
    return roundError("BET_REFUSED", outcome.message, {
      walletCode: outcome.code,
      callId: row.call_id,
      ...(outcome.balance === undefined ? {} : { balanceMinor: outcome.balance }),
    });
  }
  if (outcome.kind === "not_sent") {
    return roundError("WALLET_UNAVAILABLE", outcome.reason, { callId: row.call_id });
  }
  return roundError("BET_OUTCOME_UNKNOWN", `${outcome.reason}; the debit is being rolled back`, {
    callId: row.call_id,
  });
}

/** The stored answer to a bet placed before under the same id. */
function replayedBet(row: WalletCallRow): BetResult {
  const callId = row.call_id;
  switch (row.state) {
    case "ok":
      return { ok: true, callId, balanceMinor: row.balance_minor ?? 0, replayed: true };
    case "pending":
      return roundError("CALL_IN_PROGRESS", "this bet is still waiting for the wallet's answer", { callId });
    case "refused":
      return roundError("BET_REFUSED", row.outcome_reason ?? "refused by the operator", {
        callId,
        ...(row.error_code === null ? {} : { walletCode: row.error_code as ErrorCode }),
        ...(row.balance_minor === null ? {} : { balanceMinor: row.balance_minor }),
      });
    case "not_sent":
      return roundError("WALLET_UNAVAILABLE", row.outcome_reason ?? "not sent", { callId });
    default:
      return roundError("BET_OUTCOME_UNKNOWN", row.outcome_reason ?? "outcome unknown; rolled back", {
        callId,
      });
  }
}
