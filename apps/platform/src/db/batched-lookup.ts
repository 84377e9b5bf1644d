import { PostgresAdapter, type Kysely } from "kysely";
import type { Database } from "./database.ts";

/** Most lookups one statement carries. */
export const LOOKUP_MAX_BATCH = 64;
/** Statements of one lookup running at once per database handle; lookups arriving meanwhile wait and go together. */
export const LOOKUP_MAX_IN_FLIGHT = 2;

/**
 * A lookup by key that requests make concurrently (the gateway's session read, once per bet and
 * per win), run on PostgreSQL as one statement for all the lookups that arrive while
 * {@link LOOKUP_MAX_IN_FLIGHT} are running or in the same turn of the event loop: one round trip,
 * one pooled connection and one wake-up of a backend for many requests instead of one each. A
 * lookup with none beside it goes alone (`one`), at the end of its turn of the event loop.
 *
 * Why: under the bench each request's read was its own statement, and on PostgreSQL about a
 * third of the platform's busy time was socket writes to the database and their wake-ups of
 * processes sharing its cores (`npm run bench -- --profile`); the wallet SDK's store gained
 * 1.3–1.6× from gathering its calls the same way.
 *
 * What a lookup sees is what it would alone: a READ COMMITTED read taken after it was asked for.
 * On SQLite (reads in process, no round trip) and inside a transaction (its own connection) every
 * lookup runs alone.
 *
 * `many` gets the parameters of 2 to {@link LOOKUP_MAX_BATCH} lookups and answers one result per
 * lookup, in their order. A failing statement fails every lookup in it, so no parameter may be
 * able to make it fail on its own (the session reads pass hashes and derived ids, never a
 * client's text but a studio's round reference made only of letters, digits, `_` and `-`).
 */
export function batchedLookup<Params extends readonly unknown[], Row>(
  one: (db: Kysely<Database>, ...params: Params) => Promise<Row | undefined>,
  many: (db: Kysely<Database>, lookups: readonly Params[]) => Promise<ReadonlyArray<Row | undefined>>,
): (db: Kysely<Database>, ...params: Params) => Promise<Row | undefined> {
  const queues = new WeakMap<Kysely<Database>, (params: Params) => Promise<Row | undefined>>();
  return (db, ...params) => {
    if (db.isTransaction || !(db.getExecutor().adapter instanceof PostgresAdapter)) return one(db, ...params);
    let look = queues.get(db);
    if (look === undefined) {
      look = lookupQueue(
        (params) => one(db, ...params),
        (lookups) => many(db, lookups),
      );
      queues.set(db, look);
    }
    return look(params);
  };
}

interface Waiting<Params, Row> {
  readonly params: Params;
  readonly resolve: (row: Row | undefined) => void;
  readonly reject: (error: unknown) => void;
}

/** One database handle's lookups: at most LOOKUP_MAX_IN_FLIGHT statements, the rest waiting to go together. */
function lookupQueue<Params, Row>(
  one: (params: Params) => Promise<Row | undefined>,
  many: (lookups: readonly Params[]) => Promise<ReadonlyArray<Row | undefined>>,
): (params: Params) => Promise<Row | undefined> {
  const waiting: Array<Waiting<Params, Row>> = [];
  let inFlight = 0;
  let flushScheduled = false;

  // Lookups go out from a check-phase callback, not the moment they are asked for: the requests
  // whose bytes arrived in one turn of the event loop are all parsed by then, and their lookups go
  // together instead of the first two alone (a third of them did, sent at once). A lone lookup
  // waits only for the rest of that turn.
  function schedule(): void {
    if (flushScheduled) return;
    flushScheduled = true;
    setImmediate(() => {
      flushScheduled = false;
      pump();
    });
  }

  function pump(): void {
    while (inFlight < LOOKUP_MAX_IN_FLIGHT && waiting.length > 0) {
      const batch = waiting.splice(0, LOOKUP_MAX_BATCH);
      inFlight++;
      void run(batch).finally(() => {
        inFlight--;
        schedule();
      });
    }
  }

  async function run(batch: ReadonlyArray<Waiting<Params, Row>>): Promise<void> {
    try {
      const rows =
        batch.length === 1
          ? [await one((batch[0] as Waiting<Params, Row>).params)]
          : await many(batch.map((w) => w.params));
      if (rows.length !== batch.length)
        throw new Error(`a batched lookup answered ${rows.length} of ${batch.length}`);
      batch.forEach((w, i) => w.resolve(rows[i]));
    } catch (error) {
      for (const w of batch) w.reject(error);
    }
  }

  return (params) =>
    new Promise((resolve, reject) => {
      waiting.push({ params, resolve, reject });
      schedule();
    });
}

/**
 * The rows of a `many` statement that returns each found row with the 1-based position of its
 * lookup (`WITH ORDINALITY`) in `position_column`, as one result per lookup: the row without that
 * column, or undefined when none was found.
 */
export function rowsByPosition<Row>(
  count: number,
  rows: ReadonlyArray<Record<string, unknown>>,
  positionColumn: string,
): Array<Row | undefined> {
  const byLookup: Array<Row | undefined> = Array.from({ length: count }, () => undefined);
  for (const { [positionColumn]: position, ...row } of rows) {
    const index = Number(position) - 1;
    if (byLookup[index] === undefined) byLookup[index] = row as Row;
  }
  return byLookup;
}
