import { HALF_OPEN_RETRY_MS } from "./client-defaults.ts";

export interface BreakerSettings {
  readonly failureThreshold: number;
  readonly cooldownMs: number;
}

export type BreakerPermit =
  | { readonly allowed: true; readonly trial: boolean }
  | { readonly allowed: false; readonly retryAtMs: number };

/**
 * A circuit breaker for one operator. Closed: every call goes. After `failureThreshold`
 * consecutive unknown outcomes it opens: calls are not sent at all (they would only pile up on a
 * wallet that is not answering) until `cooldownMs` has passed; then exactly one trial call goes.
 * Its answer decides: any well-formed answer (ok or a definite refusal: the wallet is alive)
 * closes the circuit, another unknown outcome opens it for a new cooldown.
 */
export class CircuitBreaker {
  #consecutiveFailures = 0;
  #openedAtMs: number | undefined;
  #trialInFlight = false;

  /** Whether a call may go now; a granted trial must be followed by `record`. */
  permit(nowMs: number, settings: BreakerSettings): BreakerPermit {
    if (this.#openedAtMs === undefined) return { allowed: true, trial: false };
    const reopenAtMs = this.#openedAtMs + settings.cooldownMs;
    if (nowMs < reopenAtMs) return { allowed: false, retryAtMs: reopenAtMs };
    if (this.#trialInFlight) return { allowed: false, retryAtMs: nowMs + HALF_OPEN_RETRY_MS };
    this.#trialInFlight = true;
    return { allowed: true, trial: true };
  }

  /** Records how a call that was sent ended. */
  record(result: "answered" | "unknown", trial: boolean, nowMs: number, settings: BreakerSettings): void {
    if (trial) this.#trialInFlight = false;
    if (result === "answered") {
      this.#consecutiveFailures = 0;
      this.#openedAtMs = undefined;
      return;
    }
    this.#consecutiveFailures += 1;
    if (trial) this.#openedAtMs = nowMs;
    else if (this.#openedAtMs === undefined && this.#consecutiveFailures >= settings.failureThreshold) {
      this.#openedAtMs = nowMs;
    }
  }

  /** A granted trial that was not sent after all (e.g. the concurrency queue refused it). */
  cancelTrial(): void {
    this.#trialInFlight = false;
  }

  /** When the circuit will let a call through again, or undefined when it is closed. */
  retryAtMs(nowMs: number, settings: BreakerSettings): number | undefined {
    if (this.#openedAtMs === undefined) return undefined;
    const reopenAtMs = this.#openedAtMs + settings.cooldownMs;
    if (nowMs < reopenAtMs) return reopenAtMs;
    return this.#trialInFlight ? nowMs + HALF_OPEN_RETRY_MS : undefined;
  }

  isOpen(): boolean {
    return this.#openedAtMs !== undefined;
  }
}
