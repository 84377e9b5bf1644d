// The load generator: virtual players each playing rounds back to back (a debit then a credit
// with round_closed), either straight against the wallet or through the provider gateway. Both
// use the same HTTP client (an undici pool per target, one connection per player), so the client's
// own cost is the same on both sides of the ratio.
import { signCall } from "@croupier/protocol";
import { Pool } from "undici";
import { signGatewayRequest } from "../src/provider-gateway/signature.ts";

export interface RoundStats {
  rounds: number;
  failures: number;
  /** Client-observed latency of each callback request, µs. */
  readonly latenciesMicros: number[];
  /** Request ids of the measured requests (gateway runs), in order. */
  readonly requestIds: string[];
}

export interface RunResult {
  readonly roundsPerSecond: number;
  readonly rounds: number;
  readonly failures: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly requestIds: readonly string[];
  /** CPU milliseconds per round of each metered process during the measured part. */
  readonly cpuMsPerRound: Readonly<Record<string, number>>;
}

export type PlayRound = (player: number, round: number, stats: RoundStats) => Promise<void>;

export function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

/**
 * Runs `players` loops of `playRound` for a warm-up, then measures for `durationMs`. With
 * `roundsPerSecond` the rounds are paced (open loop: round k starts no earlier than k/rate), so the
 * system runs at that load instead of its maximum.
 */
export async function runRounds(options: {
  readonly players: number;
  readonly warmupMs: number;
  readonly durationMs: number;
  readonly roundsPerSecond?: number;
  readonly playRound: PlayRound;
  /** Processes whose CPU time to meter: name → CPU seconds used so far. */
  readonly cpu?: Readonly<Record<string, () => number>>;
}): Promise<RunResult> {
  const warm: RoundStats = { rounds: 0, failures: 0, latenciesMicros: [], requestIds: [] };
  const measured: RoundStats = { rounds: 0, failures: 0, latenciesMicros: [], requestIds: [] };
  let current = warm;
  let stopping = false;
  const startedAt = performance.now();
  let scheduled = 0;
  const nextSlot = async () => {
    if (options.roundsPerSecond === undefined) return;
    const slotMs = startedAt + (scheduled++ * 1000) / options.roundsPerSecond;
    const wait = slotMs - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  };
  const loops = Array.from({ length: options.players }, async (_, player) => {
    for (let round = 0; !stopping; round += 1) {
      await nextSlot();
      if (stopping) break;
      const stats = current;
      try {
        await options.playRound(player, round, stats);
        stats.rounds += 1;
      } catch (error) {
        stats.failures += 1;
        if (stats.failures <= 3) console.error(`  round failed: ${(error as Error).message}`);
      }
    }
  });
  await new Promise((resolve) => setTimeout(resolve, options.warmupMs));
  current = measured;
  const meters = Object.entries(options.cpu ?? {});
  const cpuBefore = meters.map(([, read]) => read());
  const measuredFrom = performance.now();
  await new Promise((resolve) => setTimeout(resolve, options.durationMs));
  const elapsedMs = performance.now() - measuredFrom;
  const cpuMsPerRound = Object.fromEntries(
    meters.map(([name, read], index) => [name, ((read() - cpuBefore[index]!) * 1000) / measured.rounds]),
  );
  current = warm;
  stopping = true;
  await Promise.all(loops);
  const sorted = [...measured.latenciesMicros].sort((a, b) => a - b);
  return {
    roundsPerSecond: (measured.rounds / elapsedMs) * 1000,
    rounds: measured.rounds,
    failures: measured.failures,
    p50Ms: percentile(sorted, 50) / 1000,
    p99Ms: percentile(sorted, 99) / 1000,
    requestIds: measured.requestIds,
    cpuMsPerRound,
  };
}

async function timedPost(
  pool: Pool,
  stats: RoundStats,
  path: string,
  headers: Record<string, string>,
  body: string,
): Promise<{ status: number; text: string }> {
  const started = process.hrtime.bigint();
  const response = await pool.request({ method: "POST", path, headers, body });
  const text = await response.body.text();
  stats.latenciesMicros.push(Number((process.hrtime.bigint() - started) / 1000n));
  return { status: response.statusCode, text };
}

/** Rounds straight against the wallet: signed debit, then signed closing credit. */
export function directRounds(walletUrl: string, salt: string, players: number, runId: string) {
  const pool = new Pool(walletUrl, { connections: players, pipelining: 1 });
  let sequence = 0;
  const play: PlayRound = async (player, round, stats) => {
    const common = {
      player_id: `bench-${player}`,
      session_id: `bench-s${player}`,
      currency: "EUR",
      game_id: "bench-game",
      round_id: `${runId}-${player}-${round}`,
      rb: 0 as const,
    };
    for (const [action, amount] of [
      ["debit", 100],
      ["credit", 50],
    ] as const) {
      const call = signCall(
        { ...common, action, call_id: `${runId}-${++sequence}`, amount, round_closed: action === "credit" },
        salt,
        Date.now(),
      );
      const answer = await timedPost(pool, stats, "/wallet", call.headers, call.body);
      if (answer.status !== 200 || !answer.text.startsWith('{"status":"ok"'))
        throw new Error(`direct ${action}: ${answer.status} ${answer.text}`);
    }
  };
  return { play, close: () => pool.close() };
}

/**
 * The same rounds through the provider gateway: a bet, then a closing win, each signed by the
 * studio. With several platform URLs (processes on one database), player i plays through URL i mod n.
 */
export function gatewayRounds(
  platformUrl: string | readonly string[],
  studioKey: { readonly keyId: string; readonly secret: string },
  tokens: readonly string[],
  runId: string,
) {
  const urls = typeof platformUrl === "string" ? [platformUrl] : platformUrl;
  const pools = urls.map(
    (url) => new Pool(url, { connections: Math.ceil(tokens.length / urls.length), pipelining: 1 }),
  );
  const play: PlayRound = async (player, round, stats) => {
    const pool = pools[player % pools.length]!;
    const tag = `${runId}-${player}-${round}`;
    const steps = [
      ["/gateway/v1/bet", { transaction_id: `b-${tag}`, amount: 100 }],
      ["/gateway/v1/win", { transaction_id: `w-${tag}`, amount: 50, round_closed: true }],
    ] as const;
    for (const [path, fields] of steps) {
      const body = JSON.stringify({ session_token: tokens[player], round_id: `r-${tag}`, ...fields });
      const headers = signGatewayRequest(studioKey, {
        method: "POST",
        path,
        body,
        timestampSeconds: Math.floor(Date.now() / 1000),
      });
      // The transaction id doubles as the request id, so the platform's log line of this
      // request can be matched with the wallet call it made.
      stats.requestIds.push(fields.transaction_id);
      const answer = await timedPost(
        pool,
        stats,
        path,
        { ...headers, "content-type": "application/json", "x-request-id": fields.transaction_id },
        body,
      );
      if (answer.status !== 200) throw new Error(`gateway ${path}: ${answer.status} ${answer.text}`);
    }
  };
  return { play, close: async () => void (await Promise.all(pools.map((pool) => pool.close()))) };
}
