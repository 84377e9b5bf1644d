import type { FastifyRequest } from "fastify";
import { Type } from "typebox";
import { backofficeCallerOf } from "../http/callers.ts";
import { backofficeProblem } from "../surfaces/backoffice/problems.ts";
import { operatorRoundReplay } from "../builtin-studio/operator-replay-routes.ts";
import { OperatorReplayAnswer } from "../builtin-studio/schema.ts";
import type { Environment } from "../callbacks/wallet-endpoint.ts";
import { pageParams } from "../http/page-params.ts";
import { EnvironmentSchema, withProblems } from "../http/schemas.ts";
import type { RouteFile } from "../http/types.ts";
import { getRoundDetail } from "./details.ts";
import { listRounds } from "./list-rounds.ts";
import { listTransactions } from "./list-transactions.ts";
import { roundsCsv } from "./rounds-csv.ts";
import type { HistoryScope } from "./scope.ts";
import {
  RoundDetailSchema,
  RoundHistoryQuery,
  RoundPage,
  RoundParams,
  TransactionHistoryQuery,
  TransactionPage,
} from "./schema.ts";
import { roundFilterOf, transactionFilterOf } from "./query-filters.ts";

const common = { tags: ["backoffice"], security: [{ backofficeSession: [] }] };
const EnvParams = Type.Object({ environment: EnvironmentSchema });
const EnvRoundParams = Type.Object({ environment: EnvironmentSchema, ...RoundParams.properties });

function scopeOf(request: FastifyRequest, environment: Environment): HistoryScope {
  return { operatorId: backofficeCallerOf(request).operatorId, environment };
}

/**
 * The rounds and transactions explorer of the backoffice: the same lists and details as `/v1`
 * (one service each), per environment, scoped by the session's operator; a round is found by the
 * wallet's id (`gr_…`) or by the one the player saw in the game (`sr_…`). Plus the replay of a
 * built-in studio round and a CSV export of the rounds a filter selects.
 */
export const backofficeHistoryRoutes: RouteFile = (app, ctx) => {
  app.get(
    "/environments/:environment/rounds",
    {
      schema: {
        ...common,
        summary: "Rounds of an environment, newest first; filter by player, round id, game, status, time",
        params: EnvParams,
        querystring: RoundHistoryQuery,
        response: withProblems({ 200: RoundPage }),
      },
    },
    async (request) => {
      const { query } = request;
      return listRounds(ctx.deps, scopeOf(request, request.params.environment), {
        ...roundFilterOf(query),
        ...pageParams(query),
      });
    },
  );

  app.get(
    "/environments/:environment/rounds.csv",
    {
      schema: {
        ...common,
        summary: `Rounds of an environment as CSV (the filter of the list; at most ${"10 000"} rows, newest first)`,
        params: EnvParams,
        querystring: Type.Omit(RoundHistoryQuery, ["limit", "cursor"]),
        response: withProblems({ 200: Type.String({ description: "text/csv" }) }),
      },
    },
    async (request, reply) => {
      const { query, params } = request;
      const csv = await roundsCsv(ctx.deps, scopeOf(request, params.environment), roundFilterOf(query));
      return reply
        .type("text/csv; charset=utf-8")
        .header("content-disposition", `attachment; filename="rounds-${params.environment}.csv"`)
        .header("cache-control", "no-store")
        .send(csv);
    },
  );

  app.get(
    "/environments/:environment/rounds/:round_id",
    {
      schema: {
        ...common,
        summary: "One round (by the wallet's gr_… id or the player's sr_… id) with every callback attempt",
        params: EnvRoundParams,
        response: withProblems({ 200: RoundDetailSchema }),
      },
    },
    async (request) => {
      const { environment, round_id: roundId } = request.params;
      const round = await getRoundDetail(ctx.deps, scopeOf(request, environment), roundId);
      if (round === undefined) throw backofficeProblem("ROUND_NOT_FOUND", `No round ${roundId} here.`);
      return round;
    },
  );

  app.get(
    "/environments/:environment/rounds/:round_id/replay",
    {
      schema: {
        ...common,
        summary: "Replay a built-in studio round: what the player saw and the money of the round",
        params: EnvRoundParams,
        response: withProblems({ 200: OperatorReplayAnswer }),
      },
    },
    async (request) => {
      const { environment, round_id: roundId } = request.params;
      const answer = await operatorRoundReplay(ctx.deps, scopeOf(request, environment), roundId);
      if (answer === undefined)
        throw backofficeProblem("ROUND_NOT_FOUND", `No built-in studio round ${roundId} here.`);
      if (!answer.ok) {
        request.log.error({ round_ref: answer.roundRef, reason: answer.message }, "round replay failed");
        throw backofficeProblem("INTERNAL_ERROR", "This round cannot be replayed.");
      }
      return answer.replay;
    },
  );

  app.get(
    "/environments/:environment/transactions",
    {
      schema: {
        ...common,
        summary: "Wallet calls of an environment, newest first; filter by player, round, call id, time",
        params: EnvParams,
        querystring: TransactionHistoryQuery,
        response: withProblems({ 200: TransactionPage }),
      },
    },
    async (request) => {
      const { query } = request;
      return listTransactions(
        ctx.deps,
        scopeOf(request, request.params.environment),
        transactionFilterOf(query),
      );
    },
  );
};
