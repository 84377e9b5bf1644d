import type { WalletAction, WalletResponse } from "@croupier/protocol";
import type { CallLedgerLine } from "../admin/admin-transaction.ts";
import type { CallRecord, LedgerEntry, LedgerKind, Player } from "../store/wallet-store.ts";

/**
 * Row shapes shared by the bundled stores. SQLite gives integers as numbers and booleans as
 * 0/1; PostgreSQL gives BIGINT as strings, BOOLEAN as booleans and timestamptz as Date. Money
 * goes through {@link safeInteger}, which refuses anything a JavaScript number cannot hold
 * exactly instead of rounding it.
 */
type DbInteger = number | string | bigint;
type DbBoolean = number | boolean;
type DbTime = string | Date;

export interface PlayerRow {
  player_id: string;
  currency: string;
  balance_minor: DbInteger;
  blocked: DbBoolean;
  created_at: DbTime;
}

export interface CallRow {
  call_id: string;
  tx_id: string;
  fingerprint: string;
  action: string;
  player_id: string;
  amount_minor: DbInteger | null;
  rb: DbInteger;
  rb_call_id: string | null;
  round_id: string | null;
  game_id: string;
  applied: DbBoolean;
  response: string;
  created_at: DbTime;
}

export interface LedgerRow {
  entry_id: DbInteger;
  player_id: string;
  kind: string;
  amount_minor: DbInteger;
  balance_after_minor: DbInteger;
  call_id: string | null;
  round_id: string | null;
  reference: string | null;
  reason: string | null;
  created_at: DbTime;
}

/** An exact JavaScript integer from a database integer, or a thrown RangeError. */
export function safeInteger(value: DbInteger, column: string): number {
  const n = typeof value === "number" ? value : Number(value);
  if (!Number.isSafeInteger(n) || (typeof value !== "number" && String(n) !== String(value))) {
    throw new RangeError(`${column} holds ${String(value)}, which is not a safe integer`);
  }
  return n;
}

export function playerFromRow(row: PlayerRow): Player {
  return {
    playerId: row.player_id,
    currency: row.currency,
    balanceMinor: safeInteger(row.balance_minor, "balance_minor"),
    blocked: row.blocked === true || row.blocked === 1,
    createdAt: isoTime(row.created_at),
  };
}

export function callFromRow(row: CallRow): CallRecord {
  const record: CallRecord = {
    callId: row.call_id,
    txId: row.tx_id,
    fingerprint: row.fingerprint,
    action: row.action as WalletAction,
    playerId: row.player_id,
    rb: safeInteger(row.rb, "rb") === 1 ? 1 : 0,
    gameId: row.game_id,
    applied: row.applied === true || row.applied === 1,
    response: JSON.parse(row.response) as WalletResponse,
    createdAt: isoTime(row.created_at),
  };
  return withOptional(record, {
    amountMinor: row.amount_minor === null ? undefined : safeInteger(row.amount_minor, "amount_minor"),
    rbCallId: row.rb_call_id ?? undefined,
    roundId: row.round_id ?? undefined,
  });
}

export function ledgerEntryFromRow(row: LedgerRow): LedgerEntry {
  const entry: LedgerEntry = {
    entryId: String(row.entry_id),
    playerId: row.player_id,
    kind: row.kind as LedgerKind,
    amountMinor: safeInteger(row.amount_minor, "amount_minor"),
    balanceAfterMinor: safeInteger(row.balance_after_minor, "balance_after_minor"),
    createdAt: isoTime(row.created_at),
  };
  return withOptional(entry, {
    callId: row.call_id ?? undefined,
    roundId: row.round_id ?? undefined,
    reference: row.reference ?? undefined,
    reason: row.reason ?? undefined,
  });
}

/** Whether a call's answer was `ok` (the column that `findRollbackOf` filters on). */
/** A row of `listCalls`: a money call with its player's currency. */
export interface CallLineRow {
  call_id: string;
  action: string;
  amount_minor: DbInteger | null;
  currency: string | null;
  rb: DbInteger;
  outcome: string;
  created_at: DbTime;
}

export function callLineFromRow(row: CallLineRow): CallLedgerLine {
  return {
    callId: row.call_id,
    action: row.action === "credit" ? "credit" : "debit",
    amountMinor: safeInteger(row.amount_minor ?? 0, "amount_minor"),
    currency: row.currency,
    rb: Number(row.rb) === 1 ? 1 : 0,
    status: row.outcome,
    createdAt: isoTime(row.created_at),
  };
}

export function outcomeOf(response: WalletResponse): string {
  return response.status === "ok" ? "ok" : response.code;
}

function isoTime(value: DbTime): string {
  return typeof value === "string" ? value : value.toISOString();
}

/** Adds only the optional properties that have a value, so records compare cleanly. */
function withOptional<T extends object>(base: T, optional: Partial<T>): T {
  const out: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [key, value] of Object.entries(optional)) if (value !== undefined) out[key] = value;
  return out as T;
}
