// Counts the queries the platform process sends to PostgreSQL, for the bench's "round trips per
// round" (the capacity model's statements per round). Loaded into the platform process with
// `--import` (targets.ts, `startPlatform({ queryCountFile })`); each `Client.query` of node-postgres
// is one round trip, whether it carries one statement or the write batch's several. On SIGUSR2 the
// count is written to the file named by BENCH_QUERY_COUNT_FILE; `readQueryCount` asks for it.
//
// A bench tool only: the platform itself neither knows nor loads it.
import { readFileSync, writeFileSync } from "node:fs";
import pg from "pg";

interface QueryCount {
  /** Answers the signal that asked for this count (readQueryCount waits for its own). */
  readonly asked: number;
  readonly queries: number;
  /** Of `queries`, those that begin a transaction (the write batch's first round trip, BEGIN alone). */
  readonly begins: number;
}

const file = process.env.BENCH_QUERY_COUNT_FILE;
if (file !== undefined) {
  let queries = 0;
  let begins = 0;
  let asked = 0;
  const query = pg.Client.prototype.query;
  // node-postgres's query has many overloads; the counter passes every argument through.
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    queries += 1;
    const first = args[0];
    const text = typeof first === "string" ? first : (first as { text?: unknown } | null)?.text;
    if (typeof text === "string" && /^\s*begin\b/i.test(text)) begins += 1;
    return (query as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof query;
  process.on("SIGUSR2", () => {
    asked += 1;
    const count: QueryCount = { asked, queries, begins };
    writeFileSync(file, JSON.stringify(count));
  });
}

/** Signals the platform process `pid` and returns its count once written (within 5 s). */
export async function readQueryCount(
  pid: number,
  countFile: string,
): Promise<{ queries: number; begins: number }> {
  const before = readCount(countFile)?.asked ?? 0;
  process.kill(pid, "SIGUSR2");
  const until = Date.now() + 5_000;
  for (;;) {
    const count = readCount(countFile);
    if (count !== undefined && count.asked > before) return count;
    if (Date.now() > until) throw new Error(`no query count from process ${pid} in ${countFile}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

function readCount(countFile: string): QueryCount | undefined {
  try {
    return JSON.parse(readFileSync(countFile, "utf8")) as QueryCount;
  } catch {
    return undefined; // not written yet, or being written
  }
}
