/**
 * The duties the test wallet can be told to break, one at a time. Each names the operator
 * mistake it imitates; the acceptance test says which checks must catch it.
 */
export const FAULTS = {
  "no-dedup": "a repeated call_id is executed again",
  "replay-current-balance": "a replay answers the current balance instead of the original one",
  "no-duplicate-conflict": "a call_id reused with other content replays the original answer",
  "refusal-not-replayed": "refusals (INSUFFICIENT_FUNDS) are not recorded, so a replay is evaluated afresh",
  "refusals-recorded": "a call refused by the key check claims its call_id",
  "any-key": "any key is accepted",
  "player-before-key": "the player is looked up before the key is checked",
  "no-window": "timestamps are not checked at all",
  "future-accepted": "only past timestamps are checked; any future one is accepted",
  "body-signature-ignored": "claims to enforce the body signature but never checks it",
  "http-error-status": "refusals are answered with HTTP 4xx/5xx",
  "non-json-http-400": "a body that is not JSON gets HTTP 400",
  "major-units": "balances are answered in major units (10.5)",
  "string-balance": 'balances are answered as strings ("1050")',
  "rollback-unknown-pays": "a rollback of an unknown debit pays the amount out",
  "late-original-applied": "an original arriving after its rollback is applied",
  "repeated-rollbacks-applied": "every new rollback call_id reverses the original again",
  "rollback-amount-ignored": "a rollback with another amount is applied with its own amount",
  "check-then-act-race": "debits read the balance, await, then write (a lost update under load)",
  overdraft: "debits above the balance are applied",
  "insufficient-without-balance": "INSUFFICIENT_FUNDS comes without the balance",
  "float-rounded": "fractional amounts are rounded (2.5 becomes 3)",
  "string-amount-coerced": 'string amounts are converted ("100" becomes 100)',
  "negative-accepted": "negative amounts are accepted",
  "huge-amount-accepted": "amounts beyond 2^53 are accepted",
  "missing-round-accepted": "a money call without round_id is accepted",
  "currency-ignored": "the currency of a call is never compared with the player's",
  "extra-fields-refused": "unknown extra fields are refused with INVALID_REQUEST",
  "slow-under-load": "answers slow down with the square of the calls in flight (2 ms alone, 200 ms for ten)",
} as const;

/** One broken duty, or `none` for the correct wallet. */
export type Fault = keyof typeof FAULTS | "none";
