import { getBalance } from "../round-engine/get-balance.ts";
import { isUniqueViolation } from "../db/errors.ts";
import { getRound, newRoundRow, openRound } from "../round-engine/open-round.ts";
import { roundOf, type Round } from "../round-engine/round-deps.ts";
import { placeBet } from "../round-engine/place-bet.ts";
import { settleWin } from "../round-engine/settle-win.ts";
import type { GamePlayDeps } from "../sessions/game-play-deps.ts";
import {
  currentStatus,
  gameSessionOf,
  sessionActivityOf,
  touchSessionInBatch,
} from "../sessions/sessions.ts";
import type { SessionRow } from "../sessions/tables.ts";
import {
  fromRoundError,
  refusal,
  success,
  type Driven,
  type GatewayAnswer,
  type GatewayResult,
} from "./answers.ts";
import {
  betAccepted,
  betDraft,
  winAccepted,
  winDraft,
  type BetRequest,
  type WinRequest,
} from "./play-requests.ts";
import {
  betRefusal,
  operatorRefusal,
  platformRoundId,
  type RoundOpening,
  type StudioCaller,
} from "./studio-session.ts";
import type { RoundWinCap } from "../round-engine/write-model/batch-ops.ts";
import { overCapOf, refuseOverCap, winCapOf } from "./limits/refuse-win.ts";
import type { GatewayTxRow } from "./tables.ts";
import {
  answerClaimed,
  claimAnswerOf,
  newTxRow,
  readTx,
  requestHashOf,
  settleClaimLater,
  type TxDraft,
} from "./transactions.ts";

/**
 * Real-money play: every request goes through the round engine, which calls the operator's
 * wallet. A studio round is a platform round (`platformRoundId`); a studio transaction id is the
 * engine's bet or win ref inside it, so engine and gateway agree on what a repeat is.
 */

const final = (answer: GatewayAnswer): Driven => ({ answer, final: true });

/** The wallet's balance for the session (a `balance` call). */
export async function realBalance(
  deps: GamePlayDeps,
  session: SessionRow,
): Promise<{ readonly answer: GatewayAnswer; readonly balanceMinor?: number }> {
  const balance = await getBalance(deps.engine, gameSessionOf(session));
  if (!balance.ok) {
    if (balance.walletCode === "PLAYER_BLOCKED") {
      return { answer: refusal("PLAYER_BLOCKED", "The operator does not let this player play now.") };
    }
    if (balance.code === "OPERATOR_NOT_CONFIGURED") {
      return { answer: refusal("WALLET_UNAVAILABLE", "The operator's wallet is not configured.") };
    }
    return { answer: fromRoundError(balance).answer };
  }
  touchSessionInBatch(deps.engine, session, balance.balanceMinor);
  return {
    answer: success({ balance: balance.balanceMinor, currency: session.currency }),
    balanceMinor: balance.balanceMinor,
  };
}

/** Opens (idempotently) the round and places the bet; the engine answers repeats from its record. */
export async function driveBet(deps: GamePlayDeps, session: SessionRow, row: GatewayTxRow): Promise<Driven> {
  const opened = await openRound(deps.engine, { ...gameSessionOf(session), roundId: row.round_id ?? "" });
  if (!opened.ok) {
    return opened.code === "IDEMPOTENCY_CONFLICT"
      ? final(refusal("ROUND_MISMATCH", "This round id belongs to another session."))
      : fromRoundError(opened);
  }
  const bet = await placeBet(deps.engine, {
    round: opened.round,
    betRef: row.tx_id,
    amountMinor: row.amount_minor ?? 0,
  });
  if (!bet.ok) {
    if (bet.code === "CLAIM_EXISTS") throw new Error(`bet ${row.tx_id} found its own claim`);
    return fromRoundError(bet);
  }
  touchSessionInBatch(deps.engine, session, bet.balanceMinor);
  return final(betAccepted(row.tx_id, bet.balanceMinor, session.currency));
}

/**
 * A new bet costs two commits: one before its debit is sent (the claim of the transaction id, the
 * round, opened idempotently, and the debit, in the round engine's group commit), and the one that
 * records the wallet's acknowledgement together with the claim's answer and the session's
 * activity; the game hears "ok" only once that one is durable.
 */
export async function realBet(
  deps: GamePlayDeps,
  caller: StudioCaller,
  session: SessionRow,
  input: BetRequest & {
    /** `platformRoundId` of the studio's round. */
    roundId: string;
    /** Read with the session (`studioSessionForBet`). */
    opening: RoundOpening;
  },
): Promise<GatewayResult> {
  const { roundId } = input;
  const draft = betDraft(caller, session, input, roundId);
  const drive = (row: GatewayTxRow) => driveBet(deps, session, row);
  const status = await currentStatus(deps, session, deps.settings.idleTimeoutMs);
  let refused: GatewayAnswer | undefined;
  if (status !== "active") refused = await betRefusal(deps.db, session, status, false);
  else {
    const { opening } = input;
    refused = opening.roundExists ? undefined : operatorRefusal(session, opening.operatorStatus);
  }
  // Not recorded (the id stays free), unless an earlier request under this id was.
  if (refused !== undefined) return refusedUnlessClaimed(deps, draft, refused, drive);
  const claim = newTxRow(draft, deps.clock());
  const accepted = (balance: number) => betAccepted(input.txId, balance, session.currency);
  const bet = await claimRace(deps, draft, drive, () =>
    placeBet(deps.engine, {
      round: roundOfSession(session, roundId, claim.created_at_ms),
      betRef: input.txId,
      amountMinor: input.amountMinor,
      opensRound: true,
      // The answer and the session's activity go into the commit that records the debit's
      // acknowledgement, which the bet's answer waits for anyway.
      riding: {
        claim: { row: claim, unrecordedRefusals: [] },
        onAcknowledged: ({ balanceMinor }) => {
          const activity = sessionActivityOf(session, deps.engine.outbox.clock(), balanceMinor);
          return {
            claimAnswer: claimAnswerOf(claim, accepted(balanceMinor)),
            ...(activity === undefined ? {} : { sessionActivity: activity }),
          };
        },
      },
    }),
  );
  if ("answer" in bet) return bet;
  if (!bet.ok && bet.code === "CLAIM_EXISTS")
    return answerClaimed(deps.engine, bet.claim, claim.request_hash, drive);
  if (bet.ok) {
    // A replay (the debit was placed before under this id) had no acknowledgement to join.
    if (bet.replayed) settleClaimLater(deps.engine, claim, accepted(bet.balanceMinor));
    return { answer: accepted(bet.balanceMinor), replayed: false };
  }
  const driven = fromRoundError(bet);
  if (driven.final) settleClaimLater(deps.engine, claim, driven.answer);
  return { answer: driven.answer, replayed: false };
}

/** Drives a claimed win (or round end) again: the engine answers a repeat from its record. */
async function driveWin(
  deps: GamePlayDeps,
  caller: StudioCaller,
  session: SessionRow,
  row: GatewayTxRow,
): Promise<Driven> {
  const round = await getRound(deps.engine, row.round_id ?? "");
  if (round === undefined) return final(refusal("ROUND_NOT_FOUND", "No bet was ever placed in this round."));
  const amountMinor = row.amount_minor ?? 0;
  const winCap = await winCapFor(deps, session, amountMinor);
  const win = await settleWin(deps.engine, {
    round,
    winRef: row.tx_id,
    amountMinor,
    closeRound: row.round_closed === 1,
    ...(winCap === undefined ? {} : { winCap }),
  });
  if (!win.ok && win.code === "WIN_LIMIT_EXCEEDED" && winCap !== undefined) {
    // Not final: the claim stays pending and nothing was written for it; a repeat is measured again.
    const input = { txId: row.tx_id, roundRef: row.round_ref ?? "", amountMinor };
    const over = overCapOf(win, winCap);
    return { answer: await refuseOverCap(deps, deps.db, caller, session, input, over), final: false };
  }
  return winDriven(deps, session, row.tx_id, row.round_closed === 1, win);
}

/** The round's win cap a win is measured against in the engine's commit; none for a win of 0. */
async function winCapFor(
  deps: GamePlayDeps,
  session: SessionRow,
  amountMinor: number,
): Promise<RoundWinCap | undefined> {
  return amountMinor === 0 ? undefined : await winCapOf(deps.db, session);
}

function winDriven(
  deps: GamePlayDeps,
  session: SessionRow,
  txId: string,
  roundClosed: boolean,
  win: Awaited<ReturnType<typeof settleWin>>,
): Driven {
  if (!win.ok) {
    if (win.code === "CLAIM_EXISTS") throw new Error(`win ${txId} found its own claim`);
    if (win.code === "WIN_LIMIT_EXCEEDED") throw new Error(`win ${txId} was measured against no cap`);
    return fromRoundError(win);
  }
  if (win.balanceMinor !== undefined) touchSessionInBatch(deps.engine, session, win.balanceMinor);
  const delivery = win.delivery === "acknowledged" || win.delivery === "void" ? "acknowledged" : "pending";
  return final(winAccepted(txId, delivery, roundClosed, win.balanceMinor));
}

/**
 * A win, or (amount 0, closing) a round end: a credit through the engine after the round's debit
 * was acknowledged. Like a bet, one commit (claim and credit) before the credit is sent.
 */
export async function realWin(
  deps: GamePlayDeps,
  caller: StudioCaller,
  session: SessionRow,
  input: WinRequest,
): Promise<GatewayResult> {
  const roundId = platformRoundId(caller.studioId, input.roundRef, session.round_id_form);
  const draft = winDraft(caller, session, input, roundId);
  const drive = (row: GatewayTxRow) => driveWin(deps, caller, session, row);
  const claim = newTxRow(draft, deps.clock());
  // Read before the commit; checked in it, under the round's lock, against the round's written wins.
  const winCap = await winCapFor(deps, session, input.amountMinor);
  const win = await claimRace(deps, draft, drive, () =>
    settleWin(deps.engine, {
      round: roundOfSession(session, roundId, claim.created_at_ms),
      winRef: input.txId,
      amountMinor: input.amountMinor,
      closeRound: input.roundClosed,
      // Not recorded: a win that arrives before its round exists may be retried once the bet is in.
      riding: { claim: { row: claim, unrecordedRefusals: ["ROUND_NOT_FOUND", "ROUND_MISMATCH"] } },
      ...(winCap === undefined ? {} : { winCap }),
    }),
  );
  if ("answer" in win) return win;
  if (!win.ok && win.code === "CLAIM_EXISTS")
    return answerClaimed(deps.engine, win.claim, claim.request_hash, drive);
  if (!win.ok && win.code === "WIN_LIMIT_EXCEEDED" && winCap !== undefined) {
    const answer = await refuseOverCap(deps, deps.db, caller, session, input, overCapOf(win, winCap));
    return { answer, replayed: false };
  }
  if (!win.ok && (win.code === "ROUND_NOT_FOUND" || win.code === "ROUND_MISMATCH")) {
    return { answer: fromRoundError(win).answer, replayed: false };
  }
  const driven = winDriven(deps, session, input.txId, input.roundClosed, win);
  if (driven.final) settleClaimLater(deps.engine, claim, driven.answer);
  return { answer: driven.answer, replayed: false };
}

/** The round of a gateway request as the session would open it (the engine checks it against the stored one). */
function roundOfSession(session: SessionRow, roundId: string, nowMs: number): Round {
  return roundOf(newRoundRow(gameSessionOf(session), roundId, nowMs));
}

/** A refusal before anything was written: the stored answer instead when the id was claimed before. */
async function refusedUnlessClaimed(
  deps: GamePlayDeps,
  draft: TxDraft,
  answer: GatewayAnswer,
  drive: (row: GatewayTxRow) => Promise<Driven>,
): Promise<GatewayResult> {
  const row = await readTx(deps.db, draft.studioId, draft.txId);
  if (row === undefined) return { answer, replayed: false };
  return answerClaimed(deps.engine, row, requestHashOf(draft), drive);
}

/**
 * Runs an engine call that writes a claim; when another process wrote the same claim at the same
 * moment (the batch's insert failed on the key), answers from that claim instead.
 */
async function claimRace<T>(
  deps: GamePlayDeps,
  draft: TxDraft,
  drive: (row: GatewayTxRow) => Promise<Driven>,
  run: () => Promise<T>,
): Promise<T | GatewayResult> {
  try {
    return await run();
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const row = await readTx(deps.db, draft.studioId, draft.txId);
    if (row === undefined) throw error;
    return answerClaimed(deps.engine, row, requestHashOf(draft), drive);
  }
}
