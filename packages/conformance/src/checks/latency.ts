import { describeAnswer } from "../runner/answers.ts";
import type { Sent } from "../runner/check-context.ts";
import { check, type Check } from "./check.ts";

/** Balance calls in the burst, and how many are in flight at once. */
const BURST_CALLS = 50;
const BURST_CONCURRENCY = 10;

/** The nearest-rank percentile of sorted samples. */
export function percentile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return 0;
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil(q * sorted.length)));
  return sorted[rank - 1] ?? 0;
}

/** Latency against the platform's callback timeout. */
export const latencyChecks: readonly Check[] = [
  check({
    id: "latency.p99",
    title: "p99 latency under the platform's timeout",
    area: "latency",
    required: true,
    description:
      `${BURST_CALLS} balance calls, ${BURST_CONCURRENCY} at a time: every one answers ok and the 99th ` +
      "percentile is under the platform's timeout (--timeout-ms). Above half of it the check warns: the " +
      "network between the platform and the operator adds to it.",
    async run(ctx) {
      const timeoutMs = ctx.options.timeoutMs;
      const sent: Sent[] = [];
      let next = 0;
      // A fixed pool of workers keeps exactly BURST_CONCURRENCY calls in flight until all are sent.
      const worker = async (): Promise<void> => {
        while (next < BURST_CALLS) {
          next += 1;
          sent.push(await ctx.send(`burst balance ${next}`, ctx.calls.balance(ctx.player)));
        }
      };
      await Promise.all(Array.from({ length: BURST_CONCURRENCY }, worker));
      const failed = sent.filter((s) => s.answer.kind !== "ok");
      const sorted = sent.map((s) => s.exchange.durationMs).sort((a, b) => a - b);
      const p50 = percentile(sorted, 0.5);
      const p99 = percentile(sorted, 0.99);
      ctx.metric("calls", sorted.length);
      ctx.metric("p50Ms", p50);
      ctx.metric("p99Ms", p99);
      ctx.metric("maxMs", sorted[sorted.length - 1] ?? 0);
      ctx.metric("timeoutMs", timeoutMs);
      const first = failed[0];
      if (first !== undefined) {
        ctx.fail(
          `${failed.length} of ${BURST_CALLS} burst calls failed`,
          "every call ok within the timeout",
          describeAnswer(first.answer),
          failed,
        );
      }
      if (p99 >= timeoutMs) {
        ctx.fail("p99 latency reaches the platform's timeout", `p99 < ${timeoutMs} ms`, `p99 ${p99} ms`);
      }
      if (p99 > timeoutMs / 2) {
        ctx.warn(
          `p99 ${p99} ms is above half the platform's timeout (${timeoutMs} ms): little room for the network`,
        );
      }
    },
  }),
];
