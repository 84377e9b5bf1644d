import { randomInt } from "node:crypto";
import autocannon from "autocannon";
import { signCall } from "@croupier/protocol";

export interface LoadOptions {
  readonly url: string;
  readonly salt: string;
  readonly playerCount: number;
  readonly connections: number;
  readonly durationSeconds: number;
  readonly warmupSeconds: number;
  /** Prefix making call_ids unique across targets and runs. */
  readonly runId: string;
  /** Called between the warm-up and the measured run. */
  readonly afterWarmup?: () => void;
}

export interface LoadResult {
  readonly requestsPerSecond: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly total: number;
  readonly errors: number;
  readonly timeouts: number;
  readonly non2xx: number;
  /** 200 answers whose body was not `"status":"ok"` (a wallet refusal: the mix should have none). */
  readonly notOk: number;
}

/**
 * Drives one target with the debit+credit mix: every request is built in autocannon's
 * `setupRequest` with a fresh call_id, a random player, a current timestamp and key, and the
 * body signature headers — exactly what the platform sends.
 */
export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  let sequence = 0;
  let notOk = 0;
  const request = {
    method: "POST" as const,
    path: new URL(options.url).pathname,
    setupRequest: (req: autocannon.Request) => {
      sequence += 1;
      const action = sequence % 2 === 0 ? "debit" : "credit";
      const call = signCall(
        {
          action,
          call_id: `${options.runId}-${sequence}`,
          player_id: `bench-${randomInt(options.playerCount)}`,
          session_id: "bench-session",
          currency: "EUR",
          game_id: "bench-game",
          round_id: `${options.runId}-r-${sequence}`,
          amount: 1 + randomInt(500),
          rb: 0,
          round_closed: action === "credit",
        },
        options.salt,
        Date.now(),
      );
      return { ...req, headers: call.headers, body: call.body };
    },
    onResponse: (status: number, body: string) => {
      if (status === 200 && !body.startsWith('{"status":"ok"')) {
        notOk += 1;
        if (notOk <= 3) console.error(`  refused: ${body}`);
      }
    },
  };
  const run = (durationSeconds: number) =>
    autocannon({
      url: options.url,
      connections: options.connections,
      duration: durationSeconds,
      requests: [request],
    });
  // Warm-up: JIT, connection pools, SQLite page cache. Its numbers are thrown away.
  await run(options.warmupSeconds);
  options.afterWarmup?.();
  notOk = 0;
  const result = await run(options.durationSeconds);
  return {
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    total: result.requests.total,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    notOk,
  };
}
