import type pg from "pg";
import type { AdminTransaction } from "../../admin/admin-transaction.ts";
import type { CallRecord, LedgerPosting } from "../../store/wallet-store.ts";
import {
  callFromRow,
  ledgerEntryFromRow,
  outcomeOf,
  playerFromRow,
  safeInteger,
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
 * Named statements: PostgreSQL parses and plans each once per connection. Names carry the
 * schema version so that an upgraded schema never meets a plan made for the old one.
 */
const SQL = {
  lockPlayer: `SELECT ${PLAYER_COLUMNS} FROM wallet_players WHERE player_id = $1 FOR UPDATE`,
  readPlayer: `SELECT ${PLAYER_COLUMNS} FROM wallet_players WHERE player_id = $1`,
  findCall: `SELECT ${CALL_COLUMNS} FROM wallet_calls WHERE call_id = $1`,
  findRollbackOf: `SELECT ${CALL_COLUMNS} FROM wallet_calls
    WHERE rb_call_id = $1 AND rb = 1 AND outcome = 'ok' LIMIT 1`,
  insertCall: `INSERT INTO wallet_calls (call_id, tx_id, fingerprint, action, player_id, amount_minor, rb,
      rb_call_id, round_id, game_id, applied, outcome, response, created_at)
    VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)`,
  // Balance and ledger row in one round trip; the row count proves the player existed.
  postEntry: `WITH updated AS (
      UPDATE wallet_players SET balance_minor = $2::bigint WHERE player_id = $1 RETURNING player_id
    )
    INSERT INTO wallet_ledger (player_id, kind, amount_minor, balance_after_minor, call_id, round_id,
      reference, reason, created_at)
    SELECT player_id, $3::text, $4::bigint, $2::bigint, $5::text, $6::text, $7::text, $8::text, $9::timestamptz
    FROM updated`,
  insertPlayer: `INSERT INTO wallet_players (player_id, currency, balance_minor, blocked, created_at)
    VALUES ($1, $2, $3, $4, $5) ON CONFLICT (player_id) DO NOTHING`,
  updateBlocked: "UPDATE wallet_players SET blocked = $2 WHERE player_id = $1",
  findAdjustment: `SELECT ${LEDGER_COLUMNS} FROM wallet_ledger WHERE reference = $1`,
  listLedger: `SELECT ${LEDGER_COLUMNS} FROM wallet_ledger
    WHERE player_id = $1 AND ($2::bigint IS NULL OR entry_id < $2::bigint) ORDER BY entry_id DESC LIMIT $3`,
  countPlayers: "SELECT count(*) AS n FROM wallet_players",
} as const;

type Values = readonly (string | number | boolean | null)[];

/** The transaction over one pooled connection inside BEGIN … COMMIT. */
export function createPgTransaction(client: pg.ClientBase, isActive: () => boolean): AdminTransaction {
  async function query<R extends pg.QueryResultRow>(name: keyof typeof SQL, values: Values) {
    if (!isActive()) throw new Error("the wallet transaction is already over");
    return client.query<R>({ name: `wallet_v1_${name}`, text: SQL[name], values: [...values] });
  }
  async function one<R extends pg.QueryResultRow, T>(
    name: keyof typeof SQL,
    values: Values,
    map: (row: R) => T,
  ): Promise<T | undefined> {
    const row = (await query<R>(name, values)).rows[0];
    return row === undefined ? undefined : map(row);
  }

  return {
    lockPlayer: (playerId) =>
      one<PlayerRow, ReturnType<typeof playerFromRow>>("lockPlayer", [playerId], playerFromRow),
    readPlayer: (playerId) =>
      one<PlayerRow, ReturnType<typeof playerFromRow>>("readPlayer", [playerId], playerFromRow),
    findCall: (callId) => one<CallRow, CallRecord>("findCall", [callId], callFromRow),
    findRollbackOf: (callId) => one<CallRow, CallRecord>("findRollbackOf", [callId], callFromRow),
    async insertCall(call) {
      await query("insertCall", callValues(call));
    },
    async postEntry(posting) {
      const result = await query("postEntry", postingValues(posting));
      if (result.rowCount !== 1) throw new Error("ledger posting for a missing player");
    },
    async insertPlayer(player) {
      const values = [
        player.playerId,
        player.currency,
        player.balanceMinor,
        player.blocked,
        player.createdAt,
      ];
      return (await query("insertPlayer", values)).rowCount === 1;
    },
    async updateBlocked(playerId, blocked) {
      return (await query("updateBlocked", [playerId, blocked])).rowCount === 1;
    },
    findAdjustment: (reference) =>
      one<LedgerRow, ReturnType<typeof ledgerEntryFromRow>>(
        "findAdjustment",
        [reference],
        ledgerEntryFromRow,
      ),
    async listLedger(playerId, limit, before) {
      const result = await query<LedgerRow>("listLedger", [playerId, before ?? null, limit]);
      return result.rows.map(ledgerEntryFromRow);
    },
    async countPlayers() {
      const row = (await query<{ n: string }>("countPlayers", [])).rows[0];
      return row === undefined ? 0 : safeInteger(row.n, "count");
    },
  };
}

function callValues(call: CallRecord): Values {
  return [
    call.callId,
    call.txId,
    call.fingerprint,
    call.action,
    call.playerId,
    call.amountMinor ?? null,
    call.rb,
    call.rbCallId ?? null,
    call.roundId ?? null,
    call.gameId,
    call.applied,
    outcomeOf(call.response),
    JSON.stringify(call.response),
    call.createdAt,
  ];
}

function postingValues(posting: LedgerPosting): Values {
  return [
    posting.playerId,
    posting.balanceAfterMinor,
    posting.kind,
    posting.amountMinor,
    posting.callId ?? null,
    posting.roundId ?? null,
    posting.reference ?? null,
    posting.reason ?? null,
    posting.createdAt,
  ];
}
