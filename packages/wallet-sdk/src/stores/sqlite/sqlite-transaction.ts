import type Database from "better-sqlite3";
import type { AdminTransaction } from "../../admin/admin-transaction.ts";
import { CallIdTakenError, type CallRecord, type LedgerPosting } from "../../store/wallet-store.ts";
import {
  callFromRow,
  ledgerEntryFromRow,
  outcomeOf,
  playerFromRow,
  type CallRow,
  type LedgerRow,
  type PlayerRow,
} from "../row-mapping.ts";

const PLAYER_COLUMNS = "player_id, currency, balance_minor, blocked, created_at";
const CALL_COLUMNS =
  "call_id, tx_id, fingerprint, action, player_id, amount_minor, rb, rb_call_id, round_id, game_id, applied, response, created_at";
const LEDGER_COLUMNS =
  "entry_id, player_id, kind, amount_minor, balance_after_minor, call_id, round_id, reference, reason, created_at";

/**
 * Every statement the store runs, prepared once per connection (the hot path reuses them).
 * Spelled out rather than inferred so that the emitted declarations can name the types.
 */
export interface SqliteStatements {
  readPlayer: Database.Statement<[string], PlayerRow>;
  findCall: Database.Statement<[string], CallRow>;
  findRollbackOf: Database.Statement<[string], CallRow>;
  insertCall: Database.Statement;
  setBalance: Database.Statement<[number, string]>;
  insertLedger: Database.Statement;
  insertPlayer: Database.Statement;
  updateBlocked: Database.Statement<[number, string]>;
  findAdjustment: Database.Statement<[string], LedgerRow>;
  listLedger: Database.Statement<[string, bigint, number], LedgerRow>;
  countPlayers: Database.Statement<[], { n: number }>;
}

/** Prepares {@link SqliteStatements} on a connection. */
export function prepareStatements(db: Database.Database): SqliteStatements {
  return {
    readPlayer: db.prepare<[string], PlayerRow>(
      `SELECT ${PLAYER_COLUMNS} FROM wallet_players WHERE player_id = ?`,
    ),
    findCall: db.prepare<[string], CallRow>(`SELECT ${CALL_COLUMNS} FROM wallet_calls WHERE call_id = ?`),
    findRollbackOf: db.prepare<[string], CallRow>(
      `SELECT ${CALL_COLUMNS} FROM wallet_calls WHERE rb_call_id = ? AND rb = 1 AND outcome = 'ok' LIMIT 1`,
    ),
    insertCall: db.prepare(
      `INSERT INTO wallet_calls (call_id, tx_id, fingerprint, action, player_id, amount_minor, rb, rb_call_id,
         round_id, game_id, applied, outcome, response, created_at)
       VALUES (@callId, @txId, @fingerprint, @action, @playerId, @amountMinor, @rb, @rbCallId,
         @roundId, @gameId, @applied, @outcome, @response, @createdAt)`,
    ),
    setBalance: db.prepare<[number, string]>(
      "UPDATE wallet_players SET balance_minor = ? WHERE player_id = ?",
    ),
    insertLedger: db.prepare(
      `INSERT INTO wallet_ledger (player_id, kind, amount_minor, balance_after_minor, call_id, round_id,
         reference, reason, created_at)
       VALUES (@playerId, @kind, @amountMinor, @balanceAfterMinor, @callId, @roundId, @reference, @reason, @createdAt)`,
    ),
    insertPlayer: db.prepare(
      `INSERT INTO wallet_players (player_id, currency, balance_minor, blocked, created_at)
       VALUES (@playerId, @currency, @balanceMinor, @blocked, @createdAt) ON CONFLICT (player_id) DO NOTHING`,
    ),
    updateBlocked: db.prepare<[number, string]>("UPDATE wallet_players SET blocked = ? WHERE player_id = ?"),
    findAdjustment: db.prepare<[string], LedgerRow>(
      `SELECT ${LEDGER_COLUMNS} FROM wallet_ledger WHERE reference = ?`,
    ),
    listLedger: db.prepare<[string, bigint, number], LedgerRow>(
      `SELECT ${LEDGER_COLUMNS} FROM wallet_ledger WHERE player_id = ? AND entry_id < ?
       ORDER BY entry_id DESC LIMIT ?`,
    ),
    countPlayers: db.prepare<[], { n: number }>("SELECT count(*) AS n FROM wallet_players"),
  };
}

/** Larger than any entry id, for the first page. */
const NO_CURSOR = 2n ** 63n - 1n;

/**
 * The transaction handed to one work of a group-commit batch. better-sqlite3 is synchronous,
 * so each method does its work at once; `isActive` makes a stale handle (used after its work
 * finished) fail loudly instead of writing into someone else's transaction.
 */
export function createSqliteTransaction(s: SqliteStatements, isActive: () => boolean): AdminTransaction {
  const run = <T>(fn: () => T): Promise<T> => {
    if (!isActive()) return Promise.reject(new Error("the wallet transaction is already over"));
    try {
      return Promise.resolve(fn());
    } catch (error) {
      return Promise.reject(error);
    }
  };
  return {
    lockPlayer: (playerId) => run(() => maybe(s.readPlayer.get(playerId), playerFromRow)),
    readPlayer: (playerId) => run(() => maybe(s.readPlayer.get(playerId), playerFromRow)),
    findCall: (callId) => run(() => maybe(s.findCall.get(callId), callFromRow)),
    findRollbackOf: (callId) => run(() => maybe(s.findRollbackOf.get(callId), callFromRow)),
    insertCall: (call) => run(() => insertCall(s, call)),
    postEntry: (posting) => run(() => postEntry(s, posting)),
    insertPlayer: (player) =>
      run(() => s.insertPlayer.run({ ...player, blocked: player.blocked ? 1 : 0 }).changes === 1),
    updateBlocked: (playerId, blocked) =>
      run(() => s.updateBlocked.run(blocked ? 1 : 0, playerId).changes === 1),
    findAdjustment: (reference) => run(() => maybe(s.findAdjustment.get(reference), ledgerEntryFromRow)),
    listLedger: (playerId, limit, before) =>
      run(() =>
        s.listLedger
          .all(playerId, before === undefined ? NO_CURSOR : BigInt(before), limit)
          .map(ledgerEntryFromRow),
      ),
    countPlayers: () => run(() => s.countPlayers.get()?.n ?? 0),
  };
}

function insertCall(s: SqliteStatements, call: CallRecord): void {
  try {
    s.insertCall.run({
      callId: call.callId,
      txId: call.txId,
      fingerprint: call.fingerprint,
      action: call.action,
      playerId: call.playerId,
      amountMinor: call.amountMinor ?? null,
      rb: call.rb,
      rbCallId: call.rbCallId ?? null,
      roundId: call.roundId ?? null,
      gameId: call.gameId,
      applied: call.applied ? 1 : 0,
      outcome: outcomeOf(call.response),
      response: JSON.stringify(call.response),
      createdAt: call.createdAt,
    });
  } catch (error) {
    if ((error as { code?: unknown }).code === "SQLITE_CONSTRAINT_PRIMARYKEY") {
      throw new CallIdTakenError(call.callId);
    }
    throw error;
  }
}

function postEntry(s: SqliteStatements, posting: LedgerPosting): void {
  const updated = s.setBalance.run(posting.balanceAfterMinor, posting.playerId);
  if (updated.changes !== 1) throw new Error("ledger posting for a missing player");
  s.insertLedger.run({
    playerId: posting.playerId,
    kind: posting.kind,
    amountMinor: posting.amountMinor,
    balanceAfterMinor: posting.balanceAfterMinor,
    callId: posting.callId ?? null,
    roundId: posting.roundId ?? null,
    reference: posting.reference ?? null,
    reason: posting.reason ?? null,
    createdAt: posting.createdAt,
  });
}

function maybe<R, T>(row: R | undefined, map: (row: R) => T): T | undefined {
  return row === undefined ? undefined : map(row);
}
