import type { Kysely } from "kysely";
import type { Database } from "../db/database.ts";
import type { ServiceDeps } from "../deps.ts";
import { enqueueNotification } from "../notifications/enqueue.ts";
import { creditStateOf } from "./present.ts";

/**
 * After the credit of an operator changed (a top-up, a correction, fees, a new threshold):
 * when its state got worse (`ok` → `low` → `exhausted`), the operator is notified once per
 * crossing (`credit.low`, `credit.exhausted`); a state that got better is just remembered, so the
 * next fall notifies again. The remembered state and the notification commit together.
 */
export async function notifyCreditChange(
  deps: Pick<ServiceDeps, "db" | "clock" | "ids" | "logger">,
  operatorId: string,
): Promise<void> {
  await deps.db.transaction().execute((trx) => checkCreditNotice(deps, trx, operatorId));
}

/** The same, inside the caller's transaction (the fee charger's: the notice commits with the fees). */
export async function checkCreditNotice(
  deps: Pick<ServiceDeps, "clock" | "ids" | "logger">,
  trx: Kysely<Database>,
  operatorId: string,
): Promise<void> {
  {
    const account = await trx
      .selectFrom("billing_accounts")
      .selectAll()
      .where("operator_id", "=", operatorId)
      .executeTakeFirst();
    if (account === undefined) return;
    const state = creditStateOf(account);
    const previous = await trx
      .selectFrom("billing_credit_notices")
      .select("state")
      .where("operator_id", "=", operatorId)
      .executeTakeFirst();
    // Before the first top-up an account is "exhausted" by definition: nothing to warn about.
    const before = previous?.state ?? "exhausted";
    if (before === state) return;
    const now = deps.clock();
    await trx
      .insertInto("billing_credit_notices")
      .values({ operator_id: operatorId, state, changed_at_ms: now })
      .onConflict((oc) => oc.column("operator_id").doUpdateSet({ state, changed_at_ms: now }))
      .execute();
    const rank = { ok: 0, low: 1, exhausted: 2 } as const;
    if (rank[state] <= rank[before as keyof typeof rank]) return;
    const event = state === "low" ? "credit.low" : "credit.exhausted";
    await enqueueNotification(deps, trx, {
      operatorId,
      event,
      dedupeKey: `${event}:${account.last_seq}`,
      data: {
        balanceMinor: account.balance_minor,
        currency: account.currency,
        lowCreditThresholdMinor: account.low_credit_threshold_minor,
      },
    });
    deps.logger.warn({ operatorId, state, balanceMinor: account.balance_minor }, `prepaid credit ${state}`);
  }
}
