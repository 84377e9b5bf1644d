import type { CheckContext } from "../runner/check-context.ts";
import type { CheckInfo } from "../runner/types.ts";

/**
 * One named duty test. `run` sends its calls through the context and ends by returning (pass),
 * throwing through an expectation (fail, with evidence) or `ctx.skip()`. It needs no clean-up:
 * the runner rolls back whatever debit or credit it left applied.
 */
export interface Check extends CheckInfo {
  run(ctx: CheckContext): Promise<void>;
  /** Why the check does not apply to the compatibility (classic) profile; absent: it applies to both. */
  readonly nativeOnly?: string;
}

/** Reasons a check cannot apply to the compatibility profile. */
export const NATIVE_ONLY = {
  noBody: "calls in the compatibility profile carry no body (a GET with a query string)",
  noSignature: "the compatibility profile carries no body signature",
  oneRefusalCode:
    "every refusal but insufficient funds is error 2 in the compatibility profile: the order of the checks cannot be seen",
  untypedQuery: 'a query string has no types: the amount "100" and 100 are the same text',
  noBlindRollbacks:
    "under the compatibility profile the platform sends a rollback only for a debit the operator's ledger holds (docs/protocol.md, Compatibility profile)",
} as const;

/** A helper that keeps each check's literal compact and typed. */
export function check(definition: Check): Check {
  return definition;
}

/** `window − 3 s` in ms: just inside the operator's window. */
export function insideWindowMs(ctx: CheckContext): number {
  return (ctx.options.windowSeconds - 3) * 1000;
}

/** `window + 3 s` in ms: just outside the operator's window. */
export function outsideWindowMs(ctx: CheckContext): number {
  return (ctx.options.windowSeconds + 3) * 1000;
}

/** A salt the operator cannot know: makes a wrong `key`. */
export function wrongSalt(ctx: CheckContext): string {
  return `${ctx.options.salt}-not-the-salt`;
}
