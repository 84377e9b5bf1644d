import type { Kysely } from "kysely";
import type { Database } from "../db/database.ts";
import type { ServiceDeps } from "../deps.ts";
import type { NotificationEvent } from "./tables.ts";

/**
 * Writes a notification in the caller's transaction (so it exists if and only if its cause
 * committed). The same `dedupeKey` for the same operator is written once. Delivery is the
 * dispatcher's job (deliver.ts).
 */
export async function enqueueNotification(
  deps: Pick<ServiceDeps, "clock" | "ids">,
  trx: Kysely<Database>,
  input: {
    operatorId: string;
    event: NotificationEvent;
    dedupeKey: string;
    data: Record<string, unknown>;
  },
): Promise<void> {
  const now = deps.clock();
  const id = deps.ids("ntf");
  const webhook = await trx
    .selectFrom("operator_webhooks")
    .select("operator_id")
    .where("operator_id", "=", input.operatorId)
    .executeTakeFirst();
  await trx
    .insertInto("operator_notifications")
    .values({
      id,
      operator_id: input.operatorId,
      event: input.event,
      dedupe_key: input.dedupeKey,
      payload: JSON.stringify({
        id,
        type: input.event,
        operatorId: input.operatorId,
        createdAtMs: now,
        data: input.data,
      }),
      state: webhook === undefined ? "no_webhook" : "pending",
      attempts: 0,
      next_attempt_at_ms: now,
      last_error: null,
      created_at_ms: now,
      delivered_at_ms: null,
    })
    .onConflict((oc) => oc.columns(["operator_id", "dedupe_key"]).doNothing())
    .execute();
}
