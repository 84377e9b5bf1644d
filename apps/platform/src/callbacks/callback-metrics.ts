import type { ErrorCode, WalletAction } from "@croupier/protocol";
import type { Counter, Gauge, Histogram, Registry } from "prom-client";
import { counterOn, gaugeOn, histogramOn } from "./metric-helpers.ts";
import type { CallOutcome } from "./call-outcome.ts";
import type { Environment } from "./wallet-endpoint.ts";

/** Fine at the low end: the platform's own share of a callback is budgeted in tenths of a millisecond. */
const LATENCY_BUCKETS_SECONDS = [
  0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10,
];

type Labels = "operator_id" | "environment" | "action";

/** The callback client's metrics: latency per operator and action, outcomes, auth alarms, circuit state. */
export interface CallbackMetrics {
  readonly latency: Histogram<Labels>;
  readonly outcomes: Counter<Labels | "outcome" | "code">;
  /**
   * TIMESTAMP_EXPIRED and INVALID_KEY answers: the operator's clock or salt is wrong, which no
   * retry fixes by itself. Alert on any increase.
   */
  readonly authRefusals: Counter<Labels | "code">;
  readonly circuitOpen: Gauge<"operator_id" | "environment">;
}

export function createCallbackMetrics(registry: Registry): CallbackMetrics {
  return {
    latency: histogramOn(
      registry,
      "croupier_wallet_callback_duration_seconds",
      "Time from sending a wallet callback to reading its whole answer",
      ["operator_id", "environment", "action"],
      LATENCY_BUCKETS_SECONDS,
    ),
    outcomes: counterOn(
      registry,
      "croupier_wallet_callback_outcomes_total",
      "Wallet callback attempts by outcome (ok, refused, unknown, not_sent) and code or reason class",
      ["operator_id", "environment", "action", "outcome", "code"],
    ),
    authRefusals: counterOn(
      registry,
      "croupier_wallet_callback_auth_refusals_total",
      "Callbacks an operator refused with TIMESTAMP_EXPIRED or INVALID_KEY (clock skew or salt mismatch): alert on any",
      ["operator_id", "environment", "action", "code"],
    ),
    circuitOpen: gaugeOn(
      registry,
      "croupier_wallet_circuit_open",
      "1 while an operator's circuit breaker is open (callbacks are not sent)",
      ["operator_id", "environment"],
    ),
  };
}

/** A bounded label for an outcome: the error code, or the typed cause of an unknown or not-sent outcome. */
export function outcomeCode(outcome: CallOutcome): ErrorCode | string {
  switch (outcome.kind) {
    case "ok":
      return "";
    case "refused":
      return outcome.code;
    case "not_sent":
      return outcome.cause;
    case "unknown":
      return outcome.cause;
  }
}

export function labelsOf(
  operatorId: string,
  environment: Environment,
  action: WalletAction,
): Record<Labels, string> {
  return { operator_id: operatorId, environment, action };
}
