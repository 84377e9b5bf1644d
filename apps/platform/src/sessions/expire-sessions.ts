import type { ServiceDeps } from "../deps.ts";
import { DEFAULT_SESSION_SWEEP_INTERVAL_MS, MAX_SESSIONS_PER_SWEEP } from "./settings.ts";

/**
 * Marks sessions that can no longer play as `expired`: active ones idle for `idleTimeoutMs`
 * (reason `idle`), and created ones whose launch URL was never opened in time
 * (`launch_not_opened`). Bets check idleness themselves, so this only keeps statuses and lists
 * truthful; at most MAX_SESSIONS_PER_SWEEP per kind and call.
 */
export async function expireIdleSessions(
  deps: Pick<ServiceDeps, "db" | "clock">,
  options: { readonly idleTimeoutMs: number },
): Promise<{ readonly idle: number; readonly notOpened: number }> {
  const now = deps.clock();
  const idleIds = deps.db
    .selectFrom("game_sessions")
    .select("id")
    .where("status", "=", "active")
    .where("last_activity_at_ms", "<", now - options.idleTimeoutMs)
    .limit(MAX_SESSIONS_PER_SWEEP);
  const idle = await deps.db
    .updateTable("game_sessions")
    .set({ status: "expired", ended_at_ms: now, end_reason: "idle" })
    .where("id", "in", idleIds)
    .where("status", "=", "active")
    .where("last_activity_at_ms", "<", now - options.idleTimeoutMs)
    .executeTakeFirst();
  const unopenedIds = deps.db
    .selectFrom("game_sessions")
    .select("id")
    .where("status", "=", "created")
    .where("launch_expires_at_ms", "<=", now)
    .limit(MAX_SESSIONS_PER_SWEEP);
  const notOpened = await deps.db
    .updateTable("game_sessions")
    .set({ status: "expired", ended_at_ms: now, end_reason: "launch_not_opened" })
    .where("id", "in", unopenedIds)
    .where("status", "=", "created")
    .executeTakeFirst();
  return { idle: Number(idle.numUpdatedRows), notOpened: Number(notOpened.numUpdatedRows) };
}

export interface SessionSweeper {
  stop(): Promise<void>;
}

/** Runs `expireIdleSessions` every `intervalMs` until stopped. */
export function startSessionSweeper(
  deps: Pick<ServiceDeps, "db" | "clock" | "logger">,
  options: { readonly idleTimeoutMs: number; readonly intervalMs?: number },
): SessionSweeper {
  let running: Promise<unknown> = Promise.resolve();
  const timer = setInterval(() => {
    running = running.then(() =>
      expireIdleSessions(deps, options).catch((error: unknown) =>
        deps.logger.error({ err: error }, "expiring idle game sessions failed"),
      ),
    );
  }, options.intervalMs ?? DEFAULT_SESSION_SWEEP_INTERVAL_MS);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
