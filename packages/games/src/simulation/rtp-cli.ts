/**
 * `npm run rtp` — theoretical vs simulated RTP of every bundled title.
 *
 *   --rounds N      rounds per title (default 1e7; "2e8" works)
 *   --title ID      only this title (repeat, or comma-separate)
 *   --seed S        seed of the deterministic generator (default "rtp"); --crypto uses node:crypto
 *   --out FILE      where to save the Markdown table (default packages/games/RTP.md); --no-write skips it
 *   --calibrate     blackjack: write the simulation into the title's rtpEvidence and published.rtp
 *
 * Titles are split into slices run on a worker_threads pool (one worker per core). Exits 1 when a
 * theoretical RTP lies more than 4 standard errors from its simulation.
 */
import { writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { Worker } from "node:worker_threads";
import { bundledCatalogue } from "../catalogue/bundled-titles.ts";
import { writeCalibration } from "./calibration.ts";
import { renderReport, zScore, type ReportRow } from "./report.ts";
import type { JobResult, SimulationJob, WorkerMessage } from "./rtp-worker.ts";
import { summarize } from "./simulate.ts";

const { values } = parseArgs({
  options: {
    rounds: { type: "string", default: "1e7" },
    title: { type: "string", multiple: true },
    seed: { type: "string", default: "rtp" },
    crypto: { type: "boolean", default: false },
    out: { type: "string", default: join(import.meta.dirname, "..", "..", "RTP.md") },
    "no-write": { type: "boolean", default: false },
    calibrate: { type: "boolean", default: false },
  },
});

const rounds = Number(values.rounds);
if (!Number.isSafeInteger(rounds) || rounds < 1)
  throw new Error(`--rounds must be a positive integer, got ${values.rounds}`);
const catalogue = bundledCatalogue();
const ids = values.title ? values.title.flatMap((t) => t.split(",")) : [...catalogue.ids];
for (const id of ids)
  if (!catalogue.get(id)) throw new Error(`unknown title ${id}; known: ${catalogue.ids.join(", ")}`);

const threads = Math.max(1, Math.min(availableParallelism(), ids.length * 2));
// Two slices per title balance the pool; blackjack (slowest per round) goes first.
const parts = rounds >= 1_000_000 ? 2 : 1;
const order = (id: string) => (catalogue.get(id)?.title.engine === "blackjack" ? 0 : 1);
const jobs: SimulationJob[] = [...ids]
  .sort((a, b) => order(a) - order(b))
  .flatMap((id) =>
    Array.from({ length: parts }, (_, part) => ({
      id,
      part,
      rounds: Math.floor(rounds / parts) + (part === 0 ? rounds % parts : 0),
      seed: values.crypto ? null : values.seed,
      analyze: part === 0,
    })),
  );

const progress = new Map<string, number>();
const results: JobResult[] = [];
const started = performance.now();
const ticker = setInterval(() => {
  const done = [...progress.values()].reduce((a, b) => a + b, 0);
  const running = [...progress.entries()]
    .filter(([key, n]) => n > 0 && !results.some((r) => `${r.id}#${r.part}` === key))
    .map(([key]) => key.split("#")[0])
    .join(", ");
  process.stderr.write(`rtp: ${((100 * done) / (rounds * ids.length)).toFixed(1)}% [${running}]\n`);
}, 5000);

await new Promise<void>((resolve, reject) => {
  let next = 0;
  let active = 0;
  const feed = (worker: Worker) => {
    const job = jobs[next++];
    if (!job) {
      void worker.terminate();
      if (--active === 0) resolve();
      return;
    }
    worker.postMessage(job);
  };
  for (let i = 0; i < threads; i++) {
    const worker = new Worker(new URL("./rtp-worker.ts", import.meta.url));
    active++;
    worker.on("error", reject);
    worker.on("message", (m: WorkerMessage) => {
      if (m.type === "progress") progress.set(`${m.id}#${m.part}`, m.done);
      else {
        results.push(m.result);
        progress.set(`${m.result.id}#${m.result.part}`, m.result.rounds);
        process.stderr.write(
          `rtp: ${m.result.id} slice ${m.result.part} done in ${m.result.seconds.toFixed(1)} s\n`,
        );
        feed(worker);
      }
    });
    feed(worker);
  }
});
clearInterval(ticker);

const rows: ReportRow[] = ids.map((id) => {
  const slices = results.filter((r) => r.id === id);
  const analysis = slices.find((r) => r.analysis)?.analysis;
  if (!analysis) throw new Error(`no analysis for ${id}`);
  const sums = slices.reduce(
    (acc, r) => ({
      rounds: acc.rounds + r.rounds,
      sum: acc.sum + r.sum,
      sumSquares: acc.sumSquares + r.sumSquares,
      hits: acc.hits + r.hits,
    }),
    { rounds: 0, sum: 0, sumSquares: 0, hits: 0 },
  );
  const title = catalogue.get(id)!.title;
  return {
    id,
    engine: title.engine,
    published: title.published.rtp,
    analysis,
    sim: summarize(sums, slices[0]!.unitsPerBet),
    seconds: slices.reduce((s, r) => s + r.seconds, 0),
  };
});

const report = renderReport(rows, {
  rounds: rounds.toExponential(1).replace("e+", "e"),
  rng: values.crypto ? "node:crypto" : `xoshiro128** seed "${values.seed}"`,
  seconds: (performance.now() - started) / 1000,
});
console.log(report);
if (!values["no-write"]) {
  writeFileSync(values.out, report);
  process.stderr.write(`rtp: saved ${values.out}\n`);
}
if (values.calibrate) {
  for (const row of rows) {
    if (row.engine === "blackjack") writeCalibration(row, values.crypto ? "node:crypto" : `${values.seed}`);
  }
}
const outliers = rows.filter((r) => Math.abs(zScore(r)) > 4);
if (outliers.length > 0) {
  process.stderr.write(
    `rtp: theory more than 4 standard errors from simulation: ${outliers.map((r) => r.id).join(", ")}\n`,
  );
  process.exitCode = 1;
}
