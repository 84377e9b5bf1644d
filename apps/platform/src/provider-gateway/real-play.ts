import { getBalance } from "../rounds/get-balance.ts";
import { getRound, openRound } from "../rounds/open-round.ts";
import { placeBet } from "../rounds/place-bet.ts";
import { settleWin } from "../rounds/settle-win.ts";
import type { GamePlayDeps } from "../sessions/game-play-deps.ts";
import { currentStatus, gameSessionOf, touchSession } from "../sessions/sessions.ts";
import type { SessionRow } from "../sessions/tables.ts";
import {
  fromRoundError,
  refusal,
  success,
  type Driven,
  type GatewayAnswer,
  type GatewayResult,
} from "./answers.ts";
import { betRefusal, platformRoundId, type StudioCaller } from "./studio-session.ts";
import type { GatewayTxRow } from "./tables.ts";
import { idempotently, type TxDraft } from "./transactions.ts";

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
  await touchSession(deps, session, balance.balanceMinor);
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
  if (!bet.ok) return fromRoundError(bet);
  await touchSession(deps, session, bet.balanceMinor);
  return final(success({ transaction_id: row.tx_id, balance: bet.balanceMinor, currency: session.currency }));
}

export async function realBet(
  deps: GamePlayDeps,
  caller: StudioCaller,
  session: SessionRow,
  input: { txId: string; roundRef: string; amountMinor: number },
): Promise<GatewayResult> {
  const roundId = platformRoundId(caller.studioId, input.roundRef);
  const draft: TxDraft = {
    studioId: caller.studioId,
    txId: input.txId,
    kind: "bet",
    sessionId: session.id,
    roundRef: input.roundRef,
    roundId,
    amountMinor: input.amountMinor,
    roundClosed: false,
    rollbackOf: null,
  };
  return idempotently(deps, draft, {
    precheck: async () =>
      betRefusal(
        deps.db,
        session,
        await currentStatus(deps, session, deps.settings.idleTimeoutMs),
        (await getRound(deps.engine, roundId)) === undefined,
      ),
    drive: (row) => driveBet(deps, session, row),
  });
}

/** A win, or (amount 0, closing) a round end: a credit through the engine after the round's debit was acknowledged. */
export async function realWin(
  deps: GamePlayDeps,
  caller: StudioCaller,
  session: SessionRow,
  input: {
    txId: string;
    roundRef: string;
    amountMinor: number;
    roundClosed: boolean;
    kind: "win" | "end_round";
  },
): Promise<GatewayResult> {
  const roundId = platformRoundId(caller.studioId, input.roundRef);
  const draft: TxDraft = {
    studioId: caller.studioId,
    txId: input.txId,
    kind: input.kind,
    sessionId: session.id,
    roundRef: input.roundRef,
    roundId,
    amountMinor: input.amountMinor,
    roundClosed: input.roundClosed,
    rollbackOf: null,
  };
  return idempotently(deps, draft, {
    // Not recorded: a win that arrives before its round exists may be retried once the bet is in.
    precheck: async () => {
      const round = await getRound(deps.engine, roundId);
      if (round === undefined) return refusal("ROUND_NOT_FOUND", "No bet was ever placed in this round.");
      if (round.sessionId !== session.id)
        return refusal("ROUND_MISMATCH", "This round id belongs to another session.");
      return undefined;
    },
    drive: async (row) => {
      const round = await getRound(deps.engine, roundId);
      if (round === undefined)
        return final(refusal("ROUND_NOT_FOUND", "No bet was ever placed in this round."));
      const win = await settleWin(deps.engine, {
        round,
        winRef: row.tx_id,
        amountMinor: row.amount_minor ?? 0,
        closeRound: row.round_closed === 1,
      });
      if (!win.ok) return fromRoundError(win);
      if (win.balanceMinor !== undefined) await touchSession(deps, session, win.balanceMinor);
      return final(
        success({
          transaction_id: row.tx_id,
          delivery: win.delivery === "acknowledged" || win.delivery === "void" ? "acknowledged" : "pending",
          round_closed: row.round_closed === 1,
          ...(win.balanceMinor === undefined ? {} : { balance: win.balanceMinor }),
        }),
      );
    },
  });
}
