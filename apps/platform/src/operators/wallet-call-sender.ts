/**
 * The port through which operator features send one signed wallet call and read a report on it
 * (test calls, salt checks). Only types: `ServiceDeps` holds a sender, `test-call.ts` builds the
 * platform's, and neither has to import the other's module.
 */
import type { ResponseOutcome, UnsignedWalletRequest } from "@croupier/protocol";
import type { Environment } from "../callbacks/wallet-endpoint.ts";
import type { WalletProfile } from "./tables.ts";

/** Where and how to send one call. */
export interface WalletCallTarget {
  readonly callbackUrl: string;
  readonly salt: string;
  readonly profile: WalletProfile;
  readonly timeoutMs: number;
  /** Live calls never go to private addresses, whatever the policy (see privateNetworksAllowed). */
  readonly environment: Environment;
}

/** Everything an operator needs to debug their endpoint from one test call. */
export interface WalletCallReport {
  readonly request: {
    readonly method: "POST" | "GET";
    readonly url: string;
    readonly headers: Record<string, string>;
    /** The exact bytes sent (null for a GET). */
    readonly body: string | null;
  };
  /** Null when no answer arrived (timeout, refused connection, …). */
  readonly response: {
    readonly httpStatus: number;
    readonly contentType: string | null;
    /** At most 4 KiB of the answer, for display. */
    readonly body: string;
    readonly truncated: boolean;
  } | null;
  /** The protocol's reading of the answer: ok, a definite refusal, or unknown. */
  readonly outcome: ResponseOutcome;
  readonly durationMs: number;
}

/** Sends one signed call and reports on it; never throws for anything the wallet does. */
export type WalletCallSender = (
  target: WalletCallTarget,
  unsigned: UnsignedWalletRequest,
) => Promise<WalletCallReport>;
