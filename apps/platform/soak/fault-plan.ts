// Which fault the soak's proxy puts on each wallet call, drawn from the seeded source.
import type { ProxyFault } from "../src/e2e/support/wallet-proxy.ts";

/**
 * Share of wallet calls per fault (the rest pass untouched). Chosen so that every kind happens
 * hundreds of times in a 100,000-round run, while most rounds still complete:
 *
 * | fault        | what the platform sees                          | did the wallet apply it? |
 * |--------------|-------------------------------------------------|--------------------------|
 * | timeout      | no answer within the callback timeout           | yes (answer held back)   |
 * | status500    | HTTP 500                                        | yes (answer lost)        |
 * | garbage      | 200 with a body that is not JSON                | yes (answer lost)        |
 * | reset        | connection cut                                  | yes (answer lost)        |
 * | refuse500    | HTTP 500                                        | no (never forwarded)     |
 * | slow         | a late but timely answer                        | yes                      |
 */
export const FAULT_SHARES = {
  timeout: 0.01,
  status500: 0.01,
  garbage: 0.01,
  reset: 0.01,
  refuse500: 0.01,
  slow: 0.02,
} as const;

export type FaultKind = keyof typeof FAULT_SHARES;

export interface FaultPlan {
  /** The proxy's decision for one call. */
  decide(): ProxyFault;
  /** How many of each fault were injected so far. */
  readonly counts: Record<FaultKind | "pass", number>;
}

/**
 * @param callbackTimeoutMs the operator's callback timeout: a "timeout" holds the answer past it,
 *   a "slow" answer comes at a third of it.
 */
export function faultPlan(random: () => number, callbackTimeoutMs: number): FaultPlan {
  const counts: Record<FaultKind | "pass", number> = {
    pass: 0,
    timeout: 0,
    status500: 0,
    garbage: 0,
    reset: 0,
    refuse500: 0,
    slow: 0,
  };
  const table = Object.entries(FAULT_SHARES) as Array<[FaultKind, number]>;
  return {
    counts,
    decide() {
      let draw = random();
      for (const [kind, share] of table) {
        if (draw < share) {
          counts[kind] += 1;
          return faultOf(kind, callbackTimeoutMs);
        }
        draw -= share;
      }
      counts.pass += 1;
      return { kind: "pass" };
    },
  };
}

function faultOf(kind: FaultKind, callbackTimeoutMs: number): ProxyFault {
  switch (kind) {
    case "timeout":
      return { kind: "late", ms: callbackTimeoutMs + 200 };
    case "slow":
      return { kind: "late", ms: Math.floor(callbackTimeoutMs / 3) };
    default:
      return { kind };
  }
}
