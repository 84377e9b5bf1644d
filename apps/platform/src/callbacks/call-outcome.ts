/**
 * What came of one attempt of a wallet call, as the callback client, its metrics and the outbox
 * read it. Only types, so that the sender and its metrics both depend on them and not on each other.
 */
import type { ResponseOutcome } from "@croupier/protocol";

/**
 * The call never left this process, so it did nothing at the operator: a definite outcome,
 * unlike `unknown`. `retryAtMs` says when the operator's circuit lets calls through again.
 */
export interface NotSent {
  readonly kind: "not_sent";
  /** `no_endpoint`: no usable endpoint (none configured, or its callback URL is not http(s)). */
  readonly cause: "circuit_open" | "queue_full" | "queue_timeout" | "no_endpoint";
  readonly reason: string;
  readonly retryAtMs?: number;
}

export type CallOutcome = ResponseOutcome | NotSent;

/** The call may or may not have taken effect; `cause` says why, bounded, for metrics and logs. */
export type UnknownOutcome = Extract<ResponseOutcome, { kind: "unknown" }>;
