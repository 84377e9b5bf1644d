import { isCleanText } from "@croupier/protocol";
import { DEFAULT_TIMEOUT_MS } from "../callbacks/client-defaults.ts";
import { endpointSettings } from "../callbacks/endpoint-settings.ts";
import { attemptLeasedCall } from "./outbox/attempt.ts";
import { newCallRow } from "./outbox/call-rows.ts";
import type { WalletCallRow } from "./outbox/tables.ts";
import { submitWrite } from "./open-round.ts";
import type { ClaimExists } from "./place-bet.ts";
import { callPartiesOf, isAmount, MAX_GAME_REF_LENGTH, type Round, type RoundDeps } from "./round-deps.ts";
import { roundError, type RoundError } from "./round-errors.ts";
import type { OverCap, RoundWinCap } from "./write-model/batch-ops.ts";
import type { WinCommitWrites } from "./write-model/riding-writes.ts";

/**
 * How a win stands. `acknowledged`: the operator confirmed it (`balanceMinor` is the new balance).
 * `retrying`: it is in the outbox and will be delivered (the game may show the win; the balance
 * comes later). `manual`: the operator definitely refused it; support resolves it.
 * `void`: a closing win of 0 in a round with no acknowledged bet: the round closed without a call.
 * `queued`: a closing win while an earlier credit of the round is still being delivered: it is
 * sent after that one (`round_closed` goes on the round's last call).
 */
export type WinDelivery = "acknowledged" | "retrying" | "queued" | "manual" | "void";

export type WinResult =
  | {
      readonly ok: true;
      readonly delivery: WinDelivery;
      readonly callId?: string;
      readonly balanceMinor?: number;
      readonly replayed: boolean;
    }
  | RoundError
  | ClaimExists
  | WinOverCap;

/** The win would take the round past `winCap`: nothing was written (its claim neither) or sent. */
export interface WinOverCap extends Omit<OverCap, "kind"> {
  readonly ok: false;
  readonly code: "WIN_LIMIT_EXCEEDED";
}

/**
 * Settles a win: a credit, written to the outbox and sent at once, only after the round's debit
 * was acknowledged (refused with DEBIT_IN_FLIGHT or DEBIT_NOT_ACKNOWLEDGED otherwise). With
 * `closeRound` the credit carries `round_closed: true` and the round closes in the same
 * transaction; a round that lost still closes with a credit of 0. Once written, the win is owed:
 * it is retried until acknowledged, across restarts, and never dropped — even while the
 * operator's circuit is open (it then waits for the circuit instead of being sent).
 *
 * `winRef` is the game's own id of the win: repeating the request never credits twice. With
 * `riding.claim` the caller's idempotency record is written in the same commit as the credit.
 * With `winCap` a win that would take the round's wins past it is refused (`WIN_LIMIT_EXCEEDED`),
 * decided in that commit under the round's lock (a repeat of a written win is answered first).
 *
 * @example
 * await settleWin(deps, { round, winRef: "spin-81", amountMinor: 0, closeRound: true });
 */
export async function settleWin(
  deps: RoundDeps,
  input: {
    readonly round: Round;
    readonly winRef: string;
    readonly amountMinor: number;
    readonly closeRound: boolean;
    readonly riding?: WinCommitWrites;
    readonly winCap?: RoundWinCap;
  },
): Promise<WinResult> {
  const { round } = input;
  const { outbox } = deps;
  if (!isAmount(input.amountMinor))
    return roundError("INVALID_INPUT", "amountMinor must be a safe non-negative integer");
  if (!isCleanText(input.winRef, MAX_GAME_REF_LENGTH))
    return roundError("INVALID_INPUT", "winRef is malformed");
  const endpoint = await deps.lookup(round.operatorId, round.environment);
  const timeoutMs = endpoint === undefined ? DEFAULT_TIMEOUT_MS : endpointSettings(endpoint).timeoutMs;

  const nowMs = outbox.clock();
  const leaseOwner = outbox.newLeaseToken();
  const row = newCallRow(
    {
      callId: deps.ids("c"),
      action: "credit",
      ...callPartiesOf(round),
      amountMinor: input.amountMinor,
      roundClosed: input.closeRound,
      ref: `win:${input.winRef}`,
    },
    {
      nowMs,
      horizonMs: outbox.retryHorizonMs,
      lease: { owner: leaseOwner, untilAtMs: outbox.leaseUntil(nowMs, timeoutMs) },
    },
  );

  const written = await submitWrite(deps, {
    kind: "insert-call",
    row,
    guard: "win",
    closesRound: input.closeRound,
    voidIfNoDebit: input.closeRound && input.amountMinor === 0,
    ...(input.riding?.claim === undefined ? {} : { claim: input.riding.claim }),
    ...(input.winCap === undefined ? {} : { winCap: input.winCap }),
  });
  if ("ok" in written) return written;
  switch (written.kind) {
    case "inserted":
      break;
    case "queued":
      // The dispatcher sends it (its poll is a quarter second) once the earlier credits are in.
      return { ok: true, delivery: "queued", callId: row.call_id, replayed: false };
    case "claim-exists":
      return { ok: false, code: "CLAIM_EXISTS", claim: written.row };
    case "voided":
      return { ok: true, delivery: "void", replayed: false };
    case "replay":
      return replayedWin(written.row);
    case "conflict":
      return roundError("IDEMPOTENCY_CONFLICT", `win ${input.winRef} was settled before with other content`);
    case "refused":
      return roundError(written.code, `the win cannot be settled: ${written.code}`);
    case "over-cap": {
      const { kind: _, ...figures } = written;
      return { ok: false, code: "WIN_LIMIT_EXCEEDED", ...figures };
    }
    default:
      throw new Error(`unexpected outbox result ${written.kind}`);
  }

  const report = await attemptLeasedCall(deps, row, leaseOwner, endpoint);
  const log = () =>
    outbox.logger.child({ call_id: row.call_id, round_id: round.roundId, operator_id: round.operatorId });
  if (report.outcome.kind === "ok") {
    // Not awaited: if the record is lost the lease expires and the dispatcher sends the credit
    // again; the operator answers the repeat from its stored result, so it is applied once.
    report.recorded.catch((error: unknown) =>
      log().error({ err: error }, "recording an acknowledged credit failed"),
    );
    return {
      ok: true,
      delivery: "acknowledged",
      callId: row.call_id,
      balanceMinor: report.outcome.balance,
      replayed: false,
    };
  }
  await report.recorded.catch((error: unknown) =>
    log().error({ err: error }, "recording a credit outcome failed"),
  );
  return {
    ok: true,
    delivery: report.transition.state === "manual" ? "manual" : "retrying",
    callId: row.call_id,
    replayed: false,
  };
}

function replayedWin(row: WalletCallRow): WinResult {
  const callId = row.call_id;
  switch (row.state) {
    case "ok":
      return {
        ok: true,
        delivery: "acknowledged",
        callId,
        replayed: true,
        ...(row.balance_minor === null ? {} : { balanceMinor: row.balance_minor }),
      };
    case "manual":
    case "resolved":
      return { ok: true, delivery: "manual", callId, replayed: true };
    default:
      return { ok: true, delivery: "retrying", callId, replayed: true };
  }
}
