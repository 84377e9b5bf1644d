/** The two worlds an operator lives in; every row of operator data belongs to one. */
export type Environment = "sandbox" | "live";

/** How the platform talks to one operator's wallet in one environment. */
export interface WalletEndpoint {
  readonly operatorId: string;
  readonly environment: Environment;
  readonly callbackUrl: string;
  /** The salt the platform signs with now (during a rotation, the old one until the operator confirms). */
  readonly signingSalt: string;
  /** Native JSON POST, or the GameHub-style GET dialect (PROTOCOL "Compatibility profile"). */
  readonly profile: "native" | "gamehub";
  /** No answer within this time is an unknown outcome. Default 5000. */
  readonly timeoutMs: number;
  /** At most this many calls in flight to this operator at once. */
  readonly maxConcurrency: number;
  readonly breaker: {
    /** Consecutive unknown outcomes that open the circuit. */
    readonly failureThreshold: number;
    /** How long the circuit stays open before one trial call. */
    readonly cooldownMs: number;
  };
}

/**
 * Finds the wallet endpoint of an operator in an environment; undefined when the operator
 * has none configured. Implemented by the operators domain; the callback client only reads.
 */
export type WalletEndpointLookup = (
  operatorId: string,
  environment: Environment,
) => Promise<WalletEndpoint | undefined>;
