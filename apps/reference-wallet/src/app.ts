import { createClassicWalletHandler, createWalletHandler } from "@croupier/wallet-sdk";
import { fastifyWallet } from "@croupier/wallet-sdk/fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from "fastify";
import { adminRoutes } from "./admin/routes.ts";
import { problem, problemFromError, sendProblem } from "./http/problems.ts";
import type { ActiveSalts } from "./salts/active-salts.ts";
import type { ReferenceWalletStore } from "./store/open-store.ts";

/** Nothing this app accepts is near this; the callback endpoint has the SDK's own, smaller limit. */
const APP_BODY_LIMIT_BYTES = 64 * 1024;

export interface WalletAppOptions {
  readonly store: ReferenceWalletStore;
  /** Salts the callback endpoint accepts; `PUT /admin/salts` replaces them at run time. */
  readonly salts: ActiveSalts;
  readonly adminToken: string;
  /** Accepted distance of `timestamp` from our clock, seconds. Default 30 (the protocol's). */
  readonly windowSeconds?: number;
  /** Refuse calls without a valid `webhook-signature` over the raw body. Default false. */
  readonly requireBodySignature?: boolean;
  /**
   * Also answer the compatibility (GameHub-style) profile at `GET /wallet/classic`. That dialect
   * has no body signature, so it is off unless asked for. Default false.
   */
  readonly classicProfile?: boolean;
  /** A pino logger; none (silent) by default, which suits tests. */
  readonly logger?: FastifyBaseLogger;
  /** Epoch milliseconds; injectable so tests control the timestamp window. */
  readonly clock?: () => number;
}

/**
 * Builds the reference wallet: the protocol callback at `POST /wallet` (the SDK's handler and
 * Fastify plugin), with `classicProfile` the same wallet in the compatibility profile at
 * `GET /wallet/classic`, `GET /healthz`, and the admin API under `/admin`. It never listens; the
 * caller does (server.ts), or a test calls `listen({ port: 0 })`.
 *
 * @example
 * const app = buildWalletApp({ store, salts: createActiveSalts(config.saltKeys), adminToken });
 * await app.listen({ port: 0, host: "127.0.0.1" });
 */
export function buildWalletApp(options: WalletAppOptions): FastifyInstance {
  const app = Fastify({
    ...(options.logger === undefined ? { logger: false } : { loggerInstance: options.logger }),
    bodyLimit: APP_BODY_LIMIT_BYTES,
    // The wallet talks to one platform and its operators' tools; it does not sit behind a proxy chain.
    trustProxy: false,
    return503OnClosing: true,
  }).withTypeProvider<TypeBoxTypeProvider>();

  const handler = createWalletHandler({
    salts: options.salts.current,
    store: options.store,
    ...(options.windowSeconds === undefined ? {} : { windowSeconds: options.windowSeconds }),
    ...(options.requireBodySignature === undefined
      ? {}
      : { requireBodySignature: options.requireBodySignature }),
    ...(options.clock === undefined ? {} : { clock: options.clock }),
    onInternalError: (error, callId) => app.log.error({ err: error, callId }, "wallet callback failed"),
  });
  app.register(fastifyWallet, { handler, path: "/wallet" });
  if (options.classicProfile === true) {
    const classic = createClassicWalletHandler({
      salts: options.salts.current,
      store: options.store,
      ...(options.windowSeconds === undefined ? {} : { windowSeconds: options.windowSeconds }),
      ...(options.clock === undefined ? {} : { clock: options.clock }),
      onInternalError: (error, callId) =>
        app.log.error({ err: error, callId }, "classic wallet callback failed"),
    });
    app.get("/wallet/classic", { schema: { hide: true } }, async (request, reply) => {
      const at = request.url.indexOf("?");
      const answer = await classic(at === -1 ? "" : request.url.slice(at + 1));
      return reply.code(answer.statusCode).headers(answer.headers).send(answer.body);
    });
  }

  app.get("/healthz", async () => ({ status: "ok" }));

  app.register(adminRoutes, {
    prefix: "/admin",
    store: options.store,
    salts: options.salts,
    adminToken: options.adminToken,
  });

  // Everything outside /wallet and /admin answers problem+json too, never an HTML page or a stack.
  app.setErrorHandler((error, request, reply) => sendProblem(reply, problemFromError(error, request)));
  app.setNotFoundHandler((request, reply) =>
    sendProblem(
      reply,
      problem("NOT_FOUND", `${request.method} ${request.url.split("?")[0]} is not a route.`),
    ),
  );
  return app;
}
