// `npm run bench` (apps/platform): what the platform costs on top of the wallet.
//
//   node bench/run-bench.ts [--db sqlite,postgres] [--players 64] [--duration 10] [--warmup 3]
//                           [--processes 1|2] [--profile]
//                           [--seed-rounds N]   (N settled rounds in the database first: bench/growth/)
//
// For each database, first the disk's fdatasync time (disk-floor.ts: the floor of any durable
// design's latency), then one run against one reference wallet (its own process, durable store):
//   (a) ceiling: the players play rounds (debit, then closing credit) straight against the wallet;
//   (r) baseline: the same rounds through a bare Node.js relay (bare-relay-server.ts: HTTP in, the
//       signed wallet call out, nothing stored), the floor of any Node.js design of (b), at full
//       load and at half of it (its CPU per round and its own time per callback);
//   (b) the same players play the same rounds through the provider gateway of the platform
//       (`src/server.ts`, its own process, LOG_LEVEL info as deployed): round engine, outbox, every
//       call durably recorded before it is sent; on PostgreSQL also the WAL it wrote per round,
//       after a warm-up's rounds and an ANALYZE (statistics, as a platform in service has them);
//   (c) (b) again, paced at half of (b)'s rounds/s: CPU per round at half load;
//   (q) paced at a quarter of (r)'s rounds/s: the platform's own latency per callback, i.e. its
//       time answering the studio minus the wallet exchange inside it, p50 and p99;
//   (b2) with `--processes 2` (PostgreSQL): (b) through two platform processes on the one
//       database, players split between them; their combined CPU per round, and an audit of the
//       attempts (call-audit.ts): no call sent twice at once.
// Every run prints the CPU each process spent per round (from /proc): unlike rounds/s it barely
// moves when the machine is busy, so it is the figure to compare between runs. The goals
// (goals.ts) are printed with their figures, met or missed. `--profile` writes CPU profiles of
// the platform and prints where its time went.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { freePort } from "../src/e2e/support/platform-process.ts";
import { preparePlatform } from "../src/e2e/support/prepared-platform.ts";
import { STUDIO_GAME } from "../src/e2e/support/provision.ts";
import { launchSession } from "../src/e2e/support/virtual-players.ts";
import { addedLatency } from "./added-latency.ts";
import { summarizeProfiles } from "./cpu-profile-summary.ts";
import { measureDiskFloor } from "./disk-floor.ts";
import { directRounds, gatewayRounds, runRounds } from "./load.ts";
import { auditCalls } from "./call-audit.ts";
import { judgeGoals, type GoalFigures } from "./goals.ts";
import { analyzeSchema, markPostgres, postgresUse } from "./postgres-meter.ts";
import { readQueryCount } from "./pg-query-counter.ts";
import { seedForBench } from "./growth/bench-hook.ts";
import { measureRelay } from "./relay-baseline.ts";
import { setWalletSalts, startPlatform, startWallet, type Target } from "./targets.ts";

const { values } = parseArgs({
  options: {
    db: { type: "string", default: "sqlite,postgres" },
    players: { type: "string", default: "64" },
    duration: { type: "string", default: "10" },
    warmup: { type: "string", default: "3" },
    processes: { type: "string", default: "1" },
    profile: { type: "boolean", default: false },
    // Settled rounds already in the database before the runs (bench/growth/: tables grow).
    "seed-rounds": { type: "string", default: "0" },
    // PostgreSQL settings for the platform's connections (PGOPTIONS), e.g. "-c wal_compression=lz4".
    "pg-options": { type: "string", default: "" },
    help: { type: "boolean", default: false },
  },
});
if (values.help) {
  console.log(`node bench/run-bench.ts [--db sqlite,postgres] [--players 64] [--duration 10] [--warmup 3]
                          [--processes 1|2] [--profile] [--seed-rounds N] [--pg-options="-c name=value"]
What the platform costs on top of the wallet, against a bare relay measured in the same run;
prints CPU per round, rounds/s, added latency and each goal met or missed (bench/goals.ts).`);
  process.exit(0);
}
const processes = Number(values.processes);
/** `--pg-options` for a platform on PostgreSQL: node-postgres reads PGOPTIONS like libpq. */
const platformPgOptions = (db: string): Record<string, string> =>
  db === "postgres" && values["pg-options"] !== "" ? { PGOPTIONS: values["pg-options"] } : {};
const players = Number(values.players);
const durationMs = Number(values.duration) * 1000;
const warmupMs = Number(values.warmup) * 1000;

interface DialectResult {
  readonly db: string;
  readonly direct: number;
  readonly figures: GoalFigures;
}

async function benchDialect(db: "sqlite" | "postgres"): Promise<DialectResult> {
  console.log(`\n== platform on ${db}, ${players} players, ${values.duration} s per run ==`);
  const workDir = await mkdtemp(join(tmpdir(), `platform-bench-${db}-`));
  const disk = measureDiskFloor(workDir);
  console.log(
    `    disk: one fdatasync of a 4 KiB append p50 ${disk.p50Ms.toFixed(3)} ms, p99 ${disk.p99Ms.toFixed(3)} ms`,
  );
  const wallet = await startWallet(join(workDir, "wallet"), players);
  const prepared = await preparePlatform(db, {
    callbackUrl: `${wallet.url}/wallet`,
    timeoutMs: 5_000,
    maxConcurrency: 1_000,
  });
  await seedForBench(prepared.db, Number(values["seed-rounds"]));
  const logFile = join(workDir, "platform.log");
  const profileDir = values.profile ? join(workDir, "profile") : undefined;
  const queryCountFile = join(workDir, "queries.json");
  let platform: Awaited<ReturnType<typeof startPlatform>> | undefined;
  try {
    await setWalletSalts(wallet.url, [prepared.operator.salt]);
    const port = await freePort();
    platform = await startPlatform({
      env: { ...prepared.env, ...platformPgOptions(db), PUBLIC_URL: `http://127.0.0.1:${port}` },
      port,
      logFile,
      cpuProfileDir: profileDir,
      queryCountFile: db === "postgres" ? queryCountFile : undefined,
    });
    const tokens: string[] = [];
    for (let i = 0; i < players; i++) {
      tokens.push(
        (await launchSession(platform.url, prepared.operator.apiToken, `bench-${i}`, STUDIO_GAME)).token,
      );
    }

    const direct = directRounds(wallet.url, prepared.operator.salt, players, `d${Date.now()}`);
    const loadGenerator = () => {
      const used = process.cpuUsage();
      return (used.user + used.system) / 1e6;
    };
    const a = await runRounds({
      players,
      warmupMs,
      durationMs,
      playRound: direct.play,
      cpu: { wallet: wallet.cpuSeconds, "load generator": loadGenerator },
    });
    await direct.close();
    console.log(line("(a) wallet alone", a));

    // The floor of any Node.js design: HTTP in, a signed call out, no database (see the relay).
    const r = await measureRelay({
      walletUrl: wallet.url,
      walletCpuSeconds: wallet.cpuSeconds,
      salt: prepared.operator.salt,
      studioKey: prepared.studioKey,
      tokens,
      warmupMs,
      durationMs,
    });
    console.log(
      line("(r) bare Node relay", r) +
        `   (r)/(a) ${(r.roundsPerSecond / a.roundsPerSecond).toFixed(2)}; its own time per callback at half load ` +
        `p50 ${r.addedP50Ms.toFixed(3)} ms, p99 ${r.addedP99Ms.toFixed(3)} ms, its CPU per round there ${r.halfCpuMsPerRound.relay!.toFixed(3)} ms`,
    );

    if (db === "postgres") {
      // A fresh database's tables were never analyzed, and PostgreSQL's planner then guesses for
      // `round_id = any(…)` (no unique index on that column alone) a selectivity that makes the
      // write batch's reads scan whole tables: 945 sequential scans of wallet_calls in one run,
      // most of the database's CPU. A platform in service has statistics (autovacuum analyzes a
      // table within a minute of its first rows), so the tables get a warm-up's rounds and an
      // ANALYZE before (b), as the platform would find them after its first minute.
      const priming = gatewayRounds(platform.url, prepared.studioKey, tokens, `p${Date.now()}`);
      await runRounds({ players, warmupMs: 0, durationMs: warmupMs, playRound: priming.play });
      await priming.close();
      await analyzeSchema(prepared.db);
    }

    // Fresh transaction ids per run: a repeated id would be answered from the gateway's record.
    const full = gatewayRounds(platform.url, prepared.studioKey, tokens, `g${Date.now()}`);
    const meters = { platform: platform.cpuSeconds, wallet: wallet.cpuSeconds };
    const walFrom = db === "postgres" ? await markPostgres(prepared.db) : undefined;
    const queriesFrom = db === "postgres" ? await readQueryCount(platform.pid!, queryCountFile) : undefined;
    const b = await runRounds({ players, warmupMs, durationMs, playRound: full.play, cpu: meters });
    await full.close();
    console.log(line("(b) via platform", b));
    if (walFrom !== undefined) {
      // The window holds the warm-up too: its rounds are counted from the calls recorded.
      const queriesTo = await readQueryCount(platform.pid!, queryCountFile);
      const use = await postgresUse(prepared.db, walFrom);
      const rounds = use.rounds;
      const queries = queriesTo.queries - queriesFrom!.queries;
      const begins = queriesTo.begins - queriesFrom!.begins;
      const own =
        use.ownWalBytes === undefined
          ? "pg_walinspect unavailable"
          : `${(use.ownWalBytes / rounds).toFixed(0)} bytes in ${(use.ownWalRecords! / rounds).toFixed(1)} records of its own database (${(use.ownFpiBytes! / rounds).toFixed(0)} of them full-page images, ${(use.ownVacuumBytes! / rounds).toFixed(0)} in pruning and vacuum, Heap2)`;
      console.log(
        `    PostgreSQL during (b), per round (warm-up included, ${rounds.toFixed(0)} rounds): WAL ${own}` +
          ` (server-wide ${(use.serverWalBytes / rounds).toFixed(0)} bytes), ${(use.commits / rounds).toFixed(2)} transactions, ` +
          `${(queries / rounds).toFixed(2)} round trips from the platform (queries sent; ${(begins / rounds).toFixed(2)} of them opening a transaction), ` +
          `${((use.backendCpuSeconds * 1000) / rounds).toFixed(3)} ms of the database's CPU (its backends for this database, autovacuum's included)`,
      );
      if (use.fpiByRelation !== undefined && use.fpiByRelation.size > 0) {
        const top = [...use.fpiByRelation].slice(0, 8);
        console.log(
          `    full-page images per round, by relation: ${top.map(([name, images]) => `${name} ${(images / rounds).toFixed(2)}`).join(", ")}`,
        );
      }
    }
    const halfLoad = b.roundsPerSecond / 2;
    const half = gatewayRounds(platform.url, prepared.studioKey, tokens, `h${Date.now()}`);
    const c = await runRounds({
      players,
      warmupMs,
      durationMs,
      roundsPerSecond: halfLoad,
      playRound: half.play,
      cpu: meters,
    });
    await half.close();
    console.log(line(`(c) at ${halfLoad.toFixed(0)} rounds/s`, c));
    const quarterLoad = r.roundsPerSecond / 4;
    const quarter = gatewayRounds(platform.url, prepared.studioKey, tokens, `q${Date.now()}`);
    const q = await runRounds({
      players,
      warmupMs,
      durationMs,
      roundsPerSecond: quarterLoad,
      playRound: quarter.play,
      cpu: meters,
    });
    await quarter.close();
    console.log(line(`(q) at ${quarterLoad.toFixed(0)} rounds/s`, q));
    if (quarterLoad >= 0.9 * b.roundsPerSecond)
      console.log(
        "    (q) asks for 90 % or more of (b)'s rounds/s: the platform is saturated there, and its added latency is mostly queueing",
      );

    let twoProcesses: GoalFigures["twoProcesses"];
    if (processes > 1 && db === "postgres") {
      const others: Target[] = [];
      try {
        for (let i = 1; i < processes; i++) {
          const port = await freePort();
          others.push(
            await startPlatform({
              env: { ...prepared.env, ...platformPgOptions(db), PUBLIC_URL: `http://127.0.0.1:${port}` },
              port,
              logFile: join(workDir, `platform-${i}.log`),
            }),
          );
        }
        const all = [platform, ...others];
        const spread = gatewayRounds(
          all.map((p) => p.url),
          prepared.studioKey,
          tokens,
          `p${Date.now()}`,
        );
        const b2 = await runRounds({
          players,
          warmupMs,
          durationMs,
          playRound: spread.play,
          cpu: {
            platforms: () => all.reduce((sum, p) => sum + p.cpuSeconds(), 0),
            wallet: wallet.cpuSeconds,
          },
        });
        await spread.close();
        console.log(line(`(b2) ${processes} processes`, b2));
        const audit = await auditCalls(prepared.db);
        console.log(
          `    call audit: ${audit.calls} calls, ${audit.attempts} attempts, ${audit.retried} sent more than once, ` +
            `${audit.overlapping} with attempts overlapping, ${audit.bySeveralProcesses} sent by more than one process`,
        );
        twoProcesses = {
          cpuMs: b2.cpuMsPerRound.platforms!,
          roundsPerSecond: b2.roundsPerSecond,
          overlapping: audit.overlapping,
          bySeveralProcesses: audit.bySeveralProcesses,
        };
      } finally {
        for (const other of others) await other.stop();
      }
    }

    const states = await prepared.db.db
      .selectFrom("wallet_calls")
      .select((eb) => ["state", eb.fn.countAll<number>().as("n")])
      .groupBy("state")
      .execute();
    console.log(`    wallet calls recorded: ${states.map((s) => `${s.state} ${Number(s.n)}`).join(", ")}`);
    await platform.stop();
    platform = undefined;
    const added = await addedLatency(prepared.db, logFile, q.requestIds);
    console.log(
      `    added per callback at ${quarterLoad.toFixed(0)} rounds/s: p50 ${added.p50Ms.toFixed(3)} ms, ` +
        `p99 ${added.p99Ms.toFixed(3)} ms (${added.samples} callbacks; platform p50 ${added.platformP50Ms.toFixed(3)} ms, ` +
        `wallet exchange p50 ${added.walletP50Ms.toFixed(3)} ms)`,
    );
    if (profileDir !== undefined)
      for (const text of summarizeProfiles(profileDir)) console.log(`    ${text}`);
    return {
      db,
      direct: a.roundsPerSecond,
      figures: {
        db,
        fdatasyncP50Ms: disk.p50Ms,
        relay: {
          roundsPerSecond: r.roundsPerSecond,
          cpuMs: r.cpuMsPerRound.relay!,
          halfCpuMs: r.halfCpuMsPerRound.relay!,
        },
        platform: {
          roundsPerSecond: b.roundsPerSecond,
          cpuMs: b.cpuMsPerRound.platform!,
          halfCpuMs: c.cpuMsPerRound.platform!,
        },
        quarter: { roundsPerSecond: q.roundsPerSecond, addedP50Ms: added.p50Ms, addedP99Ms: added.p99Ms },
        ...(twoProcesses === undefined ? {} : { twoProcesses }),
      },
    };
  } finally {
    await platform?.stop();
    await wallet.stop();
    await prepared.db.dispose();
    await rm(workDir, { recursive: true, force: true });
  }
}

function line(
  name: string,
  result: Pick<
    Awaited<ReturnType<typeof runRounds>>,
    "roundsPerSecond" | "p50Ms" | "p99Ms" | "failures" | "cpuMsPerRound"
  >,
): string {
  const cpu = Object.entries(result.cpuMsPerRound)
    .map(([name, ms]) => `${name} ${ms.toFixed(3)}`)
    .join(", ");
  return (
    `    ${name.padEnd(24)} ${result.roundsPerSecond.toFixed(0).padStart(6)} rounds/s   ` +
    `client-side per callback p50 ${result.p50Ms.toFixed(2)} ms, p99 ${result.p99Ms.toFixed(2)} ms` +
    (cpu === "" ? "" : `   CPU ms per round: ${cpu}`) +
    (result.failures > 0 ? `   ${result.failures} FAILED rounds` : "")
  );
}

const results: DialectResult[] = [];
for (const db of values.db.split(",") as Array<"sqlite" | "postgres">) results.push(await benchDialect(db));

console.log("\ngoals (figures of this run)");
let missed = false;
for (const result of results) {
  console.log(`  ${result.db} (wallet alone ${result.direct.toFixed(0)} rounds/s)`);
  for (const goal of judgeGoals(result.figures)) {
    missed ||= !goal.met;
    console.log(`    ${goal.met ? "met   " : "MISSED"}  ${goal.goal.padEnd(48)} ${goal.figure}`);
  }
}
if (missed && !values.profile)
  console.log("A goal was missed: run with --profile to see where the platform's time goes.");
