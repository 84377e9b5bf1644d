import type { UnsignedWalletRequest } from "@croupier/protocol";

/** The fixed instant the tests' handlers and senders agree on (2026-01-01T00:00:00Z). */
export const NOW_MS = Date.UTC(2026, 0, 1);
export const SALT = "test-salt-0123456789";
export const CURRENCY = "EUR";

interface Target {
  readonly playerId: string;
  readonly currency?: string;
}

/** `balance` for a player. */
export function balanceCall(target: Target, callId: string): UnsignedWalletRequest {
  return {
    action: "balance",
    call_id: callId,
    player_id: target.playerId,
    session_id: "session-1",
    currency: target.currency ?? CURRENCY,
    game_id: "game-1",
  };
}

/** A plain bet or win. */
export function moneyCall(
  action: "debit" | "credit",
  target: Target,
  callId: string,
  amount: number,
  roundId = `round-${callId}`,
): UnsignedWalletRequest {
  return {
    action,
    call_id: callId,
    player_id: target.playerId,
    session_id: "session-1",
    currency: target.currency ?? CURRENCY,
    game_id: "game-1",
    round_id: roundId,
    amount,
    rb: 0,
    round_closed: false,
  };
}

/** A rollback: `credit` returns a debited bet, `debit` takes back a credited win. */
export function rollbackCall(
  action: "debit" | "credit",
  target: Target,
  callId: string,
  rbCallId: string,
  amount: number,
): UnsignedWalletRequest {
  return {
    action,
    call_id: callId,
    player_id: target.playerId,
    session_id: "session-1",
    currency: target.currency ?? CURRENCY,
    game_id: "game-1",
    round_id: `round-${rbCallId}`,
    amount,
    rb: 1,
    rb_call_id: rbCallId,
    round_closed: true,
  };
}
