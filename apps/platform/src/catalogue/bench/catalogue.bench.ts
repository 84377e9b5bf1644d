/**
 * Catalogue benchmark on SQLite (or PostgreSQL with --postgres, via the test database): imports
 * a 5 000-game / 60-provider feed, then measures the latency of list and search requests
 * through the real /v1 routes over loopback HTTP (sequential requests on a keep-alive
 * connection, so each figure is one request's own time) and the server's CPU time per request.
 * The client runs in a child process (`bench-client.ts`); `--no-fork` runs it in this process,
 * as the bench first did, so the CPU column then counts both. Goal: p99 under 10 ms.
 *
 *   node apps/platform/src/catalogue/bench/catalogue.bench.ts [--requests 2000] [--games 5000] [--no-load] [--no-fork] [--postgres]
 */
import { cpus, loadavg } from "node:os";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { openTestDb } from "../../db/test-databases.ts";
import { importFeed } from "../import/import-feed.ts";
import { setOperatorProviderChoice } from "../operator-settings.ts";
import { insertOperator, startCatalogueServer, testDeps } from "../test/fixtures.ts";
import { benchClient, forkedBenchClient } from "./bench-client.ts";
import { feedToCsv, generateFeed } from "./generate-feed.ts";

const { values } = parseArgs({
  allowNegative: true,
  options: {
    requests: { type: "string", default: "2000" },
    games: { type: "string", default: "5000" },
    providers: { type: "string", default: "60" },
    load: { type: "boolean", default: true },
    postgres: { type: "boolean", default: false },
    fork: { type: "boolean", default: true },
  },
});
const REQUESTS = Number(values.requests);
const WARMUP = Math.min(200, REQUESTS);
const OPERATOR = "op_bench";

const DIALECT = values.postgres ? "postgres" : "sqlite";
const testDb = await openTestDb(DIALECT);
const deps = { ...testDeps(testDb), clock: () => Date.now() };
await insertOperator(deps, OPERATOR, { jurisdictions: ["MT", "GB"] });
const feed = generateFeed({ games: Number(values.games), providers: Number(values.providers) });
const actor = { kind: "admin" as const, id: "adm_bench" };

const timed = async <T>(fn: () => Promise<T>): Promise<[T, number]> => {
  const start = performance.now();
  const result = await fn();
  return [result, performance.now() - start];
};
const [first, importMs] = await timed(() =>
  importFeed(deps, { format: "json", body: feed, dryRun: false, actor }),
);
const [again, reimportMs] = await timed(() =>
  importFeed(deps, { format: "json", body: feed, dryRun: false, actor }),
);
const csv = feedToCsv(feed);
const [csvDry, csvDryMs] = await timed(() =>
  importFeed(deps, { format: "csv", body: csv, dryRun: true, actor }),
);
if (!first.ok || !again.ok || !csvDry.ok) throw new Error("import failed");
console.log(
  `feed: ${feed.games.length} games, ${feed.providers.length} providers (JSON ${(JSON.stringify(feed).length / 1e6).toFixed(1)} MB, CSV ${(csv.length / 1e6).toFixed(1)} MB)`,
);
console.log(
  `import JSON (all added):        ${importMs.toFixed(0)} ms  ${JSON.stringify(first.report.counts)}`,
);
console.log(
  `re-import JSON (all unchanged): ${reimportMs.toFixed(0)} ms  ${JSON.stringify(again.report.counts)}`,
);
console.log(
  `dry-run CSV (all unchanged):    ${csvDryMs.toFixed(0)} ms  ${JSON.stringify(csvDry.report.counts)}`,
);

// Realistic operator state: two providers switched off; licence in MT and GB (some games blocked).
for (const providerId of ["provider-03", "provider-17"]) {
  await setOperatorProviderChoice(deps, {
    operatorId: OPERATOR,
    targetId: providerId,
    enabled: false,
    actor,
  });
}

const server = await startCatalogueServer(deps);
const client = values.fork
  ? await forkedBenchClient(server.baseUrl, OPERATOR)
  : benchClient(server.baseUrl, OPERATOR);
const get = client.get;

// A cursor 20 pages deep, to show that depth costs nothing with keyset pages.
let deepPath = "/v1/games?limit=50";
for (let page = 0; page < 20; page++) {
  const { body } = await get(deepPath);
  const next = (JSON.parse(body) as { nextCursor: string | null }).nextCursor;
  if (next === null) break;
  deepPath = `/v1/games?limit=50&cursor=${encodeURIComponent(next)}`;
}
const someGame = (JSON.parse((await get("/v1/games?limit=1&sort=rtp")).body) as { items: { id: string }[] })
  .items[0]?.id;

const scenarios: [string, string][] = [
  ["list, first page (50, name)", "/v1/games?limit=50"],
  ["list, page 21 (cursor)", deepPath],
  ["list, 200 by release date", "/v1/games?limit=200&sort=releaseDate"],
  ["list, by RTP", "/v1/games?sort=rtp"],
  ["list, provider filter", "/v1/games?provider=provider-07"],
  ["list, feature+currency+stake", "/v1/games?feature=jackpot&currency=GBP&stakeMinor=500"],
  ["search, common ('gold')", "/v1/games?search=gold"],
  ["search, prefix ('myst')", "/v1/games?search=myst"],
  ["search, no match (full scan)", "/v1/games?search=zzzq"],
  ["search + filters", "/v1/games?search=book&type=slot&volatility=high&demoAvailable=true"],
  ["game by id", `/v1/games/${someGame}`],
  ["providers", "/v1/providers"],
];

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
console.log(
  `\nlatency over loopback HTTP, ${REQUESTS} sequential requests each (after ${WARMUP} warm-up), ${DIALECT}:`,
);
// server cpu: this process's CPU time per request — with --no-fork, the client's too. Unlike
// the latencies it does not grow when other processes compete for the cores.
// client cpu: the forked client's own (reading a 135 kB body into a string alone is ~1 ms).
const headings = ["p50 ms", "p90 ms", "p99 ms", "max ms", "srv cpu", "cli cpu"]
  .map((h) => h.padStart(8))
  .join(" ");
console.log(`${"scenario".padEnd(34)} ${"items".padStart(5)} ${headings}`);
// Warm every route and query shape first, so no scenario pays for the JIT of the others.
for (let i = 0; i < WARMUP; i++) for (const [, path] of scenarios) await get(path);
let worstP99 = 0;
for (const [label, path] of scenarios) {
  const probe = await get(path);
  if (probe.status !== 200) throw new Error(`${label}: HTTP ${probe.status} ${probe.body}`);
  const items = (JSON.parse(probe.body) as { items?: unknown[] }).items?.length ?? 1;
  await client.run(path, WARMUP);
  const cpuBefore = process.cpuUsage();
  const run = await client.run(path, REQUESTS);
  const cpu = process.cpuUsage(cpuBefore);
  const samples = run.samples.sort((a, b) => a - b);
  const p99 = percentile(samples, 99);
  worstP99 = Math.max(worstP99, p99);
  const columns = [
    percentile(samples, 50),
    percentile(samples, 90),
    p99,
    samples.at(-1) ?? 0,
    (cpu.user + cpu.system) / 1000 / REQUESTS,
  ].map((v) => v.toFixed(2).padStart(8));
  columns.push((values.fork ? run.cpuMs.toFixed(2) : "-").padStart(8));
  console.log(`${label.padEnd(34)} ${String(items).padStart(5)} ${columns.join(" ")}`);
}
const [load1] = loadavg();
console.log(`\nworst p99: ${worstP99.toFixed(2)} ms — goal < 10 ms: ${worstP99 < 10 ? "met" : "NOT met"}`);
console.log(
  `machine: ${cpus().length} cores, load average ${load1?.toFixed(1)} (latencies above ~1 per core include waiting for a CPU)`,
);

if (values.load) {
  // Throughput under concurrency (10 connections) for the most common request.
  const result = await autocannon({
    url: `${server.baseUrl}/v1/games?limit=50`,
    connections: 10,
    duration: 5,
    headers: { "x-test-operator": OPERATOR },
  });
  console.log(
    `autocannon, 10 connections, 5 s, first page: ${Math.round(result.requests.average)} req/s, ` +
      `latency p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, errors ${result.errors + result.non2xx}`,
  );
}

await client.close();
await server.close();
await testDb.dispose();
