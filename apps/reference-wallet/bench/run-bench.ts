// `npm run bench`: callbacks/s and latency of the durable reference wallet on SQLite and on
// PostgreSQL against a bare Fastify handler (the ceiling), from one run. Each server runs in
// its own child process so the load generator never shares its event loop.
//
//   node bench/run-bench.ts [--duration 10] [--warmup 3] [--connections 64] [--players 10000]
//                           [--only sqlite,postgres,ceiling] [--cpu-prof] [--sqlite-stats]
//
// --only also takes postgres-transact: PostgreSQL with the duties run over `transact` (three
// round trips a call) instead of the store's one-statement `settle`; and postgres-wide: the
// PostgreSQL store with 10 wallet call statements in flight (settleConcurrency) instead of 2.
//
// --cpu-prof writes a V8 CPU profile of each server to data/cpu-profiles/; --sqlite-stats
// prints per-statement SQLite times and group-commit batch sizes of the SQLite target.
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { createTestSchema, type TestSchema } from "@croupier/test-support";
import { databaseCpu } from "./database-cpu.ts";
import { runLoad } from "./load.ts";
import { printTable, type TargetResult, type TargetResultName } from "./print-table.ts";
import { startTarget } from "./start-target.ts";

const { values } = parseArgs({
  options: {
    duration: { type: "string", default: "10" },
    warmup: { type: "string", default: "3" },
    connections: { type: "string", default: "64" },
    players: { type: "string", default: "10000" },
    only: { type: "string", default: "sqlite,postgres,ceiling" },
    "cpu-prof": { type: "boolean", default: false },
    "sqlite-stats": { type: "boolean", default: false },
  },
});
const durationSeconds = Number(values.duration);
const warmupSeconds = Number(values.warmup);
const connections = Number(values.connections);
const playerCount = Number(values.players);
const only = new Set(values.only.split(","));
const salt = "bench-salt-0123456789";
const runId = `b${Date.now().toString(36)}`;
const here = path.dirname(new URL(import.meta.url).pathname);
const profileDir = path.join(here, "..", "data", "cpu-profiles");

interface Target {
  readonly name: TargetResultName;
  readonly label: string;
  readonly script: string;
  readonly env: () => Promise<{ env: Record<string, string>; cleanup: () => Promise<void> }>;
}

const targets: Target[] = [
  {
    name: "sqlite",
    label: "(1) wallet, SQLite durable",
    script: "wallet-server.ts",
    env: async () => {
      const dir = await mkdtemp(path.join(os.tmpdir(), "wallet-bench-"));
      return { env: { BENCH_DATA_DIR: dir }, cleanup: () => rm(dir, { recursive: true, force: true }) };
    },
  },
  {
    name: "postgres",
    label: "(2) wallet, PostgreSQL",
    script: "wallet-server.ts",
    env: () => postgresEnv({}),
  },
  {
    // Opt-in (--only …,postgres-transact): the same store with the duties run by the SDK over
    // `transact` (BEGIN + wallet_prefetch, one write, COMMIT), the path of a store without
    // `settle`, to compare with the one-statement path in one run.
    name: "postgres-transact",
    label: "(2b) wallet, PostgreSQL, duties over transact",
    script: "wallet-server.ts",
    env: () => postgresEnv({ BENCH_PG_TRANSACT: "1" }),
  },
  {
    // Opt-in (--only …,postgres-wide): ten statements in flight, as the store ran before the
    // default became two, to compare the batching of both in one run.
    name: "postgres-wide",
    label: "(2c) wallet, PostgreSQL, 10 statements in flight",
    script: "wallet-server.ts",
    env: () => postgresEnv({ BENCH_PG_SETTLE_CONCURRENCY: "10" }),
  },
  {
    name: "ceiling",
    label: "(3) bare Fastify (ceiling)",
    script: "ceiling-server.ts",
    env: async () => noEnv(),
  },
];

/** A fresh schema in the test database for one PostgreSQL target, dropped after it. */
async function postgresEnv(extra: Record<string, string>) {
  const schema: TestSchema = await createTestSchema("bench");
  return { env: { BENCH_DATABASE_URL: schema.url, ...extra }, cleanup: () => schema.drop() };
}

async function noEnv() {
  return { env: {}, cleanup: async () => {} };
}

const results = new Map<Target["name"], TargetResult>();
for (const target of targets.filter((t) => only.has(t.name))) {
  const { env, cleanup } = await target.env();
  // PostgreSQL targets: their connections are named, so that their backends' CPU can be found.
  const applicationName = `${runId}-${target.name}`;
  if (env.BENCH_DATABASE_URL !== undefined) {
    const url = new URL(env.BENCH_DATABASE_URL);
    url.searchParams.set("application_name", applicationName);
    env.BENCH_DATABASE_URL = url.toString();
  }
  const dbCpu =
    env.BENCH_DATABASE_URL === undefined ? undefined : databaseCpu(env.BENCH_DATABASE_URL, applicationName);
  let dbCpuAtMark: ReturnType<NonNullable<typeof dbCpu>["sample"]> | undefined;
  console.error(`${target.label}: starting (${playerCount} players)…`);
  const child = await startTarget(path.join(here, "targets", target.script), {
    env: { ...env, BENCH_SALT: salt, BENCH_PLAYERS: String(playerCount) },
    cpuProfileDir: values["cpu-prof"] ? profileDir : undefined,
    preload:
      values["sqlite-stats"] && target.name === "sqlite"
        ? path.join(here, "targets", "sqlite-stats.ts")
        : undefined,
  });
  try {
    console.error(
      `${target.label}: warm-up ${warmupSeconds} s, then ${durationSeconds} s at ${connections} connections`,
    );
    const result = await runLoad({
      url: `http://127.0.0.1:${child.port}/wallet`,
      salt,
      playerCount,
      connections,
      durationSeconds,
      warmupSeconds,
      runId: `${runId}-${target.name}`,
      afterWarmup: () => {
        child.mark();
        dbCpuAtMark = dbCpu?.sample();
      },
    });
    const usage = await child.report();
    const dbCpuUs = dbCpu?.since(await dbCpuAtMark, await dbCpu.sample());
    results.set(target.name, {
      ...result,
      serverCpuUsPerCall: usage.cpuUs / Math.max(1, result.total),
      serverLoopUsPerCall: usage.loopBusyUs / Math.max(1, result.total),
      ...(dbCpuUs === undefined ? {} : { databaseCpuUsPerCall: dbCpuUs / Math.max(1, result.total) }),
    });
  } finally {
    await child.stop();
    await cleanup();
  }
}

printTable(
  targets.filter((t) => results.has(t.name)).map((t) => ({ label: t.label, name: t.name })),
  results,
);
if (values["cpu-prof"]) console.log(`CPU profiles of the servers: ${profileDir}`);

const failed = [...results.entries()].filter(([, r]) => r.errors + r.timeouts + r.non2xx + r.notOk > 0);
if (failed.length > 0) {
  console.error(
    `FAILED: ${failed.map(([name]) => name).join(", ")} had errors, timeouts, non-2xx or refusals.`,
  );
  process.exit(1);
}
