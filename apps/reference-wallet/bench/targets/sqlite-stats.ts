// Preloaded (--import) into the SQLite bench target with `--sqlite-stats`: times every
// better-sqlite3 statement by its SQL and counts the group-commit batch sizes, then prints a
// summary to stderr when the target stops. Diagnosis only: it adds a little overhead.
import { performance } from "node:perf_hooks";
import Database from "better-sqlite3";

interface Stat {
  calls: number;
  ms: number;
  maxMs: number;
}
const stats = new Map<string, Stat>();
const batchSizes: number[] = [];
let inBatch = 0;
const started = performance.now();
const loopAtStart = performance.eventLoopUtilization();

function record(key: string, ms: number): void {
  const stat = stats.get(key) ?? { calls: 0, ms: 0, maxMs: 0 };
  stat.calls += 1;
  stat.ms += ms;
  stat.maxMs = Math.max(stat.maxMs, ms);
  stats.set(key, stat);
  if (key === "BEGIN IMMEDIATE") inBatch = 0;
  else if (key === "SAVEPOINT wallet_work") inBatch += 1;
  else if (key === "COMMIT" && inBatch > 0) batchSizes.push(inBatch);
}

type Method = "run" | "get" | "all";
const prepare = Database.prototype.prepare;
Database.prototype.prepare = function patchedPrepare(this: Database.Database, source: string) {
  const statement = prepare.call(this, source) as unknown as Record<Method, (...args: unknown[]) => unknown>;
  const key = source.replace(/\s+/g, " ").trim().slice(0, 70);
  for (const method of ["run", "get", "all"] as const) {
    const original = statement[method];
    statement[method] = (...args: unknown[]) => {
      const t0 = performance.now();
      try {
        return original.apply(statement, args);
      } finally {
        record(key, performance.now() - t0);
      }
    };
  }
  return statement as never;
} as typeof prepare;

process.on("exit", () => {
  const wallMs = performance.now() - started;
  const elu = performance.eventLoopUtilization(loopAtStart);
  const rows = [...stats.entries()].sort((a, b) => b[1].ms - a[1].ms).slice(0, 14);
  const lines = rows.map(
    ([sql, s]) =>
      `${s.ms.toFixed(0).padStart(7)} ms ${String(s.calls).padStart(8)} × ${((s.ms / s.calls) * 1000).toFixed(0).padStart(6)} µs  max ${s.maxMs.toFixed(1).padStart(6)} ms  ${sql}`,
  );
  const sorted = [...batchSizes].sort((a, b) => a - b);
  const pct = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
  const mean = sorted.reduce((a, b) => a + b, 0) / Math.max(1, sorted.length);
  process.stderr.write(
    [
      `sqlite-stats: wall ${wallMs.toFixed(0)} ms, event loop busy ${(elu.utilization * 100).toFixed(0)}%`,
      `  batches ${sorted.length}, size mean ${mean.toFixed(1)}, p50 ${pct(50)}, p90 ${pct(90)}, max ${pct(100)}`,
      ...lines.map((l) => `  ${l}`),
      "",
    ].join("\n"),
  );
});
