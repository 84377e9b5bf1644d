import { setTimeout as sleep } from "node:timers/promises";
import type { GatewayResult } from "../provider-gateway/answers.ts";
import type { GamePlayDeps } from "../sessions/game-play-deps.ts";
import { bet, endRound, rollback, sessionBalance, win } from "../provider-gateway/gateway-service.ts";
import { readTx } from "../provider-gateway/transactions.ts";
import { clientCodeOf, PLAYER_MESSAGES, type StudioCode } from "./problems.ts";
import type { ClientAccess } from "./access.ts";
import { BUILT_IN_CALLER, type StudioDeps } from "./studio-deps.ts";

/**
 * The built-in studio's money requests: each one a call of the provider gateway's service
 * functions with the studio's own transaction ids, so the gateway's idempotency record and the
 * round engine see the built-in studio exactly as they see any other studio.
 */

/** Gateway answers worth asking again at once: the same transaction id is safe to repeat. */
const RETRYABLE = new Set(["TRANSACTION_IN_PROGRESS", "OVERLOADED", "BALANCE_UNAVAILABLE"]);
/**
 * Waits before the 2nd and 3rd try. A player is waiting for the result, so the whole budget
 * stays under a second; beyond it the stake is returned and the player told to try again.
 */
const RETRY_DELAYS_MS = [100, 400] as const;

export type MoneyOutcome =
  | { readonly ok: true; readonly balanceMinor: number | undefined }
  | {
      readonly ok: false;
      /** The player-facing code; undefined: a refusal that only a studio bug can cause. */
      readonly code: StudioCode | undefined;
      readonly gatewayCode: string;
      readonly message: string;
      /** False: the gateway could not decide now (busy); the request may be repeated. */
      readonly final: boolean;
      readonly balanceMinor: number | undefined;
      /** WIN_LIMIT_EXCEEDED: what the round may still pay. */
      readonly maxWinMinor?: number | undefined;
    };

async function withRetries(run: () => Promise<GatewayResult>): Promise<MoneyOutcome> {
  for (let attempt = 0; ; attempt++) {
    const { answer } = await run();
    if (answer.ok) {
      const balance = answer.body.balance;
      return { ok: true, balanceMinor: typeof balance === "number" ? balance : undefined };
    }
    const retryable = RETRYABLE.has(answer.code);
    const delay = RETRY_DELAYS_MS[attempt];
    if (retryable && delay !== undefined) {
      await sleep(delay);
      continue;
    }
    const code = clientCodeOf(answer.code);
    const balance = answer.extensions?.balance;
    const maxWin = answer.extensions?.max_win;
    return {
      ok: false,
      code,
      gatewayCode: answer.code,
      message: (code === undefined ? undefined : PLAYER_MESSAGES[code]) ?? answer.message,
      final: !retryable,
      balanceMinor: typeof balance === "number" ? balance : undefined,
      ...(typeof maxWin === "number" ? { maxWinMinor: maxWin } : {}),
    };
  }
}

/** Debits a stake of the round `roundRef` (a `bet` through the gateway). */
export function stake(
  deps: StudioDeps,
  access: ClientAccess,
  input: { txId: string; roundRef: string; amountMinor: number },
): Promise<MoneyOutcome> {
  return withRetries(() => bet(deps, BUILT_IN_CALLER, { sessionToken: access.studioToken, ...input }));
}

/**
 * Credits the round's result and closes it: a `win`, or a closing 0 (`round/end`) when nothing is
 * won. A win past the round's cap (the operator's maximum win per round; the title's own
 * multiple never binds) is paid at the cap instead, under its own id (`txIds.capped`), as a game
 * with a maximum win pays it. Once a capped credit is recorded, repeats drive that one only, so
 * a cap raised in between can never add the full win on top.
 */
export async function payOut(
  deps: StudioDeps,
  access: ClientAccess,
  input: { txId: string; roundRef: string; amountMinor: number },
): Promise<MoneyOutcome> {
  const sessionToken = access.studioToken;
  const credit = (txId: string, amountMinor: number) =>
    withRetries(() =>
      amountMinor > 0
        ? win(deps, BUILT_IN_CALLER, {
            sessionToken,
            txId,
            roundRef: input.roundRef,
            amountMinor,
            roundClosed: true,
          })
        : endRound(deps, BUILT_IN_CALLER, { sessionToken, txId, roundRef: input.roundRef }),
    );
  const cappedId = txIds.capped(input.txId);
  const capped = await readTx(deps.db, BUILT_IN_CALLER.studioId, cappedId);
  if (capped !== undefined) return credit(cappedId, Number(capped.amount_minor ?? 0));
  const paid = await credit(input.txId, input.amountMinor);
  if (paid.ok || paid.gatewayCode !== "WIN_LIMIT_EXCEEDED" || paid.maxWinMinor === undefined) return paid;
  deps.logger.warn(
    { round_ref: input.roundRef, win_minor: input.amountMinor, paid_minor: paid.maxWinMinor },
    "built-in studio: the round's win is paid at its cap",
  );
  return credit(cappedId, paid.maxWinMinor);
}

/** Returns a stake whose fate was not known while the player waited (a rollback through the gateway). */
export function returnStake(
  deps: GamePlayDeps,
  access: ClientAccess,
  input: { txId: string; betTxId: string; roundRef: string },
): Promise<MoneyOutcome> {
  return withRetries(() => rollback(deps, BUILT_IN_CALLER, { sessionToken: access.studioToken, ...input }));
}

/** The balance now (a wallet `balance` call for real play), or undefined when it cannot be had. */
export async function currentBalance(deps: StudioDeps, access: ClientAccess): Promise<number | undefined> {
  const outcome = await withRetries(() =>
    sessionBalance(deps, BUILT_IN_CALLER, { sessionToken: access.studioToken }),
  );
  return outcome.ok ? outcome.balanceMinor : undefined;
}

/** Transaction ids of a round: one namespace per round id, readable in the gateway's records. */
export const txIds = {
  bet: (roundRef: string) => `${roundRef}-bet`,
  /** The extra stake of the n-th blackjack decision (double, split). */
  extra: (roundRef: string, n: number) => `${roundRef}-x${n}`,
  win: (roundRef: string) => `${roundRef}-win`,
  /** The round's credit paid at its cap, when the win itself was refused for it. */
  capped: (winTxId: string) => `${winTxId}-capped`,
  rollback: (betTxId: string) => `${betTxId}-rb`,
};
