import { recordAudit, type AuditActor } from "../audit/audit-log.ts";
import type { ServiceDeps } from "../deps.ts";
import { getOperator } from "../operators/operators.ts";
import { fail, type Failure } from "../operators/problems.ts";
import { isBillingCurrency, lockAccount, MAX_ENTRY_MINOR } from "./credit-ledger.ts";
import type { BillingProblemCode } from "./problems.ts";
import type { BillingAccountRow } from "./tables.ts";

export interface AccountSettingsInput {
  readonly operatorId: string;
  /** Only while the account has no entries: fees and top-ups must never mix currencies. */
  readonly currency?: string | undefined;
  readonly lowCreditThresholdMinor?: number | undefined;
  readonly actor: AuditActor;
}

export type AccountSettingsResult =
  | { ok: true; account: BillingAccountRow }
  | Failure<
      | "OPERATOR_NOT_FOUND"
      | Extract<BillingProblemCode, "BILLING_CURRENCY_LOCKED" | "UNKNOWN_CURRENCY" | "INVALID_AMOUNT">
    >;

/**
 * Changes an account's billing currency (admins, before the first entry) or its low-credit
 * threshold (admins and the operator itself), audited in the same transaction.
 */
export async function updateAccountSettings(
  deps: Pick<ServiceDeps, "db" | "dialect" | "clock" | "ids">,
  input: AccountSettingsInput,
): Promise<AccountSettingsResult> {
  if (input.currency !== undefined && !isBillingCurrency(input.currency)) {
    return fail("UNKNOWN_CURRENCY", `${input.currency} is not an ISO 4217 currency with a minor unit.`);
  }
  const threshold = input.lowCreditThresholdMinor;
  if (
    threshold !== undefined &&
    (!Number.isSafeInteger(threshold) || threshold < 0 || threshold > MAX_ENTRY_MINOR)
  ) {
    return fail("INVALID_AMOUNT", "The low-credit threshold is a non-negative integer in minor units.");
  }
  if ((await getOperator(deps, input.operatorId)) === undefined) {
    return fail("OPERATOR_NOT_FOUND", `No operator ${input.operatorId}.`);
  }
  return deps.db.transaction().execute(async (trx) => {
    const account = await lockAccount(deps, trx, input.operatorId);
    if (input.currency !== undefined && input.currency !== account.currency && account.last_seq > 0) {
      return fail(
        "BILLING_CURRENCY_LOCKED",
        `The account already has ${account.last_seq} entries in ${account.currency}; its currency stays.`,
      );
    }
    const changed = {
      currency: input.currency ?? account.currency,
      low_credit_threshold_minor: threshold ?? account.low_credit_threshold_minor,
    };
    await trx
      .updateTable("billing_accounts")
      .set({ ...changed, updated_at_ms: deps.clock() })
      .where("operator_id", "=", input.operatorId)
      .execute();
    await recordAudit(deps, trx, {
      actor: input.actor,
      action: "billing.account_settings",
      targetKind: "operator",
      targetId: input.operatorId,
      details: {
        before: { currency: account.currency, lowCreditThresholdMinor: account.low_credit_threshold_minor },
        after: { currency: changed.currency, lowCreditThresholdMinor: changed.low_credit_threshold_minor },
      },
    });
    return { ok: true as const, account: { ...account, ...changed } };
  });
}
