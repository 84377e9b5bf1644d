import { commonProblems } from "../http/common-problems.ts";
import { problemFactory, type ProblemCatalogue } from "../http/problem.ts";

/**
 * Every code the provider gateway (`/gateway/v1/…`) answers, in problem+json with a stable
 * `code` (STYLE 1). Checked in this order: signature headers and signature, timestamp, studio,
 * body shape, session, idempotency (a stored answer is replayed before any other check), then
 * the request's own rules. Refusals of money requests are stored under the studio's
 * transaction id and replayed; the ones marked "retry" are not stored and may succeed later.
 * Extensions: `balance` (minor units) where known, `wallet_code` (the operator's protocol code).
 */
export const gatewayProblems = {
  ...commonProblems,
  SIGNATURE_INVALID: {
    status: 401,
    title: "Signature invalid",
    doc: "Signature headers missing or malformed, unknown or revoked key id, or the HMAC does not match method, path, timestamp and body.",
  },
  TIMESTAMP_EXPIRED: {
    status: 401,
    title: "Timestamp outside the window",
    doc: "X-Croupier-Timestamp is more than 30 s from our clock, past or future; sign again with the current time.",
  },
  STUDIO_DISABLED: {
    status: 403,
    title: "Studio disabled",
    doc: "The studio of this key is disabled on the platform; contact Croupier.",
  },
  SESSION_NOT_FOUND: {
    status: 404,
    title: "Session not found",
    doc: "No session has this session token for your studio.",
  },
  SESSION_EXPIRED: {
    status: 403,
    title: "Session expired",
    doc: "The session was idle too long: no new bets. Wins, round ends and rollbacks of open rounds still settle.",
  },
  SESSION_ENDED: {
    status: 403,
    title: "Session ended",
    doc: "The operator ended the session, or the wallet refused the player: no new bets. Open rounds still settle.",
  },
  OPERATOR_SUSPENDED: {
    status: 403,
    title: "Operator suspended",
    doc: "The operator may not start new rounds now; bets in rounds already open, wins and rollbacks still settle.",
  },
  CURRENCY_MISMATCH: {
    status: 400,
    title: "Currency mismatch",
    doc: "`currency` is not the session's currency.",
  },
  TRANSACTION_CONFLICT: {
    status: 409,
    title: "Transaction id reused",
    doc: "This transaction id was used before with other content (kind, session, round, amount or flags). Nothing changed.",
  },
  TRANSACTION_IN_PROGRESS: {
    status: 409,
    title: "Transaction in progress",
    doc: "Retry: an earlier request with this transaction id (or the bet a win or rollback depends on) still awaits the wallet.",
  },
  INSUFFICIENT_FUNDS: {
    status: 402,
    title: "Insufficient funds",
    doc: "The bet is larger than the player's balance; `balance` holds the balance. Nothing was debited.",
  },
  PLAYER_BLOCKED: {
    status: 403,
    title: "Player blocked",
    doc: "The operator does not let this player play now (self-exclusion, limits). Nothing was debited.",
  },
  BET_REFUSED: {
    status: 422,
    title: "Bet refused",
    doc: "The operator's wallet refused the bet for another reason; `wallet_code` says which. Nothing was debited.",
  },
  BET_FAILED: {
    status: 502,
    title: "Bet failed",
    doc: "The operator's wallet gave no usable answer: the bet does not stand and any debit is being rolled back. Use a new transaction id to bet again.",
  },
  BET_ROLLED_BACK: {
    status: 409,
    title: "Bet rolled back",
    doc: "A rollback of this transaction id arrived first: the bet will never be placed.",
  },
  BET_NOT_FOUND: {
    status: 404,
    title: "Bet not found",
    doc: "The transaction a rollback names is not a bet of this session.",
  },
  BET_OUT_OF_LIMITS: {
    status: 422,
    title: "Bet outside the game's limits",
    doc: "The bet is below the minimum or above the maximum of this game in the session's currency (the catalogue's limits narrowed by the operator's); `min_bet` / `max_bet` hold them. Not recorded; nothing was debited.",
  },
  WIN_LIMIT_EXCEEDED: {
    status: 422,
    title: "Win limit exceeded",
    doc: "This win would take the round's total wins past its cap: the title's or studio's maximum win multiple of the round's stakes (`cap: win_multiple`), or the operator's maximum win per round (`cap: operator_max_win`). Refused, never held or trimmed: nothing was paid and the id stays free; `max_win` is what the round may still pay. Every such refusal alerts the platform's staff.",
  },
  NO_ACCEPTED_BET: {
    status: 409,
    title: "No accepted bet in the round",
    doc: "A win needs an accepted bet in its round first.",
  },
  ROUND_NOT_FOUND: {
    status: 404,
    title: "Round not found",
    doc: "No bet was ever placed in this round of this session.",
  },
  ROUND_CLOSED: {
    status: 409,
    title: "Round closed",
    doc: "The round was closed (by a win with round_closed, a round end, or because it was abandoned); start a new round.",
  },
  ROUND_MISMATCH: {
    status: 409,
    title: "Round belongs elsewhere",
    doc: "This round id belongs to another session of your studio.",
  },
  BALANCE_LIMIT_REACHED: {
    status: 422,
    title: "Balance limit reached",
    doc: "Paying this amount would take the demo balance past the largest amount money is kept in exactly (2^53 − 1 minor units); nothing changed.",
  },
  ROUND_LIMIT_REACHED: {
    status: 409,
    title: "Round limit reached",
    doc: "The round holds the most transactions a round may have (500); close it.",
  },
  WALLET_UNAVAILABLE: {
    status: 503,
    title: "Wallet unavailable",
    doc: "The operator's wallet is not reachable or not configured; nothing was sent, nothing debited. Use a new transaction id later.",
  },
  BALANCE_UNAVAILABLE: {
    status: 503,
    title: "Balance unavailable",
    doc: "Retry: the operator's wallet did not return a balance; `wallet_code` says why when it refused.",
  },
  OVERLOADED: {
    status: 503,
    title: "Overloaded",
    doc: "Retry: the platform is not accepting new money requests right now; nothing was written or sent.",
  },
} as const satisfies ProblemCatalogue;

export type GatewayCode = keyof typeof gatewayProblems;

export const gatewayProblem = problemFactory(gatewayProblems);
