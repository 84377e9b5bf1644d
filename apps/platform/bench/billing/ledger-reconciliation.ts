// The operator's side of a reconciliation: its ledger of a period written from our wallet calls
// (so it matches them), with known differences made in it, then uploaded as a stream through
// `POST /v1/reconciliations` to the platform process while that process's resident memory (VmRSS
// from /proc/<pid>/status, the whole process: V8 heap, buffers, SQLite's page cache) is sampled.
import { once } from "node:events";
import { createReadStream, createWriteStream, readFileSync, statSync } from "node:fs";
import { sql } from "kysely";
import { request } from "undici";
import type { PlatformDb } from "../../src/db/connect.ts";

/** Calls read from our records per query while writing the ledger. */
const PAGE = 10_000;
/** Every Nth call is left out of the ledger; the one after it gets another amount. */
const DIFFERENCE_EVERY = 100_000;
/** Lines for calls we never made, at the end of the ledger. */
const UNKNOWN_LINES = 10;
const SAMPLE_EVERY_MS = 50;

export interface Ledger {
  readonly file: string;
  readonly lines: number;
  readonly bytes: number;
  /** The differences written into it on purpose, by kind. */
  readonly injected: Readonly<Record<string, number>>;
}

/** Writes the ledger of [fromMs, toMs) as CSV (epoch-ms times) from the operator's calls in that period. */
export async function writeLedger(
  platform: PlatformDb,
  options: {
    operatorId: string;
    environment: "sandbox" | "live";
    fromMs: number;
    toMs: number;
    file: string;
  },
): Promise<Ledger> {
  const out = createWriteStream(options.file);
  const write = async (text: string) => {
    if (!out.write(text)) await once(out, "drain");
  };
  await write("call_id,action,amount,currency,rb,status,time\n");
  let lines = 0;
  let seen = 0;
  const injected = { missing_on_operator_side: 0, amount_mismatch: 0, missing_on_our_side: 0 };
  let after: [number, string] = [options.fromMs, ""];
  for (;;) {
    const rows = await platform.db
      .selectFrom("wallet_calls")
      .select(["call_id", "action", "amount_minor", "currency", "rb", "state", "created_at_ms"])
      .where("operator_id", "=", options.operatorId)
      .where("environment", "=", options.environment)
      .where("action", "<>", "balance")
      .where("created_at_ms", ">=", after[0])
      .where("created_at_ms", "<", options.toMs)
      .where(sql<boolean>`(created_at_ms, call_id) > (${after[0]}, ${after[1]})`)
      .orderBy("created_at_ms")
      .orderBy("call_id")
      .limit(PAGE)
      .execute();
    if (rows.length === 0) break;
    after = [rows.at(-1)!.created_at_ms, rows.at(-1)!.call_id];
    let chunk = "";
    for (const row of rows) {
      seen += 1;
      if (seen % DIFFERENCE_EVERY === 0) {
        injected.missing_on_operator_side += 1;
        continue;
      }
      let amount = Number(row.amount_minor);
      if (seen % DIFFERENCE_EVERY === 1 && seen > 1) {
        amount += 1;
        injected.amount_mismatch += 1;
      }
      // A call still waiting for a person is not booked on the operator's side yet: it says so.
      const status = row.state === "manual" ? "pending" : "ok";
      chunk += `${row.call_id},${row.action},${amount},${row.currency},${row.rb},${status},${row.created_at_ms}\n`;
      lines += 1;
    }
    await write(chunk);
  }
  for (let k = 0; k < UNKNOWN_LINES; k++) {
    await write(`operator-only-${k},debit,100,EUR,0,ok,${options.fromMs + k}\n`);
    lines += 1;
    injected.missing_on_our_side += 1;
  }
  out.end();
  await once(out, "finish");
  return { file: options.file, lines, bytes: statSync(options.file).size, injected };
}

/** Resident memory of a process, MB (VmRSS; VmHWM: its peak since it started). */
export function processMemoryMb(pid: number, field: "VmRSS" | "VmHWM" = "VmRSS"): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(status);
  return match === null ? Number.NaN : Number(match[1]) / 1024;
}

export interface UploadResult {
  readonly seconds: number;
  /** CPU the platform process spent on it (from /proc), seconds. */
  readonly cpuSeconds: number;
  readonly rssBeforeMb: number;
  readonly rssPeakMb: number;
  readonly hwmAfterMb: number;
  readonly reconciliation: {
    status: string;
    progress: { bytesRead: number; linesRead: number; callsCompared: number };
    matched: number;
    differences: number;
    byKind: Record<string, number>;
  };
}

/** Streams the ledger to `POST /v1/reconciliations` and waits for the answer (it returns when matched). */
export async function uploadLedger(options: {
  readonly platformUrl: string;
  readonly platformPid: number;
  readonly platformCpuSeconds: () => number;
  readonly apiToken: string;
  readonly ledger: Ledger;
  readonly from: string;
  readonly to: string;
  readonly progress: (text: string) => void;
}): Promise<UploadResult> {
  const pid = options.platformPid;
  const rssBeforeMb = processMemoryMb(pid);
  let rssPeakMb = rssBeforeMb;
  const started = performance.now();
  const cpuBefore = options.platformCpuSeconds();
  let lastReport = started;
  const sampler = setInterval(() => {
    const now = performance.now();
    const rss = processMemoryMb(pid);
    rssPeakMb = Math.max(rssPeakMb, rss);
    if (now - lastReport >= 5_000) {
      lastReport = now;
      options.progress(
        `reconciling: ${((now - started) / 1000).toFixed(0)} s, platform RSS ${rss.toFixed(0)} MB`,
      );
    }
  }, SAMPLE_EVERY_MS);
  try {
    const response = await request(
      `${options.platformUrl}/v1/reconciliations?from=${options.from}&to=${options.to}`,
      {
        method: "POST",
        headers: {
          authorization: `Bearer ${options.apiToken}`,
          "content-type": "text/csv",
          "content-length": String(options.ledger.bytes),
        },
        body: createReadStream(options.ledger.file),
        headersTimeout: 600_000,
        bodyTimeout: 600_000,
      },
    );
    const text = await response.body.text();
    const seconds = (performance.now() - started) / 1000;
    const cpuSeconds = options.platformCpuSeconds() - cpuBefore;
    if (response.statusCode !== 201) throw new Error(`reconciliation: ${response.statusCode} ${text}`);
    const body = JSON.parse(text) as UploadResult["reconciliation"];
    return {
      seconds,
      cpuSeconds,
      rssBeforeMb,
      rssPeakMb,
      hwmAfterMb: processMemoryMb(pid, "VmHWM"),
      reconciliation: body,
    };
  } finally {
    clearInterval(sampler);
  }
}
