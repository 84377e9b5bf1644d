import { bodySignature } from "@croupier/protocol";
import type { ServiceDeps } from "../deps.ts";
import { enqueueNotification } from "./enqueue.ts";
import { webhookOf } from "./webhook-settings.ts";

/**
 * Delivery defaults, spelled out:
 * - NOTIFY_TIMEOUT_MS: a webhook answers an event's receipt, not its handling: 5 s is generous.
 * - backoff: 1 s doubling, capped at 10 min, with jitter in [½, 1] of the step, so a receiver
 *   that was down is not hit by every operator's backlog at once.
 * - NOTIFY_HORIZON_MS: retried for 72 h, then `failed` (still listed in the API).
 * - only a 2xx answer delivers; any other status, a timeout or a network error is retried.
 * - a claim pushes the next attempt NOTIFY_CLAIM_MS ahead first, so two processes never send the
 *   same attempt, and one that dies mid-send leaves it due again a minute later.
 */
export const NOTIFY_TIMEOUT_MS = 5_000;
export const NOTIFY_HORIZON_MS = 72 * 3_600_000;
export const NOTIFY_CLAIM_MS = 60_000;
export const NOTIFY_BATCH = 20;
const BACKOFF_BASE_MS = 1_000;
const BACKOFF_CAP_MS = 10 * 60_000;

export function nextDelayMs(attempts: number, random: () => number = Math.random): number {
  const step = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** Math.min(attempts, 20));
  return Math.round(step / 2 + (step / 2) * random());
}

/** Sends the due notifications once each; returns how many were delivered. */
export async function deliverDueNotifications(
  deps: Pick<ServiceDeps, "db" | "clock" | "secretBox" | "logger">,
  options: { fetch?: typeof fetch } = {},
): Promise<number> {
  const send = options.fetch ?? fetch;
  const now = deps.clock();
  const due = await deps.db
    .selectFrom("operator_notifications")
    .selectAll()
    .where("state", "=", "pending")
    .where("next_attempt_at_ms", "<=", now)
    .orderBy("next_attempt_at_ms")
    .limit(NOTIFY_BATCH)
    .execute();
  let delivered = 0;
  for (const n of due) {
    const claimed = await deps.db
      .updateTable("operator_notifications")
      .set({ next_attempt_at_ms: now + NOTIFY_CLAIM_MS })
      .where("id", "=", n.id)
      .where("state", "=", "pending")
      .where("next_attempt_at_ms", "=", n.next_attempt_at_ms)
      .executeTakeFirst();
    if (Number(claimed.numUpdatedRows) !== 1) continue;
    const webhook = await webhookOf(deps, n.operator_id);
    if (webhook === undefined) {
      await deps.db
        .updateTable("operator_notifications")
        .set({ state: "no_webhook" })
        .where("id", "=", n.id)
        .execute();
      continue;
    }
    const timestamp = Math.floor(deps.clock() / 1000);
    let error: string | undefined;
    try {
      const response = await send(webhook.url, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          "webhook-id": n.id,
          "webhook-timestamp": String(timestamp),
          "webhook-signature": bodySignature(n.id, timestamp, n.payload, webhook.secret),
        },
        body: n.payload,
        redirect: "manual",
        signal: AbortSignal.timeout(NOTIFY_TIMEOUT_MS),
      });
      await response.body?.cancel();
      if (response.status < 200 || response.status > 299) error = `HTTP ${response.status}`;
    } catch (cause) {
      error = cause instanceof Error ? cause.name : "network error";
    }
    const attempts = n.attempts + 1;
    const at = deps.clock();
    if (error === undefined) {
      delivered += 1;
      await deps.db
        .updateTable("operator_notifications")
        .set({ state: "delivered", attempts, delivered_at_ms: at, last_error: null })
        .where("id", "=", n.id)
        .execute();
    } else {
      const giveUp = at - n.created_at_ms > NOTIFY_HORIZON_MS;
      await deps.db
        .updateTable("operator_notifications")
        .set({
          state: giveUp ? "failed" : "pending",
          attempts,
          last_error: error,
          next_attempt_at_ms: at + nextDelayMs(attempts),
        })
        .where("id", "=", n.id)
        .execute();
      deps.logger.warn(
        { notificationId: n.id, operatorId: n.operator_id, error, attempts },
        "webhook delivery failed",
      );
    }
  }
  return delivered;
}

/**
 * Calls waiting for manual resolution, as notifications (once per call). Read from the outbox's
 * `manual` index in the background, so the round engine itself is not touched.
 */
export async function notifyManualCalls(deps: Pick<ServiceDeps, "db" | "clock" | "ids">): Promise<void> {
  const calls = await deps.db
    .selectFrom("wallet_calls as c")
    .leftJoin("operator_notifications as n", (join) =>
      join
        .onRef("n.operator_id", "=", "c.operator_id")
        .on("n.event", "=", "wallet_call.manual_resolution")
        .onRef("n.dedupe_key", "=", "c.call_id"),
    )
    .select([
      "c.call_id",
      "c.operator_id",
      "c.environment",
      "c.action",
      "c.amount_minor",
      "c.currency",
      "c.round_id",
      "c.outcome_reason",
    ])
    .where("c.state", "=", "manual")
    .where("n.id", "is", null)
    .limit(100)
    .execute();
  for (const c of calls) {
    await deps.db.transaction().execute((trx) =>
      enqueueNotification(deps, trx, {
        operatorId: c.operator_id,
        event: "wallet_call.manual_resolution",
        dedupeKey: c.call_id,
        data: {
          callId: c.call_id,
          environment: c.environment,
          action: c.action,
          amountMinor: c.amount_minor,
          currency: c.currency,
          roundId: c.round_id,
          reason: c.outcome_reason,
        },
      }),
    );
  }
}
