import type pg from "pg";
import type { AdminTransaction } from "../../admin/admin-transaction.ts";
import type { CallRecord, LedgerPosting, Player, TransactHint } from "../../store/wallet-store.ts";
import {
  callFromRow,
  ledgerEntryFromRow,
  outcomeOf,
  playerFromRow,
  safeInteger,
  callLineFromRow,
  type CallLineRow,
  type CallRow,
  type LedgerRow,
  type PlayerRow,
} from "../row-mapping.ts";

const PLAYER_COLUMNS = "player_id, currency, balance_minor, blocked, created_at";
const CALL_COLUMNS =
  "call_id, tx_id, fingerprint, action, player_id, amount_minor, rb, rb_call_id, round_id, game_id, applied, response, created_at";
const LEDGER_COLUMNS =
  "entry_id, player_id, kind, amount_minor, balance_after_minor, call_id, round_id, reference, reason, created_at";

// Balance and ledger row; the row count of `posted` proves the player existed.
const POSTING_CTES = `updated AS (
      UPDATE wallet_players SET balance_minor = $2::bigint WHERE player_id = $1 RETURNING player_id
    ),
    posted AS (
      INSERT INTO wallet_ledger (player_id, kind, amount_minor, balance_after_minor, call_id, round_id,
        reference, reason, created_at)
      SELECT player_id, $3::text, $4::bigint, $2::bigint, $5::text, $6::text, $7::text, $8::text,
        $9::timestamptz
      FROM updated
      RETURNING 1
    )`;

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
  postEntry: `WITH ${POSTING_CTES}
    SELECT count(*)::int AS posted FROM posted`,
  // A call with its balance change and ledger row: one round trip for the whole write.
  postAndRecord: `WITH ${POSTING_CTES},
    recorded AS (
      INSERT INTO wallet_calls (call_id, tx_id, fingerprint, action, player_id, amount_minor, rb,
        rb_call_id, round_id, game_id, applied, outcome, response, created_at)
      VALUES ($10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23)
    )
    SELECT count(*)::int AS posted FROM posted`,
  insertPlayer: `INSERT INTO wallet_players (player_id, currency, balance_minor, blocked, created_at)
    VALUES ($1, $2, $3, $4, $5) ON CONFLICT (player_id) DO NOTHING`,
  updateBlocked: "UPDATE wallet_players SET blocked = $2 WHERE player_id = $1",
  findAdjustment: `SELECT ${LEDGER_COLUMNS} FROM wallet_ledger WHERE reference = $1`,
  listLedger: `SELECT ${LEDGER_COLUMNS} FROM wallet_ledger
    WHERE player_id = $1 AND ($2::bigint IS NULL OR entry_id < $2::bigint) ORDER BY entry_id DESC LIMIT $3`,
  countPlayers: "SELECT count(*) AS n FROM wallet_players",
  listCalls: `SELECT c.call_id, c.action, c.amount_minor, p.currency, c.rb, c.outcome, c.created_at
    FROM wallet_calls c LEFT JOIN wallet_players p ON p.player_id = c.player_id
    WHERE c.action <> 'balance' AND c.created_at >= $1::timestamptz AND c.created_at < $2::timestamptz
      AND c.call_id > $3 ORDER BY c.call_id LIMIT $4`,
} as const;

type Values = readonly (string | number | boolean | null)[];

/**
 * The transaction over one pooled connection inside BEGIN … COMMIT, with what
 * {@link PgTransaction.finish} must send before COMMIT.
 */
export interface PgTransaction extends AdminTransaction {
  /** Sends a ledger posting still held back (see `postEntry`); called before COMMIT. */
  finish(): Promise<void>;
  /** Whether BEGIN was sent (it goes out with the first query); only then COMMIT or ROLLBACK. */
  readonly begun: boolean;
}

interface PrefetchRow {
  o_player: JsonRow<PlayerRow> | null;
  o_call: JsonRow<CallRow> | null;
  o_rollback: JsonRow<CallRow> | null;
  o_rb_original: JsonRow<CallRow> | null;
  o_rb_rollback: JsonRow<CallRow> | null;
}

/** A row as `row_to_json` gives it: timestamps are strings with the session's offset. */
type JsonRow<R> = Omit<R, "created_at"> & { created_at: string };

/**
 * The transaction over one pooled connection inside BEGIN … COMMIT. BEGIN is sent with the
 * first query, and two shortcuts keep a wallet call at three round trips (BEGIN with the read,
 * write, COMMIT):
 * - with a {@link TransactHint}, the first `lockPlayer` of the hinted player sends
 *   `BEGIN; SELECT … FROM wallet_prefetch(…)` as one simple query (which cannot carry
 *   parameters, so the three ids go as literals escaped by pg's `escapeLiteral`): it locks the
 *   row and reads the hinted calls and rollbacks; the finders answer those from memory until
 *   this transaction writes;
 * - `postEntry` is held back and sent with the following `insertCall` as one statement (or
 *   alone before any other query, or by `finish` before COMMIT). Its errors surface there,
 *   still inside the transaction, which then rolls back.
 */
export function createPgTransaction(
  client: pg.ClientBase,
  isActive: () => boolean,
  hint?: TransactHint,
): PgTransaction {
  let prefetchPending = hint !== undefined;
  const knownCalls = new Map<string, CallRecord | undefined>();
  const knownRollbacks = new Map<string, CallRecord | undefined>();
  let heldPosting: LedgerPosting | undefined;
  let begun = false;

  async function send<R extends pg.QueryResultRow>(name: keyof typeof SQL, values: Values) {
    if (!begun) {
      begun = true;
      await client.query("BEGIN");
    }
    return client.query<R>({ name: `wallet_v1_${name}`, text: SQL[name], values: [...values] });
  }
  async function sendHeldPosting(): Promise<void> {
    const posting = heldPosting;
    if (posting === undefined) return;
    heldPosting = undefined;
    checkPosted(await send<{ posted: number }>("postEntry", postingValues(posting)));
  }
  async function query<R extends pg.QueryResultRow>(name: keyof typeof SQL, values: Values) {
    if (!isActive()) throw new Error("the wallet transaction is already over");
    await sendHeldPosting();
    return send<R>(name, values);
  }
  async function write(name: keyof typeof SQL, values: Values) {
    knownCalls.clear();
    knownRollbacks.clear();
    return query(name, values);
  }
  async function one<R extends pg.QueryResultRow, T>(
    name: keyof typeof SQL,
    values: Values,
    map: (row: R) => T,
  ): Promise<T | undefined> {
    const row = (await query<R>(name, values)).rows[0];
    return row === undefined ? undefined : map(row);
  }
  async function lockWithPrefetch(
    playerId: string,
    callId: string,
    rbCallId: string | undefined,
  ): Promise<Player | undefined> {
    if (!isActive()) throw new Error("the wallet transaction is already over");
    await sendHeldPosting();
    const ids = [playerId, callId, rbCallId].map((id) =>
      id === undefined ? "NULL" : client.escapeLiteral(id),
    );
    const sql = `SELECT o_player, o_call, o_rollback, o_rb_original, o_rb_rollback
      FROM wallet_prefetch(${ids.join(", ")})`;
    let result: pg.QueryResult<PrefetchRow>;
    if (begun) {
      result = await client.query<PrefetchRow>(sql);
    } else {
      begun = true;
      // Two statements in one simple query: an array of two results.
      const results = (await client.query(`BEGIN; ${sql}`)) as unknown as pg.QueryResult<PrefetchRow>[];
      result = results[1] as pg.QueryResult<PrefetchRow>;
    }
    const row = result.rows[0];
    if (row === undefined) throw new Error("wallet_prefetch returned no row");
    knownCalls.set(callId, fromJson(row.o_call, callFromRow));
    knownRollbacks.set(callId, fromJson(row.o_rollback, callFromRow));
    if (rbCallId !== undefined) {
      knownCalls.set(rbCallId, fromJson(row.o_rb_original, callFromRow));
      knownRollbacks.set(rbCallId, fromJson(row.o_rb_rollback, callFromRow));
    }
    return fromJson(row.o_player, playerFromRow);
  }
  async function findIn(
    known: Map<string, CallRecord | undefined>,
    name: "findCall" | "findRollbackOf",
    callId: string,
  ): Promise<CallRecord | undefined> {
    if (!isActive()) throw new Error("the wallet transaction is already over");
    if (known.has(callId)) return known.get(callId);
    return one<CallRow, CallRecord>(name, [callId], callFromRow);
  }

  return {
    async lockPlayer(playerId) {
      if (prefetchPending && hint !== undefined && hint.playerId === playerId) {
        prefetchPending = false;
        return lockWithPrefetch(playerId, hint.callId, hint.rbCallId);
      }
      return one<PlayerRow, Player>("lockPlayer", [playerId], playerFromRow);
    },
    readPlayer: (playerId) => one<PlayerRow, Player>("readPlayer", [playerId], playerFromRow),
    findCall: (callId) => findIn(knownCalls, "findCall", callId),
    findRollbackOf: (callId) => findIn(knownRollbacks, "findRollbackOf", callId),
    async insertCall(call) {
      if (!isActive()) throw new Error("the wallet transaction is already over");
      knownCalls.clear();
      knownRollbacks.clear();
      const posting = heldPosting;
      if (posting === undefined) {
        await send("insertCall", callValues(call));
        return;
      }
      heldPosting = undefined;
      const values = [...postingValues(posting), ...callValues(call)];
      checkPosted(await send<{ posted: number }>("postAndRecord", values));
    },
    async postEntry(posting) {
      if (!isActive()) throw new Error("the wallet transaction is already over");
      await sendHeldPosting();
      heldPosting = posting;
    },
    async insertPlayer(player) {
      const values = [
        player.playerId,
        player.currency,
        player.balanceMinor,
        player.blocked,
        player.createdAt,
      ];
      return (await write("insertPlayer", values)).rowCount === 1;
    },
    async updateBlocked(playerId, blocked) {
      return (await write("updateBlocked", [playerId, blocked])).rowCount === 1;
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
    async listCalls(fromIso, toIso, after, limit) {
      const result = await query<CallLineRow>("listCalls", [fromIso, toIso, after, limit]);
      return result.rows.map(callLineFromRow);
    },
    finish: sendHeldPosting,
    get begun() {
      return begun;
    },
  };
}

function checkPosted(result: pg.QueryResult<{ posted: number }>): void {
  if (result.rows[0]?.posted !== 1) throw new Error("ledger posting for a missing player");
}

/** A `row_to_json` row mapped like a plain one; its timestamp string is parsed first. */
function fromJson<R extends { created_at: string | Date }, T>(
  row: JsonRow<R> | null,
  map: (row: R) => T,
): T | undefined {
  return row === null ? undefined : map({ ...row, created_at: new Date(row.created_at) } as unknown as R);
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
