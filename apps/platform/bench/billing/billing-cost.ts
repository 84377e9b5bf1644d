// What billing and the report aggregates cost a round: the same players play the same rounds
// through the provider gateway against two platform processes on one database, one after the
// other in one run — first as deployed (the round projector takes each closed round into
// billing_rounds, its fee and the hour and day aggregates, a batch per second), then with
// BILLING_WORKERS=false (no projector, no self-check, no notifications) — and the CPU each spent
// per round (from /proc) is compared. The projector reads the round engine's tables and writes
// none of them, so its whole cost is this background work; a bet's own path does not change.
//
// The pair runs `pairs` times (on, off, on, off, …) and the difference is taken per pair: one
// pair's difference moved by more than billing's whole cost from one pair to the next on this
// shared machine, so the summary gives the median and the range. Billing on runs first in each
// pair; the rounds played with it off are left for the projector, which takes them in (in
// multi-row batches, back to back) during the next "on" process's warm-up, before it is measured.
import { join } from "node:path";
import { freePort } from "../../src/e2e/support/platform-process.ts";
import type { PreparedPlatform } from "../../src/e2e/support/prepared-platform.ts";
import { gatewayRounds, runRounds, type RunResult } from "../load.ts";
import { startPlatform, type Target } from "../targets.ts";

export interface BillingCostPair {
  readonly on: RunResult;
  readonly off: RunResult;
}

export interface BillingCost {
  readonly pairs: readonly BillingCostPair[];
}

/** The median of the pairs' platform CPU per round with billing on, off, and of their differences. */
export function billingCostSummary(cost: BillingCost): {
  on: number;
  off: number;
  adds: number;
  addsRange: [number, number];
} {
  const median = (values: number[]) => {
    const sorted = [...values].sort((a, b) => a - b);
    const mid = Math.floor(sorted.length / 2);
    return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  };
  const on = cost.pairs.map((p) => p.on.cpuMsPerRound.platform!);
  const off = cost.pairs.map((p) => p.off.cpuMsPerRound.platform!);
  const adds = cost.pairs.map((_, i) => on[i]! - off[i]!);
  return {
    on: median(on),
    off: median(off),
    adds: median(adds),
    addsRange: [Math.min(...adds), Math.max(...adds)],
  };
}

export async function measureBillingCost(options: {
  readonly prepared: PreparedPlatform;
  readonly wallet: Target;
  readonly tokens: readonly string[];
  readonly workDir: string;
  readonly warmupMs: number;
  readonly durationMs: number;
  readonly pairs: number;
  readonly progress: (text: string) => void;
}): Promise<BillingCost> {
  const run = async (billing: boolean): Promise<RunResult> => {
    const port = await freePort();
    const platform = await startPlatform({
      env: {
        ...options.prepared.env,
        PUBLIC_URL: `http://127.0.0.1:${port}`,
        BILLING_WORKERS: String(billing),
      },
      port,
      logFile: join(options.workDir, `platform-billing-${billing ? "on" : "off"}.log`),
    });
    try {
      const rounds = gatewayRounds(
        platform.url,
        options.prepared.studioKey,
        options.tokens,
        `${billing ? "on" : "off"}${Date.now()}`,
      );
      const result = await runRounds({
        players: options.tokens.length,
        warmupMs: options.warmupMs,
        durationMs: options.durationMs,
        playRound: rounds.play,
        cpu: { platform: platform.cpuSeconds, wallet: options.wallet.cpuSeconds },
      });
      await rounds.close();
      options.progress(
        `billing ${billing ? "on " : "off"}: ${result.roundsPerSecond.toFixed(0)} rounds/s, platform ` +
          `${result.cpuMsPerRound.platform!.toFixed(3)} ms CPU per round` +
          (result.failures > 0 ? `, ${result.failures} FAILED rounds` : ""),
      );
      return result;
    } finally {
      await platform.stop();
    }
  };
  const pairs: BillingCostPair[] = [];
  for (let i = 0; i < options.pairs; i++) {
    const on = await run(true);
    const off = await run(false);
    pairs.push({ on, off });
  }
  return { pairs };
}
