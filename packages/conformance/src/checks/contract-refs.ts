import type { CheckArea, CheckInfo, ContractRef } from "../runner/types.ts";

/**
 * Where each check's duty is written down, and the mistake that usually makes it fail, so that
 * a failing report tells an operator's developer what to read and where to look first. The
 * sections are the headings of the callback contract, `docs/protocol.md` in the repository.
 */
const DOCUMENT = "docs/protocol.md";

function section(title: string, duty?: string): ContractRef {
  const anchor = title.toLowerCase().replace(/\s+/g, "-");
  return { document: DOCUMENT, section: title, anchor, ...(duty === undefined ? {} : { duty }) };
}

const TRANSPORT = section("Transport");
const REQUEST_FIELDS = section("Request fields");
const BODY_SIGNATURE = section("Body signature");
const RESPONSES = section("Responses");
const ERROR_CODES = section("Error codes");
const IDEMPOTENCY = section("Operator duties", "1 Idempotency");
const ROLLBACK = section("Operator duties", "2 Rollback");
const ATOMICITY = section("Operator duties", "3 Atomicity");

/** Per check: the section it tests and the usual cause of a failure, in one line. */
const BY_CHECK: Readonly<Record<string, readonly [ContractRef, string]>> = {
  "balance.shape": [RESPONSES, "the answer lacks `balance` or gives it as a string or in major units"],
  "debit.arithmetic": [
    RESPONSES,
    "the answer carries the balance before the call, or the amount is read as major units",
  ],
  "credit.arithmetic": [
    RESPONSES,
    "the answer carries the balance before the call, or the amount is read as major units",
  ],
  "credit.zero-amount": [REQUEST_FIELDS, "amount 0 is refused, so a lost round cannot be closed"],
  "money.integer-minor-units": [
    RESPONSES,
    "balances go out as decimals in major units (10.5) instead of integer cents (1050)",
  ],
  "debit.insufficient-funds": [
    ERROR_CODES,
    "the refusal lacks the current balance, or the debit was applied into a negative balance",
  ],
  "idempotency.replay-sequential": [
    IDEMPOTENCY,
    "a repeated call_id is processed as a new call instead of returning the stored answer",
  ],
  "idempotency.replay-concurrent": [
    IDEMPOTENCY,
    "the call_id is looked up before the transaction, not held by a unique key inside it, so copies arriving together all pass",
  ],
  "idempotency.replay-refusal": [
    IDEMPOTENCY,
    "only ok answers are stored; a refusal must be stored and replayed too",
  ],
  "idempotency.duplicate-conflict": [
    IDEMPOTENCY,
    "the stored answer is replayed without comparing the new call's content with the original's",
  ],
  "idempotency.refusals-not-recorded": [
    IDEMPOTENCY,
    "the call_id is recorded before the key, timestamp and shape are checked",
  ],
  "rollback.debit-once": [
    ROLLBACK,
    "the rollback is not tied to its rb_call_id by a unique key, so each new rollback call reverses again",
  ],
  "rollback.credit-once": [
    ROLLBACK,
    "the rollback is not tied to its rb_call_id by a unique key, so each new rollback call reverses again",
  ],
  "rollback.unknown-original": [
    ROLLBACK,
    "a rollback of an unknown call is executed like a plain debit or credit instead of answering ok",
  ],
  "rollback.late-original": [
    ROLLBACK,
    "the rollback of an unknown call is not remembered, so the original arriving later is applied",
  ],
  "rollback.refused-original": [
    ROLLBACK,
    "a rollback of a refused call moves money the original never moved",
  ],
  "rollback.amount-mismatch": [ROLLBACK, "the rollback's amount is not compared with the original's"],
  "security.invalid-key": [
    REQUEST_FIELDS,
    "the key is not compared, or computed over a reformatted timestamp instead of its text as sent",
  ],
  "security.key-before-player": [
    ERROR_CODES,
    "the player is looked up before the key is verified, telling anyone which players exist",
  ],
  "security.key-before-timestamp": [ERROR_CODES, "the timestamp is checked before the key"],
  "security.timestamp-inside-window": [
    REQUEST_FIELDS,
    "the window is narrower than configured, or the wallet's clock is off (check NTP)",
  ],
  "security.timestamp-past-expired": [REQUEST_FIELDS, "the timestamp is not checked against the window"],
  "security.timestamp-future-expired": [
    REQUEST_FIELDS,
    "only past timestamps are checked; the window applies both ways",
  ],
  "security.body-signature": [
    BODY_SIGNATURE,
    "the signature is not verified over the raw body bytes as received (re-serialised JSON differs)",
  ],
  "player.unknown": [ERROR_CODES, "an unknown player is created on the fly or answered with a generic error"],
  "player.currency-mismatch": [ERROR_CODES, "the call's currency is never compared with the player's"],
  "validation.amount-float": [
    REQUEST_FIELDS,
    "the amount is parsed as a number and rounded instead of refused",
  ],
  "validation.amount-string": [REQUEST_FIELDS, 'numeric strings ("100") are converted instead of refused'],
  "validation.amount-negative": [
    REQUEST_FIELDS,
    "negative amounts are accepted (a negative debit is a credit)",
  ],
  "validation.amount-too-large": [
    REQUEST_FIELDS,
    "amounts beyond 2^53 − 1 lose precision as a double instead of being refused",
  ],
  "validation.missing-fields": [
    REQUEST_FIELDS,
    "required fields are not checked before the call is processed",
  ],
  "validation.not-json": [TRANSPORT, "a JSON parse error escapes as HTTP 400/500 or an HTML page"],
  "validation.extra-fields-ignored": [
    REQUEST_FIELDS,
    "the parser refuses unknown fields; new optional fields may appear at any time",
  ],
  "transport.http-200-on-errors": [
    TRANSPORT,
    "refusals go out with HTTP 4xx/5xx, which the platform reads as an unknown outcome",
  ],
  "transport.json-content-type": [
    TRANSPORT,
    "the framework's default Content-Type (text/html or text/plain) is left in place",
  ],
  "concurrency.no-overdraft": [
    ATOMICITY,
    "the balance is read and written in separate steps, without a row lock or a conditional update",
  ],
  "concurrency.no-lost-update": [
    ATOMICITY,
    "the balance is read and written in separate steps, without a row lock or a conditional update",
  ],
  "latency.p99": [
    TRANSPORT,
    "slow queries or an outside call on the answer path; past the timeout the platform rolls the bet back",
  ],
};

/** For a check without its own entry (a new one): the section its area is about. */
const BY_AREA: Readonly<Partial<Record<CheckArea, ContractRef>>> = {
  balance: RESPONSES,
  debit: RESPONSES,
  credit: RESPONSES,
  money: RESPONSES,
  idempotency: IDEMPOTENCY,
  rollback: ROLLBACK,
  security: REQUEST_FIELDS,
  player: ERROR_CODES,
  validation: REQUEST_FIELDS,
  transport: TRANSPORT,
  concurrency: ATOMICITY,
  latency: TRANSPORT,
};

/**
 * The contract section a check tests and the usual cause of its failure.
 *
 * @example
 * contractOf(check).ref; // { document: "docs/protocol.md", anchor: "operator-duties", duty: "1 Idempotency", … }
 */
export function contractOf(check: Pick<CheckInfo, "id" | "area">): { ref: ContractRef; hint: string } {
  const known = BY_CHECK[check.id];
  if (known !== undefined) return { ref: known[0], hint: known[1] };
  return {
    ref: BY_AREA[check.area] ?? section("Operator duties"),
    hint: "compare the exchanges below with the section",
  };
}

/**
 * One line naming a section, for the text and JUnit reports.
 *
 * @example
 * contractLine(ref); // "Operator duties, duty 1 Idempotency (docs/protocol.md#operator-duties)"
 */
export function contractLine(ref: ContractRef): string {
  const what = ref.duty === undefined ? ref.section : `${ref.section}, duty ${ref.duty}`;
  return `${what} (${ref.document}#${ref.anchor})`;
}
