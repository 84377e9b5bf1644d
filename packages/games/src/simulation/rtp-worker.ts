import { parentPort } from "node:worker_threads";
import { bundledCatalogue } from "../catalogue/bundled-titles.ts";
import { createCryptoRng } from "../rng/crypto-rng.ts";
import { createSeededRng } from "../rng/seeded-rng.ts";
import type { Rng } from "../rng/rng.ts";
import type { TitleAnalysis } from "../types.ts";
import { runRounds, type RoundSums } from "./simulate.ts";

/** A slice of one title's simulation. */
export interface SimulationJob {
  readonly id: string;
  readonly part: number;
  readonly rounds: number;
  /** Seed of the seeded generator; null: node:crypto. */
  readonly seed: string | null;
  /** Also compute the exact analysis (once per title). */
  readonly analyze: boolean;
}

/** Raw sums in kernel units, so slices of a title can be merged exactly. */
export interface JobResult extends RoundSums {
  readonly id: string;
  readonly part: number;
  readonly unitsPerBet: number;
  readonly seconds: number;
  readonly analysis?: SerializedAnalysis;
}

/** {@link TitleAnalysis} with its rationals as strings, to cross the thread boundary. */
export type SerializedAnalysis = Omit<TitleAnalysis, "rtp" | "referenceRtp"> & {
  readonly rtp: string;
  readonly rtpPercent: string;
  readonly referenceRtpPercent: string;
};

export type WorkerMessage =
  | { readonly type: "progress"; readonly id: string; readonly part: number; readonly done: number }
  | { readonly type: "result"; readonly result: JobResult };

function run(job: SimulationJob): JobResult {
  const started = performance.now();
  const loaded = bundledCatalogue().get(job.id);
  if (!loaded) throw new Error(`unknown title ${job.id}`);
  let analysis: SerializedAnalysis | undefined;
  if (job.analyze) {
    const a = loaded.analyze();
    const { rtp: _rtp, referenceRtp, ...rest } = a;
    analysis = {
      ...rest,
      rtp: a.rtp.toString(),
      rtpPercent: a.rtp.toPercent(4),
      referenceRtpPercent: (referenceRtp ?? a.rtp).toPercent(4),
    };
  }
  const kernel = loaded.kernel();
  const rng: Rng =
    job.seed === null ? createCryptoRng() : createSeededRng(`${job.seed}/${job.id}/${job.part}`);
  let nextReport = 0;
  const sums = runRounds(kernel, job.rounds, rng, (done) => {
    if (performance.now() < nextReport) return;
    parentPort?.postMessage({ type: "progress", id: job.id, part: job.part, done } satisfies WorkerMessage);
    nextReport = performance.now() + 500;
  });
  return {
    id: job.id,
    part: job.part,
    ...sums,
    unitsPerBet: kernel.unitsPerBet,
    seconds: (performance.now() - started) / 1000,
    ...(analysis ? { analysis } : {}),
  };
}

parentPort?.on("message", (job: SimulationJob) => {
  parentPort?.postMessage({ type: "result", result: run(job) } satisfies WorkerMessage);
});
