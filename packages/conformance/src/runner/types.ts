/**
 * The shapes a conformance run produces. Everything here is plain data, so that a report can be
 * written as JSON, turned into JUnit XML or stored by the platform as go-live evidence.
 */

/** How one check ended. `warn` passed with a remark (e.g. latency above half the timeout). */
export type CheckStatus = "pass" | "fail" | "warn" | "skip";

/** A functional group of checks; the first segment of a check id. */
export type CheckArea =
  | "balance"
  | "debit"
  | "credit"
  | "money"
  | "idempotency"
  | "rollback"
  | "security"
  | "player"
  | "validation"
  | "transport"
  | "concurrency"
  | "latency";

/** One HTTP exchange with the operator, as evidence. The salt is never part of it. */
export interface Exchange {
  /** Why the kit sent it, e.g. "debit 150 (original)". */
  readonly label: string;
  readonly request: {
    readonly url: string;
    readonly headers: Readonly<Record<string, string>>;
    /** The exact body sent. */
    readonly body: string;
  };
  /** Absent when no answer came (network error or timeout). */
  readonly response?: {
    readonly status: number;
    readonly headers: Readonly<Record<string, string>>;
    /** The body as received, cut at {@link MAX_EVIDENCE_BODY_CHARS}. */
    readonly body: string;
  };
  /** Why no answer came: "timeout after 5000 ms", "ECONNREFUSED", … */
  readonly error?: string;
  readonly durationMs: number;
  /** Set when the call went out in the compatibility profile (a GET; the answer is `{"error":…}`). */
  readonly dialect?: "classic";
}

/** Longest response body kept as evidence. */
export const MAX_EVIDENCE_BODY_CHARS = 2_000;

/** A player's balance around the failing step. */
export interface BalanceEvidence {
  readonly playerId: string;
  /** Minor units, or the raw value when the operator answered something that is not an integer. */
  readonly before?: number | string;
  readonly after?: number | string;
}

/**
 * A section of the callback contract (`docs/protocol.md`): the heading, its anchor, and for the
 * operator duties the numbered duty.
 */
export interface ContractRef {
  readonly document: string;
  /** The heading, e.g. "Operator duties". */
  readonly section: string;
  /** The heading's anchor in the document, e.g. "operator-duties". */
  readonly anchor: string;
  /** The numbered duty inside the section, e.g. "1 Idempotency". */
  readonly duty?: string;
}

/** Why a check failed: what was expected, what came, and the exchanges that show it. */
export interface CheckFailure {
  readonly message: string;
  readonly expected: string;
  readonly actual: string;
  readonly exchanges: readonly Exchange[];
  readonly balances?: readonly BalanceEvidence[];
  /** The contract section the check tests (absent when the kit itself failed). */
  readonly contract?: ContractRef;
  /** One line on the usual cause of this failure, where to look first. */
  readonly hint?: string;
}

/** The result of one check. */
export interface CheckResult {
  readonly id: string;
  readonly title: string;
  readonly area: CheckArea;
  readonly required: boolean;
  readonly status: CheckStatus;
  readonly durationMs: number;
  /** Remarks that do not fail the check (also set when status is `warn`). */
  readonly warnings: readonly string[];
  /** Why the check was skipped. */
  readonly skipReason?: string;
  readonly failure?: CheckFailure;
  /** Measurements a check reports, e.g. latency percentiles. */
  readonly metrics?: Readonly<Record<string, number>>;
  /** How many calls the check made. */
  readonly calls: number;
}

/** Whether the kit left a test player's balance where it found it. */
export interface BalanceAccount {
  readonly playerId: string;
  /** Balance before the first check, minor units; undefined when the answer was not an integer. */
  readonly startMinor?: number;
  /** Balance after the run and any balancing call. */
  readonly endMinor?: number;
  /**
   * end − start after the kit's clean-up and balancing call: 0 is net zero; undefined when it
   * could not be measured.
   */
  readonly residualMinor?: number;
  /**
   * The amount the kit moved in a final balancing call because rollbacks did not restore the
   * balance (positive: credited, negative: debited); 0 when none was needed.
   */
  readonly balancingMinor: number;
  /** One line for people: "net zero", "left 150 lower", "unknown: balance not an integer". */
  readonly note: string;
}

/**
 * Why a run did not reach a verdict: before its checks, the endpoint is unreachable or the setup
 * is wrong; `INTERRUPTED` means it was stopped between checks (the balances were still settled).
 */
export interface RunAbort {
  readonly code:
    "BAD_OPTIONS" | "UNREACHABLE" | "BAD_SALT" | "PLAYER_SETUP" | "CLOCK" | "CURRENCY" | "INTERRUPTED";
  readonly message: string;
  readonly exchange?: Exchange;
}

/** The whole result of a run. */
export interface ConformanceReport {
  readonly kit: { readonly name: string; readonly version: string };
  /** The wire protocol version tested. */
  readonly protocolVersion: 1;
  readonly runId: string;
  readonly target: {
    /** The callback URL without any user:password part. */
    readonly url: string;
    readonly players: readonly string[];
    readonly currency: string;
    readonly windowSeconds: number;
    readonly timeoutMs: number;
    readonly requireBodySignature: boolean;
    /** How the calls travelled: `native`, or `classic` (the compatibility profile). */
    readonly profile: "native" | "classic";
  };
  readonly startedAt: string;
  readonly finishedAt: string;
  readonly durationMs: number;
  /** `passed`: every required check passed; `aborted`: the run could not start (see `abort`). */
  readonly status: "passed" | "failed" | "aborted";
  readonly abort?: RunAbort;
  readonly summary: {
    readonly total: number;
    readonly passed: number;
    readonly warned: number;
    readonly failed: number;
    readonly requiredFailed: number;
    readonly advisoryFailed: number;
    readonly skipped: number;
  };
  readonly checks: readonly CheckResult[];
  readonly balances: readonly BalanceAccount[];
}

/** What `onProgress` hears, in order. */
export type ProgressEvent =
  | { readonly type: "run-start"; readonly runId: string; readonly checks: readonly CheckInfo[] }
  | {
      readonly type: "check-start";
      readonly check: CheckInfo;
      readonly index: number;
      readonly total: number;
    }
  | {
      readonly type: "check-end";
      readonly result: CheckResult;
      readonly index: number;
      readonly total: number;
    }
  | { readonly type: "run-end"; readonly report: ConformanceReport };

/** A check's static description. */
export interface CheckInfo {
  readonly id: string;
  readonly title: string;
  readonly area: CheckArea;
  readonly required: boolean;
  /** What the check proves, in a sentence or two (shown in the README and `--list`). */
  readonly description: string;
}
