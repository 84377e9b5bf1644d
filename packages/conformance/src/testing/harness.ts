import type { ConformanceOptions } from "../options.ts";
import { runConformance } from "../runner/run-conformance.ts";
import type { ConformanceReport } from "../runner/types.ts";
import type { Fault } from "./broken-wallets/faults.ts";
import { serveMemoryWallet, type RunningWallet } from "./broken-wallets/serve.ts";

/** The salt every test wallet uses. */
export const TEST_SALT = "conformance-test-salt";
/** Test players with balances that are not round, so major units show as fractions. */
export const TEST_PLAYERS = { "cf-player-1": 123_456, "cf-player-2": 98_765 } as const;

/** Starts the in-memory test wallet with the two test players and the given fault. */
export async function startTestWallet(
  fault: Fault = "none",
  options: { requireBodySignature?: boolean } = {},
): Promise<RunningWallet> {
  return serveMemoryWallet({
    salt: TEST_SALT,
    players: Object.fromEntries(
      Object.entries(TEST_PLAYERS).map(([id, balance]) => [id, { currency: "EUR", balance }]),
    ),
    fault,
    requireBodySignature: options.requireBodySignature === true,
  });
}

/** Kit options for a test wallet at `url`. */
export function kitOptions(url: string, overrides: Partial<ConformanceOptions> = {}): ConformanceOptions {
  return {
    url,
    salt: TEST_SALT,
    players: Object.keys(TEST_PLAYERS),
    currency: "EUR",
    timeoutMs: 2_000,
    ...overrides,
  };
}

/** Runs the kit once against a fresh test wallet with `fault`, then stops the wallet. */
export async function runAgainst(
  fault: Fault,
  options: { requireBodySignature?: boolean; timeoutMs?: number } = {},
): Promise<{ report: ConformanceReport; balances: Record<string, number | undefined> }> {
  const running = await startTestWallet(fault, options);
  try {
    const report = await runConformance(
      kitOptions(running.url, {
        requireBodySignature: options.requireBodySignature === true,
        ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
      }),
    );
    const balances = Object.fromEntries(
      Object.keys(TEST_PLAYERS).map((id) => [id, running.wallet.balanceOf(id)]),
    );
    return { report, balances };
  } finally {
    await running.close();
  }
}

/** Ids of the checks that failed in a report. */
export function failedIds(report: ConformanceReport): string[] {
  return report.checks.filter((c) => c.status === "fail").map((c) => c.id);
}
