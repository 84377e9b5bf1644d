import type { FastifyInstance } from "fastify";
import { collectDefaultMetrics, Counter, Histogram, Registry } from "prom-client";

export interface AppMetrics {
  readonly registry: Registry;
  readonly httpDuration: Histogram<"method" | "route" | "status_code">;
  readonly authFailures: Counter<"surface">;
  readonly gatewayAnswers: Counter<"endpoint" | "outcome" | "replayed">;
}

/**
 * A registry per app instance (never prom-client's global one), so tests and tools can build
 * several apps in one process. Includes the default process metrics.
 */
export function createMetrics(): AppMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const httpDuration = new Histogram({
    name: "http_request_duration_seconds",
    help: "HTTP request duration by method, route pattern and status code.",
    labelNames: ["method", "route", "status_code"] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const authFailures = new Counter({
    name: "auth_failures_total",
    help: "Refused authentications by surface (operator API credentials, backoffice, admin).",
    labelNames: ["surface"] as const,
    registers: [registry],
  });
  // Replays (a studio repeating a transaction id) are answered from the record, not played again:
  // how often studios retry, and with what, is worth seeing apart from new requests.
  const gatewayAnswers = new Counter({
    name: "croupier_gateway_answers_total",
    help: "Provider gateway answers by endpoint, outcome (ok or the problem code) and whether replayed from an earlier request with the same transaction id.",
    labelNames: ["endpoint", "outcome", "replayed"] as const,
    registers: [registry],
  });
  return { registry, httpDuration, authFailures, gatewayAnswers };
}

/** Times every request by its route pattern (not the raw URL, which would explode label cardinality). */
export function instrumentRequests(app: FastifyInstance, metrics: AppMetrics): void {
  app.addHook("onResponse", async (request, reply) => {
    const route = request.routeOptions.url ?? "unmatched";
    metrics.httpDuration.observe(
      { method: request.method, route, status_code: String(reply.statusCode) },
      reply.elapsedTime / 1000,
    );
  });
}
