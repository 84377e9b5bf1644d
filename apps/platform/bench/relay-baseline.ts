// (r) of `npm run bench`: the same rounds through the bare Node.js relay (bare-relay-server.ts),
// at full load and then at half of it, for the relay's rounds/s and its own time per callback.
import { gatewayRounds, percentile, runRounds } from "./load.ts";
import { startBareRelay } from "./targets.ts";

export interface RelayBaseline {
  readonly roundsPerSecond: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly failures: number;
  readonly cpuMsPerRound: Readonly<Record<string, number>>;
  /** The same at half load (half of its rounds/s). */
  readonly halfCpuMsPerRound: Readonly<Record<string, number>>;
  /** The relay's own time per callback (its time minus the wallet exchange) at half load. */
  readonly addedP50Ms: number;
  readonly addedP99Ms: number;
}

export async function measureRelay(options: {
  readonly walletUrl: string;
  readonly walletCpuSeconds: () => number;
  readonly salt: string;
  readonly studioKey: { readonly keyId: string; readonly secret: string };
  readonly tokens: readonly string[];
  readonly warmupMs: number;
  readonly durationMs: number;
}): Promise<RelayBaseline> {
  const { tokens, studioKey, warmupMs, durationMs } = options;
  const players = tokens.length;
  const relay = await startBareRelay(options.walletUrl, options.salt, tokens);
  try {
    const full = gatewayRounds(relay.url, studioKey, tokens, `r${Date.now()}`);
    const atMax = await runRounds({
      players,
      warmupMs,
      durationMs,
      playRound: full.play,
      cpu: { relay: relay.cpuSeconds, wallet: options.walletCpuSeconds },
    });
    await full.close();
    await relay.takeAddedMicros();
    const half = gatewayRounds(relay.url, studioKey, tokens, `rh${Date.now()}`);
    const atHalf = await runRounds({
      players,
      warmupMs: 0,
      durationMs,
      roundsPerSecond: atMax.roundsPerSecond / 2,
      playRound: half.play,
      cpu: { relay: relay.cpuSeconds, wallet: options.walletCpuSeconds },
    });
    await half.close();
    const added = (await relay.takeAddedMicros()).sort((x, y) => x - y);
    return {
      roundsPerSecond: atMax.roundsPerSecond,
      p50Ms: atMax.p50Ms,
      p99Ms: atMax.p99Ms,
      failures: atMax.failures,
      cpuMsPerRound: atMax.cpuMsPerRound,
      halfCpuMsPerRound: atHalf.cpuMsPerRound,
      addedP50Ms: percentile(added, 50) / 1000,
      addedP99Ms: percentile(added, 99) / 1000,
    };
  } finally {
    await relay.stop();
  }
}
