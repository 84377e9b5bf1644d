import type { PlayerAdmin } from "../../src/store/types.ts";

/** Enough that no debit in a 10 s run can hit INSUFFICIENT_FUNDS. */
const BENCH_BALANCE_MINOR = 1_000_000_000;
/** Concurrent creates, so the store's group commit batches them instead of one fsync each. */
const SEED_CONCURRENCY = 256;

/** Creates players bench-0 … bench-(count-1) in EUR through the SDK's admin interface. */
export async function seedBenchPlayers(store: PlayerAdmin, count: number): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const playerId = `bench-${next++}`;
      const result = await store.createPlayer({
        playerId,
        currency: "EUR",
        balanceMinor: BENCH_BALANCE_MINOR,
      });
      if (!result.ok && result.code !== "PLAYER_EXISTS")
        throw new Error(`seeding ${playerId}: ${result.message}`);
    }
  };
  await Promise.all(Array.from({ length: SEED_CONCURRENCY }, worker));
}
