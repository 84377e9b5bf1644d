/**
 * The write batch on PostgreSQL, on a connection of the pool under Kysely, with hand-written SQL.
 *
 * Every statement has one SQL text whatever the batch size: rows travel as one array per column
 * (`= any($1)`, `unnest($1, $2, …)`), so nothing is compiled per batch (Kysely's building of the
 * multi-row statements was a third of the process's CPU per round). The statements are unnamed, so
 * PostgreSQL plans each with its actual arrays: prepared under a name, the generic plan it moves to
 * after five runs cannot see how few rows the arrays hold, and batches ran several times slower.
 * A batch is at most six round trips however many ops it holds: BEGIN, the claims, the rounds,
 * the calls (each read only when needed), all the writes in one statement, COMMIT. Rounds, then calls, are
 * locked in id order in every batch of every process, so batches never wait on each other in a
 * cycle.
 */
import type pg from "pg";
import type { GatewayTxRow } from "../provider-gateway/tables.ts";
import type { RoundRow } from "../rounds/tables.ts";
import { callIdsOf, claimKey, claimKeysOf, roundIdsOf, type OpResult, type OutboxOp } from "./batch-ops.ts";
import { decide } from "./batch-decide.ts";
import { BatchSnapshot, type ClaimAnswer, type SessionTouch } from "./batch-snapshot.ts";
import { batchTables, type Column } from "./batch-tables.ts";
import type { NewAttemptRow, WalletCallRow } from "./tables.ts";

/** `unnest($1::text[], $2::bigint[], …) as alias(c1, c2, …)` from parameter `first` on. */
function unnestOf(alias: string, columns: readonly Column[], first: number): string {
  const arrays = columns.map((column, index) => `$${first + index}::${column.type}[]`).join(", ");
  return `unnest(${arrays}) as ${alias}(${columns.map((column) => `"${column.name}"`).join(", ")})`;
}

const names = (columns: readonly Column[]) => columns.map((column) => `"${column.name}"`).join(", ");

const CLAIM_ANSWER_COLUMNS: readonly Column[] = [
  { name: "studio_id", type: "text" },
  { name: "tx_id", type: "text" },
  { name: "result_code", type: "text" },
  { name: "outcome", type: "text" },
  { name: "updated_at_ms", type: "bigint" },
];

const SESSION_TOUCH_COLUMNS: readonly Column[] = [
  { name: "id", type: "text" },
  { name: "last_activity_at_ms", type: "bigint" },
  { name: "last_balance_minor", type: "bigint" },
];

const ROUND_UPDATE_COLUMNS: readonly Column[] = [
  { name: "round_id", type: "text" },
  { name: "status", type: "text" },
  { name: "closed_at_ms", type: "bigint" },
  { name: "close_reason", type: "text" },
];

const CALL_UPDATE_COLUMNS: readonly Column[] = [
  { name: "call_id", type: "text" },
  ...batchTables.callUpdates,
];

/**
 * Every write of a batch in one statement of data-modifying CTEs; parts with no rows (empty
 * arrays) do nothing. The updates touch only rows that existed before the batch (new rows are
 * inserted with their final values), and the attempts' foreign key is checked at the end of the
 * statement, after the calls are in.
 */
function writeStatement(): { readonly text: string; readonly parts: readonly (readonly Column[])[] } {
  const parts: (readonly Column[])[] = [];
  let next = 1;
  const unnest = (alias: string, columns: readonly Column[]) => {
    parts.push(columns);
    const text = unnestOf(alias, columns, next);
    next += columns.length;
    return text;
  };
  const insert = (table: string, columns: readonly Column[]) =>
    `insert into "${table}" (${names(columns)}) select * from ${unnest("v", columns)}`;
  const ctes = [
    insert("rounds", batchTables.rounds),
    insert("wallet_calls", batchTables.calls),
    insert("wallet_call_attempts", batchTables.attempts),
    insert("gateway_transactions", batchTables.claims),
    `update "wallet_calls" as t set ${batchTables.callUpdates
      .map((column) => `"${column.name}" = v."${column.name}"`)
      .join(", ")} from ${unnest("v", CALL_UPDATE_COLUMNS)} where t."call_id" = v."call_id"`,
    `update "rounds" as t set "status" = v."status", "closed_at_ms" = v."closed_at_ms",
      "close_reason" = v."close_reason" from ${unnest("v", ROUND_UPDATE_COLUMNS)}
      where t."round_id" = v."round_id"`,
    // Only a claim still pending takes an answer: the first answer wins.
    `update "gateway_transactions" as t set "result_code" = v."result_code", "outcome" = v."outcome",
      "updated_at_ms" = v."updated_at_ms", "state" = 'done' from ${unnest("v", CLAIM_ANSWER_COLUMNS)}
      where t."studio_id" = v."studio_id" and t."tx_id" = v."tx_id" and t."state" = 'pending'`,
    // Activity only moves forward; a touch without a balance keeps the stored one; active sessions only.
    `update "game_sessions" as t set
      "last_activity_at_ms" = greatest(t."last_activity_at_ms", v."last_activity_at_ms"),
      "last_balance_minor" = coalesce(v."last_balance_minor", t."last_balance_minor")
      from ${unnest("v", SESSION_TOUCH_COLUMNS)} where t."id" = v."id" and t."status" = 'active'`,
  ];
  return { text: `with ${ctes.map((cte, index) => `w${index} as (${cte})`).join(", ")} select 1`, parts };
}

const WRITE = writeStatement();

const SQL = {
  // Claims are only ever inserted, so they are read without a lock (a concurrent twin's insert
  // fails this batch's insert on the primary key instead). The two lists select a superset of the
  // wanted keys (few studios per batch), filtered after.
  claims: `select * from "gateway_transactions" where "studio_id" = any($1::text[]) and "tx_id" = any($2::text[])`,
  rounds: `select * from "rounds" where "round_id" = any($1::text[]) order by "round_id" for update`,
  // The calls the batch may change and the calls of its rounds (guards and idempotency read them;
  // every insert into a round holds the round's lock, so reading them under it is consistent).
  calls: `select * from "wallet_calls" where "call_id" = any($1::text[]) or "round_id" = any($2::text[])
    order by "call_id" for update`,
  write: WRITE.text,
} as const;

type Client = pg.PoolClient;

export interface PostgresBatchStore {
  /** Applies a batch in one transaction and returns each op's result, or throws (nothing applied). */
  apply(ops: readonly OutboxOp[]): Promise<OpResult[]>;
}

export function createPostgresBatchStore(pool: pg.Pool): PostgresBatchStore {
  return {
    async apply(ops) {
      const client = await pool.connect();
      let broken = false;
      try {
        await client.query("begin");
        const snapshot = await loadSnapshot(client, ops);
        const results = ops.map((op) => decide(snapshot, op));
        await writeSnapshot(client, snapshot);
        await client.query("commit");
        return results;
      } catch (error) {
        // A connection that cannot even roll back is closed, not handed to the next user.
        await client.query("rollback").catch(() => {
          broken = true;
        });
        throw error;
      } finally {
        client.release(broken);
      }
    },
  };
}

async function rowsOf<Row>(client: Client, text: string, values: unknown[]): Promise<Row[]> {
  return (await client.query(text, values)).rows as Row[];
}

async function loadSnapshot(client: Client, ops: readonly OutboxOp[]): Promise<BatchSnapshot> {
  const snapshot = new BatchSnapshot();
  const claimKeys = claimKeysOf(ops);
  if (claimKeys.length > 0) {
    const wanted = new Set(claimKeys.map((key) => claimKey(key.studioId, key.txId)));
    const rows = await rowsOf<GatewayTxRow>(client, SQL.claims, [
      [...new Set(claimKeys.map((key) => key.studioId))],
      claimKeys.map((key) => key.txId),
    ]);
    for (const row of rows) if (wanted.has(claimKey(row.studio_id, row.tx_id))) snapshot.addLoadedClaim(row);
  }
  const roundIds = roundIdsOf(ops);
  const callIds = callIdsOf(ops);
  if (roundIds.length > 0) {
    for (const row of await rowsOf<RoundRow>(client, SQL.rounds, [roundIds])) snapshot.addLoadedRound(row);
  }
  if (callIds.length > 0 || roundIds.length > 0) {
    for (const row of await rowsOf<WalletCallRow>(client, SQL.calls, [callIds, roundIds]))
      snapshot.addLoadedCall(row);
  }
  return snapshot;
}

async function writeSnapshot(client: Client, snapshot: BatchSnapshot): Promise<void> {
  const sets: readonly (readonly object[])[] = [
    snapshot.newRounds,
    snapshot.newCalls,
    snapshot.attempts satisfies readonly NewAttemptRow[],
    snapshot.newClaims,
    [...snapshot.changedCalls],
    [...snapshot.changedRounds],
    [...snapshot.claimAnswers.values()] satisfies readonly ClaimAnswer[],
    [...snapshot.sessionTouches.values()] satisfies readonly SessionTouch[],
  ];
  if (sets.every((rows) => rows.length === 0)) return;
  const values: unknown[] = [];
  WRITE.parts.forEach((columns, index) => {
    const rows = sets[index]! as readonly Record<string, unknown>[];
    for (const column of columns) values.push(rows.map((row) => row[column.name] ?? null));
  });
  await client.query(SQL.write, values);
}
