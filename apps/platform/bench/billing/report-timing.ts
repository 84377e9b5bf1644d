// Times the operator API's report (`GET /v1/reports`, JSON and CSV, by day and by hour) over the
// whole seeded period, through real HTTP to the platform process: from the request to the last
// byte of the answer. Each form is asked `repeats` times; the first answer pays for cold caches.
import { percentile } from "../load.ts";

export interface ReportTiming {
  readonly form: string;
  readonly rows: number;
  readonly bytes: number;
  readonly firstMs: number;
  readonly medianMs: number;
  readonly slowestMs: number;
  /** CPU the platform process spent per answer (from /proc), ms: unlike wall time it hardly moves on a busy machine. */
  readonly cpuMsPerAnswer: number;
  /** Rounds summed over the report's rows (JSON forms): checks it covered every seeded round. */
  readonly rounds: number | undefined;
}

export async function timeReports(options: {
  readonly platformUrl: string;
  readonly apiToken: string;
  readonly from: string;
  readonly to: string;
  readonly repeats: number;
  readonly platformCpuSeconds: () => number;
}): Promise<ReportTiming[]> {
  const out: ReportTiming[] = [];
  for (const grain of ["day", "hour"] as const) {
    for (const format of ["json", "csv"] as const) {
      const url = `${options.platformUrl}/v1/reports?from=${options.from}&to=${options.to}&grain=${grain}&format=${format}`;
      const times: number[] = [];
      let text = "";
      const cpuBefore = options.platformCpuSeconds();
      for (let k = 0; k < options.repeats; k++) {
        const started = performance.now();
        const response = await fetch(url, { headers: { authorization: `Bearer ${options.apiToken}` } });
        text = await response.text();
        times.push(performance.now() - started);
        if (response.status !== 200) throw new Error(`report ${grain} ${format}: ${response.status} ${text}`);
      }
      const cpuMsPerAnswer = ((options.platformCpuSeconds() - cpuBefore) * 1000) / options.repeats;
      let rows: number;
      let rounds: number | undefined;
      if (format === "json") {
        const body = JSON.parse(text) as { rows: Array<{ rounds: number }> };
        rows = body.rows.length;
        rounds = body.rows.reduce((sum, row) => sum + row.rounds, 0);
      } else {
        rows = text.split("\n").filter((line) => line !== "").length - 1;
      }
      const sorted = [...times].sort((a, b) => a - b);
      out.push({
        form: `by ${grain}, ${format}`,
        rows,
        bytes: Buffer.byteLength(text),
        firstMs: times[0]!,
        medianMs: percentile(sorted, 50),
        slowestMs: sorted.at(-1)!,
        cpuMsPerAnswer,
        rounds,
      });
    }
  }
  return out;
}
