// Where the platform's database time goes on the gateway's hot path: every SQL statement the
// platform runs through Kysely while virtual players play rounds through the provider gateway,
// with its count, total and mean time (including waiting for a connection), heaviest first; then
// the outbox's group commits (hand-written SQL beside Kysely, src/round-engine/outbox/*-batch-store.ts), timed
// as a whole: count, ops each, time each from the start of the batch to its commit.
//
//   node bench/statement-profile.ts [--db sqlite|postgres] [--players 32] [--rate 30] [--duration 5]
//
// The platform runs in this process (so its queries can be timed); the wallet in its own.
import { mkdtemp, rm } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { buildApp } from "../src/app.ts";
import { composeEngine, composePlatform } from "../src/compose.ts";
import { preparePlatform } from "../src/e2e/support/prepared-platform.ts";
import { STUDIO_GAME } from "../src/e2e/support/provision.ts";
import { launchSession } from "../src/e2e/support/virtual-players.ts";
import { createMetrics } from "../src/http/metrics.ts";
import { gatewayRounds, runRounds } from "./load.ts";
import { setWalletSalts, startWallet } from "./targets.ts";

const { values } = parseArgs({
  options: {
    db: { type: "string", default: "sqlite" },
    players: { type: "string", default: "32" },
    rate: { type: "string", default: "30" },
    duration: { type: "string", default: "5" },
  },
});
const players = Number(values.players);
const kind = values.db === "postgres" ? "postgres" : "sqlite";

interface Executor {
  executeQuery(compiled: { sql: string }, ...rest: unknown[]): Promise<unknown>;
}

const workDir = await mkdtemp(join(tmpdir(), "statement-profile-"));
const wallet = await startWallet(join(workDir, "wallet"), players);
const prepared = await preparePlatform(kind, {
  callbackUrl: `${wallet.url}/wallet`,
  timeoutMs: 5_000,
  maxConcurrency: 1_000,
});
await setWalletSalts(wallet.url, [prepared.operator.salt]);

// Every statement of this Kysely instance goes through its executor's executeQuery.
const stats = new Map<string, { count: number; ms: number; maxMs: number }>();
const executor = (prepared.db.db as unknown as { getExecutor(): Executor }).getExecutor();
const prototype = Object.getPrototypeOf(executor) as Executor;
const original = prototype.executeQuery;
prototype.executeQuery = async function (this: Executor, compiled, ...rest) {
  const started = performance.now();
  try {
    return await original.call(this, compiled, ...rest);
  } finally {
    const key = compiled.sql.replace(/\s+/g, " ").slice(0, 110);
    const entry = stats.get(key) ?? { count: 0, ms: 0, maxMs: 0 };
    const ms = performance.now() - started;
    entry.count += 1;
    entry.ms += ms;
    entry.maxMs = Math.max(entry.maxMs, ms);
    stats.set(key, entry);
  }
};

const platform = composePlatform({
  db: prepared.db,
  secretKey: Buffer.from(prepared.env.CROUPIER_SECRET_KEY!, "base64"),
  allowPrivateNetworks: "tests-any-environment",
});
const metrics = createMetrics();
const engine = composeEngine(platform, { registry: metrics.registry });
const app = buildApp(platform.deps, {
  metrics,
  engine: engine.engine,
  allowPrivateCallbackUrls: "tests-any-environment",
});
await app.ready();
engine.start();
await app.listen({ port: 0, host: "127.0.0.1" });
const url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
const tokens: string[] = [];
for (let i = 0; i < players; i++) {
  tokens.push((await launchSession(url, prepared.operator.apiToken, `bench-${i}`, STUDIO_GAME)).token);
}
stats.clear();
const cpuBefore = process.cpuUsage();
const load = gatewayRounds(url, prepared.studioKey, tokens, `sp${Date.now()}`);
const result = await runRounds({
  players,
  warmupMs: 0,
  durationMs: Number(values.duration) * 1000,
  roundsPerSecond: Number(values.rate),
  playRound: load.play,
});
await load.close();
const cpu = process.cpuUsage(cpuBefore);
const requests = result.rounds * 2;
console.log(
  `${kind}: ${result.roundsPerSecond.toFixed(0)} rounds/s, ${requests} gateway requests, ` +
    `client-side p50 ${result.p50Ms.toFixed(2)} ms, p99 ${result.p99Ms.toFixed(2)} ms`,
);
console.log("   total ms   count  per request  mean ms   max ms  statement");
for (const [statement, entry] of [...stats].sort((a, b) => b[1].ms - a[1].ms).slice(0, 20)) {
  console.log(
    `${entry.ms.toFixed(0).padStart(11)} ${String(entry.count).padStart(7)} ${(entry.count / requests).toFixed(2).padStart(12)} ` +
      `${(entry.ms / entry.count).toFixed(3).padStart(8)} ${entry.maxMs.toFixed(1).padStart(8)}  ${statement}`,
  );
}
const statements = [...stats.values()].reduce((sum, entry) => sum + entry.count, 0);
console.log(
  `Kysely statements: ${statements} (${(statements / result.rounds).toFixed(2)} per round, background work included); ` +
    `this process's CPU (platform and load generator) ${((cpu.user + cpu.system) / 1000 / result.rounds).toFixed(3)} ms per round`,
);
// The group commits (their SQL does not go through Kysely, so the statement timing above misses it).
const batches = await metrics.registry.getSingleMetric("croupier_outbox_batch_seconds")?.get();
const ops = await metrics.registry.getSingleMetric("croupier_outbox_batch_ops")?.get();
const sumOf = (values: { metricName?: string; value: number }[] | undefined, suffix: string) =>
  values?.filter((v) => v.metricName?.endsWith(suffix)).reduce((sum, v) => sum + v.value, 0) ?? 0;
const batchCount = sumOf(batches?.values, "_count");
console.log(
  `group commits: ${batchCount} (${(batchCount / Math.max(1, result.rounds)).toFixed(2)} per round), ${(sumOf(ops?.values, "_sum") / Math.max(1, batchCount)).toFixed(1)} ops each, ` +
    `${((sumOf(batches?.values, "_sum") * 1000) / Math.max(1, batchCount)).toFixed(3)} ms each (total ${(sumOf(batches?.values, "_sum") * 1000).toFixed(0)} ms)`,
);
await app.close();
await engine.stop();
await wallet.stop();
await prepared.db.dispose();
await rm(workDir, { recursive: true, force: true });
