import type { BalanceEvidence, CheckFailure, Exchange } from "./types.ts";
import { MAX_EVIDENCE_BODY_CHARS } from "./types.ts";

/** Thrown by a check's expectations: ends the check as failed, with its evidence. */
export class CheckFailed extends Error {
  readonly failure: CheckFailure;
  constructor(failure: CheckFailure) {
    super(failure.message);
    this.name = "CheckFailed";
    this.failure = failure;
  }
}

/** Thrown by `ctx.skip()`: the check does not apply to this operator. */
export class CheckSkipped extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = "CheckSkipped";
  }
}

/** Builds a failure, cutting long bodies so a report stays readable. */
export function failure(input: {
  message: string;
  expected: string;
  actual: string;
  exchanges?: readonly Exchange[];
  balances?: readonly BalanceEvidence[];
}): CheckFailed {
  return new CheckFailed({
    message: input.message,
    expected: input.expected,
    actual: input.actual,
    exchanges: (input.exchanges ?? []).slice(-MAX_EVIDENCE_EXCHANGES).map(trimExchange),
    ...(input.balances === undefined ? {} : { balances: input.balances }),
  });
}

/** A failure names at most this many exchanges (a burst of 20 keeps its last few). */
const MAX_EVIDENCE_EXCHANGES = 8;

function trimExchange(exchange: Exchange): Exchange {
  if (exchange.response === undefined || exchange.response.body.length <= MAX_EVIDENCE_BODY_CHARS) {
    return exchange;
  }
  return {
    ...exchange,
    response: {
      ...exchange.response,
      body: `${exchange.response.body.slice(0, MAX_EVIDENCE_BODY_CHARS)}… (cut)`,
    },
  };
}
