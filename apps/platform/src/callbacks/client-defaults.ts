/**
 * Every default of the callback client, named, with the reason for its value (STYLE 8).
 * Per-operator values (timeout, concurrency, breaker) come from the operator's WalletEndpoint;
 * these apply when a value is missing or out of range, and bound what an operator may set.
 */
import { MAX_RESPONSE_BYTES } from "@croupier/protocol";

/**
 * Time one attempt may take, connect + headers + body together. The protocol promises operators
 * a synchronous call; five seconds is long enough for a slow wallet and short enough that a
 * player waiting on a bet still gets an answer.
 */
export const DEFAULT_TIMEOUT_MS = 5_000;
/** Shortest and longest per-operator timeout we honour: below 50 ms no wallet answers; above 30 s a player has left. */
export const MIN_TIMEOUT_MS = 50;
export const MAX_TIMEOUT_MS = 30_000;

/**
 * Largest answer we read. A wallet answer is ~100 bytes; anything past 64 KiB is not a wallet
 * answer, so it is an unknown outcome and reading stops (the socket is dropped).
 */
export const MAX_RESPONSE_BODY_BYTES = MAX_RESPONSE_BYTES;

/** Calls in flight to one operator when its endpoint says nothing: enough for a busy table, not a flood. */
export const DEFAULT_MAX_CONCURRENCY = 32;
/** No operator setting may exceed this: one operator must not take every socket of the process. */
export const MAX_CONCURRENCY_CAP = 512;
/**
 * Calls that may wait for a free slot per operator. Beyond that the operator is not keeping up,
 * and waiting longer only turns slow into stuck: the call is refused as not sent.
 */
export const MAX_QUEUED_CALLS_PER_OPERATOR = 1_000;

/** Consecutive unknown outcomes that open an operator's circuit when its endpoint says nothing. */
export const DEFAULT_BREAKER_FAILURE_THRESHOLD = 5;
/** How long an open circuit rests before one trial call when the endpoint says nothing. */
export const DEFAULT_BREAKER_COOLDOWN_MS = 30_000;
/**
 * While the trial call of a half-open circuit is in flight, others are refused and told to come
 * back after this long: the trial answers within one timeout at most.
 */
export const HALF_OPEN_RETRY_MS = 1_000;

/**
 * Sockets kept per operator origin. Several operators may share an origin (a wallet vendor);
 * their per-operator semaphores bound real use, this bounds the total.
 */
export const MAX_CONNECTIONS_PER_ORIGIN = 512;
/** Idle keep-alive sockets close after this; below the 5 s Node servers default so we close first. */
export const KEEP_ALIVE_TIMEOUT_MS = 4_000;
/** Pools kept at once; the least recently used one is closed beyond this (operators come and go). */
export const MAX_POOLS = 1_000;
/** undici's own timeouts, only a backstop: our per-call abort timer always fires first. */
export const TRANSPORT_BACKSTOP_TIMEOUT_MS = 2 * MAX_TIMEOUT_MS;

/** Keeps an operator-supplied number inside [min, max], or the default when it is not a finite integer. */
export function bounded(value: number | undefined, fallback: number, min: number, max: number): number {
  if (value === undefined || !Number.isFinite(value)) return fallback;
  return Math.min(max, Math.max(min, Math.trunc(value)));
}
