import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { TypeBoxValidatorCompiler } from "@fastify/type-provider-typebox";
import type { ActiveSalts } from "../salts/active-salts.ts";
import { checkSalts } from "../config.ts";
import { problem, problemFromError, sendProblem } from "../http/problems.ts";
import type { PlayerAdmin } from "../store/types.ts";
import { bearerAuth } from "./bearer-auth.ts";
import { presentPlayer, presentTransaction } from "./present.ts";
import {
  AdjustmentBody,
  CreatePlayerBody,
  DEFAULT_PAGE_SIZE,
  PlayerParams,
  SaltsBody,
  LedgerExportQuery,
  TransactionsQuery,
} from "./schema.ts";
import { ledgerExportStream } from "./ledger-export.ts";

/** Admin bodies are a few fields; anything bigger is a mistake or an attack. */
export const ADMIN_BODY_LIMIT_BYTES = 16 * 1024;

export interface AdminRoutesOptions {
  readonly store: PlayerAdmin;
  readonly salts: ActiveSalts;
  readonly adminToken: string;
}

/**
 * The operator's back office for the reference wallet, mounted under `/admin` in its own
 * encapsulated context: its own bearer-token hook, validator (no type coercion, so amounts
 * must be JSON integers) and problem+json error handling.
 */
export const adminRoutes: FastifyPluginAsyncTypebox<AdminRoutesOptions> = async (app, options) => {
  const { store, salts, adminToken } = options;

  app.setValidatorCompiler(TypeBoxValidatorCompiler);
  // JSON only: without this, Fastify's text/plain parser would hand a string to the schema.
  app.removeContentTypeParser("text/plain");
  app.addHook("onRoute", (route) => {
    route.bodyLimit ??= ADMIN_BODY_LIMIT_BYTES;
  });
  // onRequest runs before the body is read, so an unauthenticated caller learns nothing more.
  app.addHook(
    "onRequest",
    bearerAuth(() => adminToken),
  );
  app.setErrorHandler((error, request, reply) => sendProblem(reply, problemFromError(error, request)));
  app.setNotFoundHandler((request, reply) =>
    sendProblem(
      reply,
      problem("NOT_FOUND", `${request.method} ${request.url.split("?")[0]} is not a route.`),
    ),
  );

  const notFound = (playerId: string) => problem("PLAYER_NOT_FOUND", `No player "${playerId}".`);

  app.post("/players", { schema: { body: CreatePlayerBody } }, async (request, reply) => {
    const { player_id, currency, balance, blocked } = request.body;
    const result = await store.createPlayer({
      playerId: player_id,
      currency,
      balanceMinor: balance,
      blocked: blocked ?? false,
    });
    if (!result.ok) {
      return sendProblem(
        reply,
        result.code === "PLAYER_EXISTS"
          ? problem("PLAYER_EXISTS", `Player "${player_id}" already exists.`)
          : problem("INVALID_REQUEST", result.message),
      );
    }
    reply.header("location", `/admin/players/${encodeURIComponent(player_id)}`);
    return reply.status(201).send(presentPlayer(result.player));
  });

  app.get("/players/:player_id", { schema: { params: PlayerParams } }, async (request, reply) => {
    const player = await store.getPlayer(request.params.player_id);
    return player === undefined
      ? sendProblem(reply, notFound(request.params.player_id))
      : presentPlayer(player);
  });

  for (const [path, sign] of [
    ["deposits", 1],
    ["withdrawals", -1],
  ] as const) {
    app.post(
      `/players/:player_id/${path}`,
      { schema: { params: PlayerParams, body: AdjustmentBody } },
      async (request, reply) => {
        const { player_id } = request.params;
        const { amount, reference, reason } = request.body;
        const result = await store.adjustBalance({
          playerId: player_id,
          amountMinor: sign * amount,
          reference,
          ...(reason === undefined ? {} : { reason }),
        });
        if (!result.ok) {
          const code = result.code === "INVALID_INPUT" ? "INVALID_REQUEST" : result.code;
          return sendProblem(
            reply,
            code === "PLAYER_NOT_FOUND" ? notFound(player_id) : problem(code, result.message),
          );
        }
        // 201 when this call moved money, 200 when it replayed an earlier one with the same reference.
        return reply
          .status(result.replayed ? 200 : 201)
          .send({ ...presentPlayer(result.player), reference, replayed: result.replayed });
      },
    );
  }

  for (const [path, blocked] of [
    ["block", true],
    ["unblock", false],
  ] as const) {
    app.post(`/players/:player_id/${path}`, { schema: { params: PlayerParams } }, async (request, reply) => {
      const player = await store.setBlocked(request.params.player_id, blocked);
      return player === undefined
        ? sendProblem(reply, notFound(request.params.player_id))
        : presentPlayer(player);
    });
  }

  app.get(
    "/players/:player_id/transactions",
    { schema: { params: PlayerParams, querystring: TransactionsQuery } },
    async (request, reply) => {
      const { player_id } = request.params;
      if ((await store.getPlayer(player_id)) === undefined) return sendProblem(reply, notFound(player_id));
      const { before } = request.query;
      const limit = request.query.limit === undefined ? DEFAULT_PAGE_SIZE : Number(request.query.limit);
      let page;
      try {
        page = await store.listTransactions(player_id, {
          limit,
          ...(before === undefined ? {} : { before }),
        });
      } catch (error) {
        // The SDK store throws RangeError for a cursor it did not issue: the caller's mistake.
        if (error instanceof RangeError) {
          return sendProblem(
            reply,
            problem("INVALID_CURSOR", "`before` must be a `next_cursor` from an earlier page."),
          );
        }
        throw error;
      }
      return { items: page.items.map(presentTransaction), next_cursor: page.nextCursor ?? null };
    },
  );

  // The wallet's ledger of money calls for a period, in the format Croupier reconciles
  // (call_id, action, amount, currency, rb, status, time), streamed page by page.
  app.get("/ledger-export", { schema: { querystring: LedgerExportQuery } }, async (request, reply) => {
    const { from, to, format = "csv" } = request.query;
    const day = (text: string) => text.length === 10;
    const fromMs = Date.parse(day(from) ? `${from}T00:00:00.000Z` : from);
    const toMs = day(to) ? Date.parse(`${to}T00:00:00.000Z`) + 86_400_000 : Date.parse(to);
    if (Number.isNaN(fromMs) || Number.isNaN(toMs) || toMs <= fromMs) {
      return sendProblem(
        reply,
        problem("INVALID_REQUEST", "from and to are days (YYYY-MM-DD), from not after to."),
      );
    }
    const stream = ledgerExportStream(
      store,
      { fromIso: new Date(fromMs).toISOString(), toIso: new Date(toMs).toISOString() },
      format,
    );
    return reply
      .type(format === "csv" ? "text/csv; charset=utf-8" : "application/x-ndjson")
      .header("content-disposition", `attachment; filename="ledger.${format}"`)
      .send(stream);
  });

  app.put("/salts", { schema: { body: SaltsBody } }, async (request, reply) => {
    const invalid = checkSalts(request.body.salts);
    if (invalid !== undefined) return sendProblem(reply, problem("INVALID_REQUEST", `salts: ${invalid}.`));
    salts.replace(request.body.salts);
    request.log.warn(
      { activeSalts: request.body.salts.length },
      "active salts replaced through the admin API",
    );
    // The salts themselves are never echoed: the response is logged by proxies and browsers.
    return { active_salts: request.body.salts.length };
  });
};
