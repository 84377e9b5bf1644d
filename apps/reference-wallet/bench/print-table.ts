import type { LoadResult } from "./load.ts";

export interface TargetResult extends LoadResult {
  /** Server process CPU (user + system) per answered callback, µs. */
  readonly serverCpuUsPerCall: number;
  /**
   * Server event-loop time per callback, µs: CPU plus time blocked in synchronous calls (an
   * fsync inside COMMIT). 1e6 / this is what one core could serve.
   */
  readonly serverLoopUsPerCall: number;
  /** CPU of the target's PostgreSQL backends per answered callback, µs (PostgreSQL targets). */
  readonly databaseCpuUsPerCall?: number;
}

export type TargetResultName = "sqlite" | "postgres" | "postgres-transact" | "postgres-wide" | "ceiling";

interface Row {
  readonly label: string;
  readonly name: TargetResultName;
}

/** One table: throughput, latency, failures, and each wallet's share of the ceiling. */
export function printTable(rows: readonly Row[], results: ReadonlyMap<Row["name"], TargetResult>): void {
  const ceiling = results.get("ceiling");
  const header = [
    "target",
    "callbacks/s",
    "p50 ms",
    "p99 ms",
    "requests",
    "errors",
    "non-2xx",
    "refused",
    "÷ ceiling",
    "server CPU µs/call",
    "server loop µs/call",
    "db CPU µs/call",
  ];
  const body = rows.map(({ label, name }) => {
    const r = results.get(name)!;
    const ratio =
      name === "ceiling" || ceiling === undefined
        ? ""
        : (r.requestsPerSecond / ceiling.requestsPerSecond).toFixed(3);
    return [
      label,
      r.requestsPerSecond.toFixed(0),
      r.p50Ms.toFixed(1),
      r.p99Ms.toFixed(1),
      String(r.total),
      String(r.errors + r.timeouts),
      String(r.non2xx),
      String(r.notOk),
      ratio,
      r.serverCpuUsPerCall.toFixed(0),
      r.serverLoopUsPerCall.toFixed(0),
      r.databaseCpuUsPerCall === undefined ? "" : r.databaseCpuUsPerCall.toFixed(0),
    ];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => row[i]!.length)));
  const line = (cells: readonly string[]) =>
    cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join("  ");
  console.log(line(header));
  console.log(widths.map((w) => "-".repeat(w)).join("  "));
  for (const row of body) console.log(line(row));
}
