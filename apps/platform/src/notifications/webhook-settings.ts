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
