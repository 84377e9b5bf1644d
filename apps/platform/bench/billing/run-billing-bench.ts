// `npm run bench:billing` (apps/platform; `npm run bench` runs it after the platform bench):
// what billing, reports and reconciliation cost, on each database.
//
//   node bench/billing/run-billing-bench.ts [--db sqlite,postgres] [--parts cost,report,reconcile]
//     [--transactions 10000000] [--ledger-lines 1000000] [--players 32] [--duration 10] [--warmup 3]
//     [--repeats 5] [--cost-pairs 3]
//
// 1. cost: CPU per round of the platform process with billing on, then off, `cost-pairs` times
//    (billing-cost.ts): the median of the pairs' differences.
// 2. report: `transactions` wallet calls seeded over 30 days with their rounds, projected money
//    and aggregates (seed-transactions.ts), then `GET /v1/reports` by day and by hour, JSON and
//    CSV, over the whole period through HTTP (report-timing.ts). Goal: under 1 s.
// 3. reconcile: a ledger of `ledger-lines` lines written from those calls (a few differences made
//    in it) streamed to `POST /v1/reconciliations` of a freshly started platform process while its
//    resident memory is sampled (ledger-reconciliation.ts). Goals: under 30 s, under 300 MB.
// Each database is a temporary one (a temp SQLite file; a PostgreSQL database of its own), dropped
// at the end.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { freePort } from "../../src/e2e/support/platform-process.ts";
import { preparePlatform, type PreparedPlatform } from "../../src/e2e/support/prepared-platform.ts";
import { STUDIO_GAME } from "../../src/e2e/support/provision.ts";
import { launchSession } from "../../src/e2e/support/virtual-players.ts";
import { setWalletSalts, startPlatform, startWallet, type Target } from "../targets.ts";
import { billingCostSummary, measureBillingCost, type BillingCost } from "./billing-cost.ts";
import { uploadLedger, writeLedger, type UploadResult } from "./ledger-reconciliation.ts";
import { timeReports, type ReportTiming } from "./report-timing.ts";
import { seedSessions } from "./seed-sessions.ts";
import { seedTransactions } from "./seed-transactions.ts";

const GOALS = { reportMs: 1_000, reconcileSeconds: 30, reconcileMb: 300 };
const DAY_MS = 86_400_000;
/** The seeded period: 30 days (an hour report covers at most 31), well before the daily self-check's day. */
const SEED_FROM = "2026-09-01";
const SEED_DAYS = 30;
const PARTS = ["cost", "report", "reconcile"] as const;

const { values } = parseArgs({
  options: {
    db: { type: "string", default: "sqlite,postgres" },
    parts: { type: "string", default: PARTS.join(",") },
    transactions: { type: "string", default: "10000000" },
    "ledger-lines": { type: "string", default: "1000000" },
    players: { type: "string", default: "32" },
    duration: { type: "string", default: "10" },
    warmup: { type: "string", default: "3" },
    repeats: { type: "string", default: "5" },
    "cost-pairs": { type: "string", default: "3" },
  },
});
const parts = new Set(values.parts.split(","));
for (const part of parts)
  if (!(PARTS as readonly string[]).includes(part)) throw new Error(`--parts: unknown ${part}`);
const transactions = Number(values.transactions);
const ledgerLines = Number(values["ledger-lines"]);
const players = Number(values.players);

const say = (text: string) => console.log(`    ${text}`);
const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

interface DialectResult {
  readonly db: string;
  cost?: BillingCost;
  reports?: ReportTiming[];
  reconciliation?: UploadResult & { readonly lines: number };
}

async function startTarget(prepared: PreparedPlatform, workDir: string, name: string): Promise<Target> {
  const port = await freePort();
  return startPlatform({
    env: { ...prepared.env, PUBLIC_URL: `http://127.0.0.1:${port}` },
    port,
    logFile: join(workDir, `platform-${name}.log`),
  });
}

async function benchDialect(db: "sqlite" | "postgres"): Promise<DialectResult> {
  console.log(`\n== billing on ${db} ==`);
  const result: DialectResult = { db };
  const workDir = await mkdtemp(join(tmpdir(), `billing-bench-${db}-`));
  const wallet = await startWallet(join(workDir, "wallet"), players);
  let walletStopped = false;
  const prepared = await preparePlatform(db, {
    callbackUrl: `${wallet.url}/wallet`,
    timeoutMs: 5_000,
    maxConcurrency: 1_000,
  });
  let platform: Target | undefined;
  try {
    await setWalletSalts(wallet.url, [prepared.operator.salt]);
    // Sessions for the players (and for the seeded rounds), launched through /v1.
    platform = await startTarget(prepared, workDir, "launch");
    const tokens: string[] = [];
    for (let i = 0; i < players; i++) {
      tokens.push(
        (await launchSession(platform.url, prepared.operator.apiToken, `bench-${i}`, STUDIO_GAME)).token,
      );
    }
    await platform.stop();
    platform = undefined;

    if (parts.has("cost")) {
      console.log(
        `  billing's cost per round (${players} players, ${values.duration} s each way, ${values["cost-pairs"]} pairs)`,
      );
      result.cost = await measureBillingCost({
        prepared,
        wallet,
        tokens,
        workDir,
        warmupMs: Number(values.warmup) * 1000,
        durationMs: Number(values.duration) * 1000,
        pairs: Number(values["cost-pairs"]),
        progress: say,
      });
    }
    await wallet.stop();
    walletStopped = true;
    if (!parts.has("report") && !parts.has("reconcile")) return result;

    console.log(
      `  seeding ${transactions.toLocaleString("en")} wallet calls over ${SEED_DAYS} days from ${SEED_FROM}`,
    );
    const fromMs = Date.parse(`${SEED_FROM}T00:00:00Z`);
    const sessions = await seedSessions(prepared.db, prepared.operator.operatorId);
    const seeded = await seedTransactions(
      prepared.db,
      {
        operatorId: prepared.operator.operatorId,
        environment: "sandbox",
        transactions,
        fromMs,
        days: SEED_DAYS,
        games: 20,
        players: 10_000,
        sessions,
      },
      say,
    );
    say(
      `seeded ${seeded.rounds.toLocaleString("en")} rounds, ${seeded.walletCalls.toLocaleString("en")} wallet calls ` +
        `(${seeded.manualCalls} waiting for manual resolution), ${seeded.hourRows.toLocaleString("en")} hour and ` +
        `${seeded.dayRows.toLocaleString("en")} day aggregate rows in ${seeded.seconds.toFixed(0)} s`,
    );

    if (parts.has("report")) {
      platform = await startTarget(prepared, workDir, "report");
      // The projector's first ticks take in what the billing-off run left; let them pass.
      await new Promise((resolve) => setTimeout(resolve, 3_000));
      console.log(
        `  GET /v1/reports ${SEED_FROM} … ${day(fromMs + (SEED_DAYS - 1) * DAY_MS)} (${values.repeats} times each)`,
      );
      result.reports = await timeReports({
        platformUrl: platform.url,
        apiToken: prepared.operator.apiToken,
        from: SEED_FROM,
        to: day(fromMs + (SEED_DAYS - 1) * DAY_MS),
        repeats: Number(values.repeats),
        platformCpuSeconds: platform.cpuSeconds,
      });
      for (const r of result.reports) {
        say(
          `${r.form.padEnd(13)} ${r.rows.toLocaleString("en").padStart(7)} rows ${(r.bytes / 1e6).toFixed(1).padStart(5)} MB   ` +
            `first ${r.firstMs.toFixed(0)} ms, median ${r.medianMs.toFixed(0)} ms, slowest ${r.slowestMs.toFixed(0)} ms, ` +
            `platform CPU ${r.cpuMsPerAnswer.toFixed(0)} ms per answer` +
            (r.rounds === undefined
              ? ""
              : `   rounds in it ${r.rounds.toLocaleString("en")}${r.rounds === seeded.rounds ? " (all)" : " (NOT all seeded rounds)"}`),
        );
      }
      await platform.stop();
      platform = undefined;
    }

    if (parts.has("reconcile")) {
      const callsPerDay = seeded.walletCalls / SEED_DAYS;
      const days = Math.min(SEED_DAYS, 31, Math.max(1, Math.ceil(ledgerLines / callsPerDay)));
      const periodFrom = fromMs + Math.min(10, SEED_DAYS - days) * DAY_MS;
      const periodTo = periodFrom + days * DAY_MS;
      const ledger = await writeLedger(prepared.db, {
        operatorId: prepared.operator.operatorId,
        environment: "sandbox",
        fromMs: periodFrom,
        toMs: periodTo,
        file: join(workDir, "ledger.csv"),
      });
      console.log(
        `  reconciling a ${ledger.lines.toLocaleString("en")}-line ledger (${(ledger.bytes / 1e6).toFixed(0)} MB, ` +
          `${day(periodFrom)} … ${day(periodTo - DAY_MS)}; made in it: ${JSON.stringify(ledger.injected)})`,
      );
      // A fresh process, so its memory is the reconciliation's and not what the reports left.
      platform = await startTarget(prepared, workDir, "reconcile");
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      const upload = await uploadLedger({
        platformUrl: platform.url,
        platformPid: platform.pid!,
        platformCpuSeconds: platform.cpuSeconds,
        apiToken: prepared.operator.apiToken,
        ledger,
        from: day(periodFrom),
        to: day(periodTo - DAY_MS),
        progress: say,
      });
      result.reconciliation = { ...upload, lines: ledger.lines };
      const r = upload.reconciliation;
      say(
        `${upload.seconds.toFixed(1)} s (platform CPU ${upload.cpuSeconds.toFixed(1)} s); platform RSS ${upload.rssBeforeMb.toFixed(0)} MB before, peak ` +
          `${upload.rssPeakMb.toFixed(0)} MB sampled every 50 ms (VmHWM ${upload.hwmAfterMb.toFixed(0)} MB); ` +
          `${r.status}: ${r.progress.linesRead.toLocaleString("en")} lines, ${r.progress.callsCompared.toLocaleString("en")} calls ` +
          `compared, ${r.matched.toLocaleString("en")} matched, differences ${JSON.stringify(
            Object.fromEntries(Object.entries(r.byKind).filter(([, n]) => n > 0)),
          )}`,
      );
      const expected = Object.entries(ledger.injected).every(([kind, n]) => r.byKind[kind] === n);
      if (!expected || r.differences !== Object.values(ledger.injected).reduce((a, b) => a + b, 0))
        say("the differences found are NOT exactly those made in the ledger");
      await rm(ledger.file, { force: true });
      await platform.stop();
      platform = undefined;
    }
    return result;
  } finally {
    await platform?.stop();
    if (!walletStopped) await wallet.stop();
    await prepared.db.dispose();
    await rm(workDir, { recursive: true, force: true });
  }
}

const results: DialectResult[] = [];
for (const db of values.db.split(",") as Array<"sqlite" | "postgres">) results.push(await benchDialect(db));

console.log("\nbilling summary");
for (const r of results) {
  if (r.cost !== undefined) {
    const { on, off, adds, addsRange } = billingCostSummary(r.cost);
    console.log(
      `  ${r.db.padEnd(9)} CPU per round (median of ${r.cost.pairs.length} pairs): billing off ${off.toFixed(3)} ms, ` +
        `on ${on.toFixed(3)} ms; billing adds ${adds.toFixed(3)} ms (${((adds / off) * 100).toFixed(0)} %; ` +
        `pairs ${addsRange[0].toFixed(3)} … ${addsRange[1].toFixed(3)} ms)`,
    );
  }
  if (r.reports !== undefined) {
    const slowest = Math.max(...r.reports.map((t) => t.slowestMs));
    const cpu = Math.max(...r.reports.map((t) => t.cpuMsPerAnswer));
    console.log(
      `  ${r.db.padEnd(9)} report over ${transactions.toLocaleString("en")} transactions: slowest answer ` +
        `${slowest.toFixed(0)} ms (platform CPU per answer at most ${cpu.toFixed(0)} ms)   goal < ${GOALS.reportMs} ms ` +
        `${slowest < GOALS.reportMs ? "ok" : "MISSED"}`,
    );
  }
  if (r.reconciliation !== undefined) {
    const { seconds, cpuSeconds, rssPeakMb, lines } = r.reconciliation;
    console.log(
      `  ${r.db.padEnd(9)} reconciliation of ${lines.toLocaleString("en")} lines: ${seconds.toFixed(1)} s ` +
        `(platform CPU ${cpuSeconds.toFixed(1)} s), ` +
        `peak RSS ${rssPeakMb.toFixed(0)} MB   goals < ${GOALS.reconcileSeconds} s ` +
        `${seconds < GOALS.reconcileSeconds ? "ok" : "MISSED"}, < ${GOALS.reconcileMb} MB ` +
        `${rssPeakMb < GOALS.reconcileMb ? "ok" : "MISSED"}`,
    );
  }
}
