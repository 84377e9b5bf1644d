// Round engine throughput and added latency, against the reference wallet in its own process.
//
//   node apps/platform/src/round-engine/bench/engine-bench.ts [--db sqlite|postgres] [--players 64]
//        [--duration 10] [--warmup 2] [--balance]
//
// Two runs against the same wallet: "direct" plays rounds (debit, then credit with
// round_closed) straight against the wallet with the signed callback client and no database;
// "engine" plays the same rounds through openRound/placeBet/settleWin (outbox, group commit,
// leases). Prints rounds/s of each, their ratio, and per-callback latency percentiles; the
// platform's added latency is engine minus direct.
import { fork } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import pino from "pino";
import { Registry } from "prom-client";
import { createCallbackClient } from "../../callbacks/callback-client.ts";
import { sendWalletCall } from "../../callbacks/send-wallet-call.ts";
import type { WalletEndpoint } from "../../callbacks/wallet-endpoint.ts";
import { connectDb, type PlatformDb } from "../../db/connect.ts";
import { migrateToLatest } from "../../db/migrate.ts";
import { createOutbox } from "../outbox/outbox.ts";
import { createTestSchema } from "@croupier/test-support";
import { openRound } from "../open-round.ts";
import { placeBet } from "../place-bet.ts";
import type { RoundDeps } from "../round-deps.ts";
import { settleWin } from "../settle-win.ts";
import { getBalance } from "../get-balance.ts";

const { values } = parseArgs({
  options: {
    db: { type: "string", default: "sqlite" },
    players: { type: "string", default: "64" },
    duration: { type: "string", default: "10" },
    warmup: { type: "string", default: "2" },
    balance: { type: "boolean", default: false },
    only: { type: "string", default: "direct,engine" },
  },
});
const players = Number(values.players);
const durationMs = Number(values.duration) * 1000;
const warmupMs = Number(values.warmup) * 1000;
const SALT = "bench-salt-0123456789";

const walletScript = fileURLToPath(
  new URL("../../../../reference-wallet/bench/targets/wallet-server.ts", import.meta.url),
);
const walletDir = await mkdtemp(join(tmpdir(), "engine-bench-wallet-"));
const wallet = fork(walletScript, [], {
  env: { ...process.env, BENCH_DATA_DIR: walletDir, BENCH_SALT: SALT, BENCH_PLAYERS: String(players) },
  stdio: ["ignore", "inherit", "inherit", "ipc"],
});
const port = await new Promise<number>((resolve) =>
  wallet.on("message", (message: { type?: string; port?: number }) => {
    if (message.type === "ready") resolve(message.port!);
  }),
);
const endpoint: WalletEndpoint = {
  operatorId: "op_bench",
  environment: "live",
  callbackUrl: `http://127.0.0.1:${port}/wallet`,
  signingSalt: SALT,
  profile: "native",
  timeoutMs: 5_000,
  maxConcurrency: 512,
  breaker: { failureThreshold: 1_000, cooldownMs: 1_000 },
};
const logger = pino({ level: "warn" });

interface Stats {
  rounds: number;
  latenciesMicros: number[];
}

async function runFor(
  name: string,
  playRound: (player: number, round: number, stats: Stats) => Promise<void>,
) {
  const stats: Stats = { rounds: 0, latenciesMicros: [] };
  const warm: Stats = { rounds: 0, latenciesMicros: [] };
  let current = warm;
  let stopping = false;
  const workers = Array.from({ length: players }, async (_, player) => {
    for (let round = 0; !stopping; round += 1) await playRound(player, round, current);
  });
  await new Promise((resolve) => setTimeout(resolve, warmupMs));
  current = stats;
  const started = performance.now();
  await new Promise((resolve) => setTimeout(resolve, durationMs));
  const elapsed = performance.now() - started;
  const measured = stats.rounds;
  current = warm;
  stopping = true;
  await Promise.all(workers);
  const sorted = stats.latenciesMicros.sort((a, b) => a - b);
  const pct = (p: number) =>
    (sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0) / 1000;
  const result = {
    name,
    roundsPerSecond: (measured / elapsed) * 1000,
    p50: pct(50),
    p90: pct(90),
    p99: pct(99),
  };
  console.log(
    `${name.padEnd(8)} ${result.roundsPerSecond.toFixed(0).padStart(7)} rounds/s   callback p50 ${result.p50.toFixed(3)} ms  p90 ${result.p90.toFixed(3)} ms  p99 ${result.p99.toFixed(3)} ms`,
  );
  return result;
}

const timed = async <T>(stats: Stats, work: () => Promise<T>): Promise<T> => {
  const started = process.hrtime.bigint();
  const result = await work();
  stats.latenciesMicros.push(Number((process.hrtime.bigint() - started) / 1000n));
  return result;
};

// Direct: the wallet alone (signed calls over the same keep-alive client, no database).
const only = new Set(values.only.split(","));
const directClient = createCallbackClient({ privateNetworks: "tests-any-environment", logger });
let callSeq = 0;
const skipped = { roundsPerSecond: Number.NaN, p50: Number.NaN, p90: Number.NaN, p99: Number.NaN };
const direct = !only.has("direct")
  ? skipped
  : await runFor("direct", async (player, round, stats) => {
      const common = {
        player_id: `bench-${player}`,
        session_id: `s${player}`,
        currency: "EUR",
        game_id: "bench",
      };
      const roundId = `d-${player}-${round}`;
      if (values.balance) {
        await timed(stats, () =>
          sendWalletCall(
            endpoint,
            { action: "balance", call_id: `b${++callSeq}`, ...common },
            { client: directClient },
          ),
        );
      }
      const debit = await timed(stats, () =>
        sendWalletCall(
          endpoint,
          {
            action: "debit",
            call_id: `d${++callSeq}`,
            ...common,
            round_id: roundId,
            amount: 100,
            rb: 0,
            round_closed: false,
          },
          { client: directClient },
        ),
      );
      if (debit.outcome.kind !== "ok") throw new Error(`direct debit: ${JSON.stringify(debit.outcome)}`);
      await timed(stats, () =>
        sendWalletCall(
          endpoint,
          {
            action: "credit",
            call_id: `c${++callSeq}`,
            ...common,
            round_id: roundId,
            amount: 50,
            rb: 0,
            round_closed: true,
          },
          { client: directClient },
        ),
      );
      stats.rounds += 1;
    });
await directClient.close();

// Engine: the same rounds through the round engine.
let db: PlatformDb;
let cleanup: () => Promise<void>;
if (values.db === "postgres") {
  const schema = await createTestSchema("bench");
  db = connectDb({ databaseUrl: schema.url });
  cleanup = () => schema.drop();
} else {
  const dir = await mkdtemp(join(tmpdir(), "engine-bench-db-"));
  db = connectDb({ sqliteFile: join(dir, "platform.sqlite") });
  cleanup = () => rm(dir, { recursive: true, force: true });
}
await migrateToLatest(db.db);
const registry = new Registry();
const client = createCallbackClient({ privateNetworks: "tests-any-environment", logger, registry });
const outbox = createOutbox({ db, logger, registry });
let idSeq = 0;
const deps: RoundDeps = {
  outbox,
  client,
  lookup: async () => endpoint,
  ids: (prefix) => `${prefix}_${(idSeq += 1).toString(36)}`,
};
const engine = !only.has("engine")
  ? skipped
  : await runFor("engine", async (player, round, stats) => {
      const session = {
        operatorId: "op_bench",
        environment: "live" as const,
        sessionId: `s${player}`,
        playerId: `bench-${player}`,
        currency: "EUR",
        gameId: "bench",
      };
      if (values.balance) await timed(stats, () => getBalance(deps, session));
      const opened = await openRound(deps, session);
      if (!opened.ok) throw new Error(opened.code);
      const bet = await timed(stats, () =>
        placeBet(deps, { round: opened.round, betRef: `b${round}`, amountMinor: 100 }),
      );
      if (!bet.ok) throw new Error(`engine bet: ${bet.code}`);
      await timed(stats, () =>
        settleWin(deps, { round: opened.round, winRef: `w${round}`, amountMinor: 50, closeRound: true }),
      );
      stats.rounds += 1;
    });
await outbox.close();
await client.close();
const batches = (await registry.getSingleMetricAsString("croupier_outbox_batch_ops")).match(
  /_sum (\d+)[\s\S]*_count (\d+)/,
);
console.log(
  `ratio engine/direct ${(engine.roundsPerSecond / direct.roundsPerSecond).toFixed(2)}; added per callback p50 ${(engine.p50 - direct.p50).toFixed(3)} ms, p99 ${(engine.p99 - direct.p99).toFixed(3)} ms; db ${values.db}, ${players} players` +
    (batches === null ? "" : `; ${(Number(batches[1]) / Number(batches[2])).toFixed(1)} writes per commit`),
);
await db.close();
await cleanup();
wallet.kill("SIGTERM");
await rm(walletDir, { recursive: true, force: true });
