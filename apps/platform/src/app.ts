import rateLimit from "@fastify/rate-limit";
import swagger from "@fastify/swagger";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import Fastify, {
  LogController,
  type FastifyInstance,
  type FastifyReply,
  type FastifyRequest,
} from "fastify";
import { installBillingWorkers, type BillingWorkerSettings } from "./billing/workers-plugin.ts";
import { composeEngine } from "./compose.ts";
import type { PrivateNetworkPolicy } from "./callbacks/address-policy.ts";
import type { ServiceDeps } from "./deps.ts";
import { problemClientErrorHandler } from "./http/client-error.ts";
import { commonProblems } from "./http/common-problems.ts";
import { frameworkErrorProblem, installProblemHandlers } from "./http/error-handler.ts";
import { createMetrics, instrumentRequests, type AppMetrics } from "./http/metrics.ts";
import { installNulCharacterGuard } from "./http/nul-characters.ts";
import { redactTokens } from "./http/redact-tokens.ts";
import { ProblemError } from "./http/problem.ts";
import { REQUEST_ID_HEADER, requestIdFor } from "./http/request-id.ts";
import { ROUTER_OPTIONS } from "./http/route-methods.ts";
import { validatorCompiler } from "./http/validator-compiler.ts";
import { createPasswordCheckGate, type PasswordCheckGate } from "./auth/password-check-gate.ts";
import { type TrustedProxies } from "./http/trust-proxy.ts";
import { DEFAULT_ABUSE_LIMITS, type AbuseLimits, type AppContext, type TypedFastify } from "./http/types.ts";
import type { RoundDeps } from "./round-engine/round-deps.ts";
import { catalogueGameLookup } from "./sessions/game-lookup.ts";
import { DEFAULT_SESSION_SETTINGS, type SessionSettings } from "./sessions/settings.ts";
import { registerSurfaces } from "./surfaces/register.ts";
import { requireRoutesInSurfaces, type SurfaceRoute } from "./surfaces/surface.ts";
import { walletCallbackWebhooks } from "./contract-docs/callback-webhooks.ts";

/** Largest request body accepted anywhere (registrations are the biggest, a few KiB). */
export const BODY_LIMIT_BYTES = 64 * 1024;

export interface AppOptions {
  /** External base URL, for the OpenAPI `servers` entry. */
  readonly publicUrl?: string;
  /** The proxies whose X-Forwarded-For is believed (addresses, CIDR ranges); default none. */
  readonly trustProxy?: TrustedProxies;
  /** Which environments' callback URLs may point at private/loopback addresses (`true`: sandbox only). Default false. */
  readonly allowPrivateCallbackUrls?: PrivateNetworkPolicy;
  readonly limits?: Partial<AbuseLimits>;
  /** Bounds concurrent password checks at sign-in; default 2 at once, 8 waiting. */
  readonly passwordChecks?: PasswordCheckGate;
  /** Bearer token /metrics requires (METRICS_TOKEN); unset: it answers loopback clients only. */
  readonly metricsToken?: string | undefined;
  /** Addresses wallet calls leave from (EGRESS_ADDRESSES), published for operators' allowlists. */
  readonly egressAddresses?: readonly string[];
  /** A registry is created per app when not given. */
  readonly metrics?: AppMetrics;
  /**
   * The process's round engine (`composeEngine`), run by the caller (server.ts starts and stops
   * it). When absent the app composes its own the same way, started when the app is ready and
   * stopped when it closes.
   */
  readonly engine?: RoundDeps;
  readonly sessionSettings?: Partial<SessionSettings>;
  /** Billing's background work (fees, report aggregates): tests shorten it or turn it off. */
  readonly billingWorkers?: BillingWorkerSettings;
}

declare module "fastify" {
  interface FastifyInstance {
    /** This app's metrics registry (also served at /metrics). */
    metrics: AppMetrics;
    /** Every route of the app with the surface it belongs to (filled as the app loads). */
    surfaceRoutes: readonly SurfaceRoute[];
  }
}

/**
 * Fastify's request logging without the "incoming request" line: one line per request (its
 * completion, with method, URL, status and time) instead of two; on the gateway's hot path a
 * log line costs as much as a database read.
 */
class CompletedRequestsOnly extends LogController {
  override incomingRequest(): void {}
  override requestCompleted(
    error: Error | null | undefined,
    request: FastifyRequest,
    reply: FastifyReply,
  ): void {
    if (error !== null && error !== undefined) {
      reply.log.error({ res: reply, err: error, responseTime: reply.elapsedTime }, "request errored");
      return;
    }
    reply.log.info(
      {
        req: { method: request.method, url: redactTokens(request.url) },
        res: reply,
        responseTime: reply.elapsedTime,
      },
      "request completed",
    );
  }
}

/**
 * Builds the HTTP app: one encapsulated plugin per surface (src/surfaces/: operator API `/v1`,
 * backoffice, admin, provider gateway, the players' game API, public pages), each installing its
 * authentication, limits and problem catalogue once; a route registered outside them stops the
 * app from loading. The round engine is composed once (`options.engine`, or here when absent) and
 * reaches the routes through the context. Never listens: server.ts does, tests call `inject` or
 * `listen({ port: 0 })`. Logs go to `deps.logger` with the request id on every line.
 *
 * @example
 * const app = buildApp(deps, { allowPrivateCallbackUrls: true });
 * await app.listen({ port: 0, host: "127.0.0.1" });
 */
export function buildApp(deps: ServiceDeps, options: AppOptions = {}): FastifyInstance {
  const app = Fastify({
    loggerInstance: deps.logger,
    genReqId: requestIdFor,
    logController: new CompletedRequestsOnly(),
    bodyLimit: BODY_LIMIT_BYTES,
    trustProxy:
      options.trustProxy === undefined || options.trustProxy === false ? false : [...options.trustProxy],
    routerOptions: ROUTER_OPTIONS,
    frameworkErrors: frameworkErrorProblem,
    clientErrorHandler: problemClientErrorHandler,
  }).withTypeProvider<TypeBoxTypeProvider>() as unknown as TypedFastify;
  app.decorate("surfaceRoutes", requireRoutesInSurfaces(app));

  const limits: AbuseLimits = { ...DEFAULT_ABUSE_LIMITS, ...options.limits };
  const metrics = options.metrics ?? createMetrics();
  const allowPrivateCallbackUrls = options.allowPrivateCallbackUrls ?? false;
  const settings: SessionSettings = { ...DEFAULT_SESSION_SETTINGS, ...options.sessionSettings };
  let engine = options.engine;
  if (engine === undefined) {
    const owned = composeEngine(
      { deps, allowPrivateNetworks: allowPrivateCallbackUrls },
      { registry: metrics.registry, sessionIdleTimeoutMs: settings.idleTimeoutMs },
    );
    app.addHook("onReady", async () => owned.start());
    app.addHook("onClose", async () => owned.stop());
    engine = owned.engine;
  }
  const ctx: AppContext = {
    deps,
    metrics,
    limits,
    passwordChecks: options.passwordChecks ?? createPasswordCheckGate(),
    allowPrivateCallbackUrls,
    metricsToken: options.metricsToken,
    egressAddresses: options.egressAddresses ?? [],
    publicUrl: options.publicUrl,
    engine,
    play: {
      db: deps.db,
      dialect: deps.dialect,
      clock: deps.clock,
      ids: deps.ids,
      logger: deps.logger,
      secretBox: deps.secretBox,
      // Read through deps at each call: tests replace the reader after the app is built.
      prepaidCredit: (operatorId) =>
        deps.prepaidCredit?.(operatorId) ?? Promise.resolve(Number.POSITIVE_INFINITY),
      engine,
      games: catalogueGameLookup,
      settings,
    },
  };
  app.decorate("metrics", metrics);

  app.setValidatorCompiler(validatorCompiler);
  installProblemHandlers(app);
  installNulCharacterGuard(app);
  app.addHook("onRequest", async (request, reply) => {
    reply.header(REQUEST_ID_HEADER, request.id);
  });
  instrumentRequests(app, metrics);

  app.register(swagger, {
    openapi: {
      openapi: "3.1.0",
      info: {
        title: "Croupier platform API",
        version: "1",
        description:
          "Operator REST API (`/v1`, API credentials), operator backoffice (`/backoffice`, sessions) and admin API " +
          "(`/admin`, sessions). Errors are RFC 9457 problem+json with a stable `code`; see `GET /problems`.",
      },
      webhooks: walletCallbackWebhooks(),
      servers: options.publicUrl === undefined ? [] : [{ url: options.publicUrl }],
      components: {
        securitySchemes: {
          apiCredential: {
            type: "http",
            scheme: "bearer",
            description: "API credential `crp_<environment>_…`",
          },
          backofficeSession: {
            type: "http",
            scheme: "bearer",
            description: "Token from POST /backoffice/login",
          },
          adminSession: { type: "http", scheme: "bearer", description: "Token from POST /admin/login" },
        },
      },
      tags: [
        { name: "operator-api", description: "For operators' servers" },
        { name: "backoffice", description: "For the operator backoffice UI" },
        { name: "admin", description: "For Croupier staff" },
        { name: "system", description: "Health and reference" },
      ],
    },
  });
  app.register(rateLimit, {
    global: false,
    errorResponseBuilder: (_request, context) =>
      new ProblemError(
        "RATE_LIMITED",
        commonProblems.RATE_LIMITED,
        `Too many requests; retry in ${context.after}.`,
      ),
  });
  registerSurfaces(app, ctx);
  // Fees and report aggregates of closed rounds, in the background (billing/round-projector.ts).
  installBillingWorkers(app, ctx, options.billingWorkers);
  return app as unknown as FastifyInstance;
}
