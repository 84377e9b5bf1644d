import type { GamePlayDeps } from "../sessions/game-play-deps.ts";
import { currentStatus, touchSession } from "../sessions/sessions.ts";
import { refusal, success, type GatewayResult } from "./answers.ts";
import { demoBalance, demoBet, demoRollback, demoWin } from "./demo-play.ts";
import { realBalance, realBet, realWin } from "./real-play.ts";
import { realRollback } from "./real-rollback.ts";
import { stakeRangeOf, stakeRefusal } from "./limits/bet-limits.ts";
import { readTx } from "./transactions.ts";
import { studioSession, studioSessionForBet, type StudioCaller } from "./studio-session.ts";

/**
 * The provider gateway's service functions, one per endpoint. Each finds the session of the
 * studio token (for this studio only), then plays it for real (round engine, operator wallet)
 * or as demo (play money here). Studios built into the platform can call these in-process.
 */

const fresh = (answer: GatewayResult["answer"]): GatewayResult => ({ answer, replayed: false });

/** Session start for the studio: who plays what, and the balance. Only active sessions validate. */
export async function validateSession(
  deps: GamePlayDeps,
  caller: StudioCaller,
  input: { sessionToken: string },
): Promise<GatewayResult> {
  const found = await studioSession(deps, caller, input.sessionToken);
  if (!found.ok) return fresh(found.answer);
  const { session } = found;
  const status = await currentStatus(deps, session, deps.settings.idleTimeoutMs);
  if (status === "expired")
    return fresh(refusal("SESSION_EXPIRED", "The session expired; launch the game again."));
  if (status === "ended") return fresh(refusal("SESSION_ENDED", "The session was ended."));
  let balance: number;
  if (session.demo === 1) {
    balance = session.demo_balance_minor ?? 0;
    await touchSession(deps, session);
  } else {
    const answered = await realBalance(deps, session);
    if (answered.balanceMinor === undefined) return fresh(answered.answer);
    balance = answered.balanceMinor;
  }
  return fresh(
    success({
      session_id: session.id,
      player_id: session.player_id,
      currency: session.currency,
      game_id: session.game_id,
      language: session.language,
      demo: session.demo === 1,
      balance,
      return_url: session.return_url,
      cashier_url: session.cashier_url,
    }),
  );
}

export async function sessionBalance(
  deps: GamePlayDeps,
  caller: StudioCaller,
  input: { sessionToken: string; currency?: string | undefined },
): Promise<GatewayResult> {
  const found = await studioSession(deps, caller, input.sessionToken, input.currency);
  if (!found.ok) return fresh(found.answer);
  if (found.session.demo === 1) {
    await touchSession(deps, found.session);
    return fresh(demoBalance(found.session));
  }
  return fresh((await realBalance(deps, found.session)).answer);
}

export async function bet(
  deps: GamePlayDeps,
  caller: StudioCaller,
  input: {
    sessionToken: string;
    txId: string;
    roundRef: string;
    amountMinor: number;
    currency?: string | undefined;
  },
): Promise<GatewayResult> {
  const found = await studioSessionForBet(deps, caller, input.sessionToken, input.currency, input.roundRef);
  if (!found.ok) return fresh(found.answer);
  const outOfLimits = stakeRefusal(
    await stakeRangeOf(deps.db, found.session),
    input.amountMinor,
    found.session.currency,
  );
  // Not recorded; a bet already recorded under this id is answered from its record instead.
  if (outOfLimits !== undefined && (await readTx(deps.db, caller.studioId, input.txId)) === undefined)
    return fresh(outOfLimits);
  return found.session.demo === 1
    ? demoBet(deps, caller, found.session, input)
    : realBet(deps, caller, found.session, { ...input, roundId: found.roundId, opening: found.opening });
}

export async function win(
  deps: GamePlayDeps,
  caller: StudioCaller,
  input: {
    sessionToken: string;
    txId: string;
    roundRef: string;
    amountMinor: number;
    roundClosed: boolean;
    currency?: string | undefined;
  },
): Promise<GatewayResult> {
  const found = await studioSession(deps, caller, input.sessionToken, input.currency);
  if (!found.ok) return fresh(found.answer);
  const request = { ...input, kind: "win" as const };
  // Each checks the round's win cap where it writes the win (limits/refuse-win.ts).
  return found.session.demo === 1
    ? demoWin(deps, caller, found.session, request)
    : realWin(deps, caller, found.session, request);
}

/** Ends a round without a win: a closing credit of 0 (the round closes even when every bet lost). */
export async function endRound(
  deps: GamePlayDeps,
  caller: StudioCaller,
  input: { sessionToken: string; txId: string; roundRef: string },
): Promise<GatewayResult> {
  const found = await studioSession(deps, caller, input.sessionToken);
  if (!found.ok) return fresh(found.answer);
  const request = { ...input, amountMinor: 0, roundClosed: true, kind: "end_round" as const };
  return found.session.demo === 1
    ? demoWin(deps, caller, found.session, request)
    : realWin(deps, caller, found.session, request);
}

export async function rollback(
  deps: GamePlayDeps,
  caller: StudioCaller,
  input: { sessionToken: string; txId: string; betTxId: string; roundRef?: string | undefined },
): Promise<GatewayResult> {
  const found = await studioSession(deps, caller, input.sessionToken);
  if (!found.ok) return fresh(found.answer);
  const request = { txId: input.txId, betTxId: input.betTxId, roundRef: input.roundRef };
  return found.session.demo === 1
    ? demoRollback(deps, caller, found.session, request)
    : realRollback(deps, caller, found.session, request);
}
