import type { BillingAccountRow, BillingEntryRow } from "./tables.ts";

export type CreditStateName = "ok" | "low" | "exhausted";

/** `exhausted` at or below zero, `low` at or below the threshold, else `ok`. */
export function creditStateOf(
  account: Pick<BillingAccountRow, "balance_minor" | "low_credit_threshold_minor">,
): CreditStateName {
  if (account.balance_minor <= 0) return "exhausted";
  if (account.balance_minor <= account.low_credit_threshold_minor) return "low";
  return "ok";
}

export function presentAccount(
  account: Pick<
    BillingAccountRow,
    "operator_id" | "currency" | "balance_minor" | "low_credit_threshold_minor"
  >,
) {
  return {
    operatorId: account.operator_id,
    currency: account.currency,
    balanceMinor: account.balance_minor,
    lowCreditThresholdMinor: account.low_credit_threshold_minor,
    state: creditStateOf(account),
  };
}

export function presentEntry(entry: BillingEntryRow) {
  return {
    id: entry.id,
    seq: entry.seq,
    kind: entry.kind,
    amountMinor: entry.amount_minor,
    currency: entry.currency,
    balanceAfterMinor: entry.balance_after_minor,
    paymentReference: entry.payment_reference,
    note: entry.note,
    fee:
      entry.kind === "fee"
        ? {
            providerId: entry.provider_id ?? "",
            roundCurrency: entry.round_currency ?? "",
            ggrMinor: entry.ggr_minor ?? 0,
            chargeableMinor: entry.chargeable_minor ?? 0,
            rounds: entry.rounds ?? 0,
          }
        : null,
    createdAtMs: entry.created_at_ms,
  };
}
