import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { bundledTitleFiles } from "../catalogue/bundled-titles.ts";
import type { ReportRow } from "./report.ts";

const SRC = join(import.meta.dirname, "..");

/**
 * Writes a blackjack simulation into its title file: `rtpEvidence` (rounds, seed, RTP, 99% CI,
 * σ, hit frequency) and `published.rtp`, which for a simulated RTP is the evidence rounded.
 */
export function writeCalibration(row: ReportRow, seed: string): void {
  const file = bundledTitleFiles().find((f) => (f.json as { id?: string }).id === row.id)?.file;
  if (!file) throw new Error(`no title file for ${row.id}`);
  const path = join(SRC, file);
  const json = JSON.parse(readFileSync(path, "utf8")) as Record<string, unknown> & {
    published: { rtp: string };
  };
  const { sim } = row;
  json.rtpEvidence = {
    method: "simulation",
    strategy: "basic",
    rounds: sim.rounds,
    seed,
    rtp: sim.rtp.toFixed(6),
    ci99: [sim.ci99[0].toFixed(6), sim.ci99[1].toFixed(6)],
    stdDev: sim.stdDev.toFixed(4),
    hitFrequency: sim.hitFrequency.toFixed(4),
  };
  json.published.rtp = (Math.round(Number(sim.rtp.toFixed(6)) * 1e4) / 100).toFixed(2);
  writeFileSync(path, `${JSON.stringify(json, null, 2)}\n`);
  process.stderr.write(`rtp: calibrated ${row.id} → ${json.published.rtp}% (${path})\n`);
}
