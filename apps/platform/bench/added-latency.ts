// The platform's own share of each callback: how long the platform took to answer the studio's
// request (Fastify's responseTime, from its log line; the request id is the transaction id) minus
// how long the wallet exchange of the call it made took (the attempt's latency_micros, measured by
// the platform from sending the call to reading its whole answer).
import { readFileSync } from "node:fs";
import type { PlatformDb } from "../src/db/connect.ts";
import { percentile } from "./load.ts";

export interface AddedLatency {
  readonly samples: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  /** The same breakdown's parts, p50: time in the platform, time in the wallet exchange. */
  readonly platformP50Ms: number;
  readonly walletP50Ms: number;
}

export async function addedLatency(
  db: PlatformDb,
  logFile: string,
  requestIds: readonly string[],
): Promise<AddedLatency> {
  const wanted = new Set(requestIds);
  const responseMs = new Map<string, number>();
  for (const line of readFileSync(logFile, "utf8").split("\n")) {
    if (!line.includes('"request completed"')) continue;
    const entry = JSON.parse(line) as { reqId?: string; responseTime?: number };
    if (entry.reqId !== undefined && entry.responseTime !== undefined && wanted.has(entry.reqId))
      responseMs.set(entry.reqId, entry.responseTime);
  }
  const walletMicros = new Map<string, number>();
  const ids = [...wanted];
  for (let i = 0; i < ids.length; i += 500) {
    const refs = ids.slice(i, i + 500).map((id) => (id.startsWith("b-") ? `bet:${id}` : `win:${id}`));
    const rows = await db.db
      .selectFrom("wallet_calls")
      .innerJoin("wallet_call_attempts", "wallet_call_attempts.call_id", "wallet_calls.call_id")
      .select(["wallet_calls.ref", "wallet_call_attempts.latency_micros"])
      .where("wallet_calls.ref", "in", refs)
      .where("wallet_call_attempts.attempt_no", "=", 1)
      .execute();
    for (const row of rows) walletMicros.set(row.ref!.slice(4), row.latency_micros);
  }
  const added: number[] = [];
  const platform: number[] = [];
  const wallet: number[] = [];
  for (const id of ids) {
    const total = responseMs.get(id);
    const exchange = walletMicros.get(id);
    if (total === undefined || exchange === undefined) continue;
    platform.push(total * 1000);
    wallet.push(exchange);
    added.push(total * 1000 - exchange);
  }
  const sort = (values: number[]) => values.sort((a, b) => a - b);
  sort(added);
  return {
    samples: added.length,
    p50Ms: percentile(added, 50) / 1000,
    p99Ms: percentile(added, 99) / 1000,
    platformP50Ms: percentile(sort(platform), 50) / 1000,
    walletP50Ms: percentile(sort(wallet), 50) / 1000,
  };
}
