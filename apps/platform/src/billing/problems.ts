import type { ProblemCatalogue } from "../http/problem.ts";

/** Billing's refusals (prepaid credit, fee rates, exchange rates, statements), on every surface that shows billing. */
export const billingProblems = {
  BILLING_CURRENCY_MISMATCH: {
    status: 409,
    title: "Not the billing currency",
    doc: "The amount's currency is not the operator's billing currency; convert it first or use that currency.",
  },
  BILLING_CURRENCY_LOCKED: {
    status: 409,
    title: "Billing currency fixed",
    doc: "The billing currency can change only while the credit account has no entries.",
  },
  UNKNOWN_CURRENCY: {
    status: 400,
    title: "Unknown currency",
    doc: "The currency is not an ISO 4217 code with a minor unit.",
  },
  IDEMPOTENCY_KEY_REUSED: {
    status: 409,
    title: "Idempotency key reused with other input",
    doc: "An earlier request used this idempotency key with different content; use a new key for a new entry.",
  },
  INVALID_AMOUNT: {
    status: 400,
    title: "Invalid amount",
    doc: "Amounts are integers in minor units: a top-up above zero, a correction not zero, within ±10^15.",
  },
  INVALID_RATE: {
    status: 400,
    title: "Invalid rate",
    doc: "A fee share is 0–1 000 000 parts per million of GGR; an exchange rate is a positive integer (units per unit × 10^8) between two different known currencies.",
  },
  UNKNOWN_PROVIDER: {
    status: 400,
    title: "Unknown provider",
    doc: "No provider (the built-in studio or an outside studio in the catalogue) has this id.",
  },
  RATE_EXISTS: {
    status: 409,
    title: "A rate for that day exists",
    doc: "Rates are history: a rate set for a day cannot be replaced; set one from a later day instead.",
  },
  INVALID_PERIOD: {
    status: 400,
    title: "Invalid period",
    doc: "`from` and `to` are days (YYYY-MM-DD, UTC), `from` not after `to`, at most 366 days apart.",
  },
} as const satisfies ProblemCatalogue;

/** What launching a live game answers when the prepaid credit is used up (on `/v1/sessions`). */
export const creditLaunchProblems = {
  CREDIT_EXHAUSTED: {
    status: 402,
    title: "Prepaid credit exhausted",
    doc: "The operator's prepaid credit is at or below zero: no new live launches until a top-up. Rounds already running complete and are charged.",
  },
} as const satisfies ProblemCatalogue;

export type BillingProblemCode = keyof typeof billingProblems;
