import { randomSecret } from "../auth/tokens.ts";
import { recordAudit, type AuditActor } from "../audit/audit-log.ts";
import { checkCallbackUrl } from "../operators/callback-url.ts";
import type { ServiceDeps } from "../deps.ts";
import { fail, type Failure } from "../operators/problems.ts";

const secretContext = (operatorId: string) => `webhook:${operatorId}`;

export type WebhookResult =
  { ok: true; url: string | null; signingSecret?: string } | Failure<"INVALID_CALLBACK_URL">;

/**
 * Sets (or, with null, removes) the operator's webhook URL. A new URL gets a new signing secret,
 * returned only now and stored encrypted; deliveries carry `webhook-id`, `webhook-timestamp` and
 * `webhook-signature` (v1, HMAC-SHA256 over "<id>.<timestamp>.<body>"), like the wallet calls.
 */
export async function setWebhook(
  deps: Pick<ServiceDeps, "db" | "clock" | "ids" | "secretBox">,
  input: { operatorId: string; url: string | null; actor: AuditActor; allowPrivateNetworks: boolean },
): Promise<WebhookResult> {
  if (input.url === null) {
    await deps.db.transaction().execute(async (trx) => {
      await trx.deleteFrom("operator_webhooks").where("operator_id", "=", input.operatorId).execute();
      await recordAudit(deps, trx, {
        actor: input.actor,
        action: "notifications.webhook_removed",
        targetKind: "operator",
        targetId: input.operatorId,
      });
    });
    return { ok: true, url: null };
  }
  const checked = checkCallbackUrl(input.url, { allowPrivateNetworks: input.allowPrivateNetworks });
  if (!checked.ok) return fail("INVALID_CALLBACK_URL", `Webhook URL: ${checked.message}`);
  const signingSecret = randomSecret();
  const row = {
    operator_id: input.operatorId,
    url: checked.url,
    secret_encrypted: deps.secretBox.seal(signingSecret, secretContext(input.operatorId)),
    updated_at_ms: deps.clock(),
  };
  await deps.db.transaction().execute(async (trx) => {
    await trx
      .insertInto("operator_webhooks")
      .values(row)
      .onConflict((oc) => oc.column("operator_id").doUpdateSet(row))
      .execute();
    await recordAudit(deps, trx, {
      actor: input.actor,
      action: "notifications.webhook_set",
      targetKind: "operator",
      targetId: input.operatorId,
      details: { url: checked.url },
    });
  });
  return { ok: true, url: checked.url, signingSecret };
}

/** The URL and the plain signing secret, for delivery; undefined without a webhook. */
export async function webhookOf(deps: Pick<ServiceDeps, "db" | "secretBox">, operatorId: string) {
  const row = await deps.db
    .selectFrom("operator_webhooks")
    .selectAll()
    .where("operator_id", "=", operatorId)
    .executeTakeFirst();
  if (row === undefined) return undefined;
  return { url: row.url, secret: deps.secretBox.open(row.secret_encrypted, secretContext(operatorId)) };
}

export interface WebhookStatus {
  /** The configured URL, or null when events are only listed. */
  readonly url: string | null;
  readonly updatedAtMs: number | null;
  /** The latest event delivered or given up on, and how it went. */
  readonly lastDelivery: {
    readonly event: string;
    readonly state: "delivered" | "failed";
    /** When the event happened, and (delivered) when the webhook took it. */
    readonly createdAtMs: number;
    readonly deliveredAtMs: number | null;
    readonly attempts: number;
    readonly error: string | null;
  } | null;
  /** Events waiting for their next delivery attempt. */
  readonly pending: number;
  /** Whether the latest attempt at a pending event failed (the webhook is answering badly now). */
  readonly retrying: boolean;
}

/**
 * What the operator's webhook is and how it is doing: its URL (never the signing secret, which is
 * shown once when set), the last event delivered or given up on, and what waits.
 */
export async function webhookStatus(
  deps: Pick<ServiceDeps, "db">,
  operatorId: string,
): Promise<WebhookStatus> {
  const { db } = deps;
  const [hook, last, waiting] = await Promise.all([
    db
      .selectFrom("operator_webhooks")
      .select(["url", "updated_at_ms"])
      .where("operator_id", "=", operatorId)
      .executeTakeFirst(),
    db
      .selectFrom("operator_notifications")
      .select(["event", "state", "created_at_ms", "delivered_at_ms", "attempts", "last_error"])
      .where("operator_id", "=", operatorId)
      .where("state", "in", ["delivered", "failed"])
      .orderBy("created_at_ms", "desc")
      .orderBy("id", "desc")
      .limit(1)
      .executeTakeFirst(),
    db
      .selectFrom("operator_notifications")
      .select((eb) => [
        eb.fn.countAll<number | string | bigint>().as("pending"),
        eb.fn.count<number | string | bigint>("last_error").as("retrying"),
      ])
      .where("operator_id", "=", operatorId)
      .where("state", "=", "pending")
      .executeTakeFirstOrThrow(),
  ]);
  return {
    url: hook?.url ?? null,
    updatedAtMs: hook?.updated_at_ms ?? null,
    lastDelivery:
      last === undefined
        ? null
        : {
            event: last.event,
            state: last.state as "delivered" | "failed",
            createdAtMs: last.created_at_ms,
            deliveredAtMs: last.delivered_at_ms,
            attempts: last.attempts,
            error: last.last_error,
          },
    pending: Number(waiting.pending),
    retrying: Number(waiting.retrying) > 0,
  };
}
