import { pageParams } from "../http/page-params.ts";
import { withProblems } from "../http/schemas.ts";
import type { RouteFile } from "../http/types.ts";
import { apiCallerOf } from "../http/callers.ts";
import { historyProblem } from "./problems.ts";
import { getRoundDetail, getTransactionDetail } from "./details.ts";
import { listRounds } from "./list-rounds.ts";
import { listSessions } from "./list-sessions.ts";
import { listTransactions } from "./list-transactions.ts";
import type { HistoryScope } from "./scope.ts";
import {
  RoundDetailSchema,
  RoundHistoryQuery,
  RoundPage,
  RoundParams,
  SessionHistoryQuery,
  SessionPage,
  TransactionDetailSchema,
  TransactionHistoryQuery,
  TransactionPage,
  TransactionParams,
} from "./schema.ts";
import { rangeOf, roundFilterOf, transactionFilterOf } from "./query-filters.ts";

const common = { tags: ["operator-api"], security: [{ apiCredential: [] }] };

/**
 * History on `/v1`: game sessions, rounds and transactions (wallet calls), with filters and
 * cursor pagination, and a round's or a call's detail with every attempt. The credential's
 * operator and environment scope every query: another operator's ids are simply not found.
 */
export const historyRoutes: RouteFile = (app, ctx) => {
  const scopeOf = (request: Parameters<typeof apiCallerOf>[0]): HistoryScope => {
    const caller = apiCallerOf(request);
    return { operatorId: caller.operatorId, environment: caller.environment };
  };

  app.get(
    "/sessions",
    {
      schema: {
        ...common,
        summary: "Your game sessions in this credential's environment, newest first",
        querystring: SessionHistoryQuery,
        response: withProblems({ 200: SessionPage }),
      },
    },
    async (request) => {
      const { query } = request;
      return listSessions(ctx.deps, scopeOf(request), {
        playerId: query.player_id,
        gameId: query.game_id,
        status: query.status,
        ...rangeOf(query),
        ...pageParams(query),
      });
    },
  );

  app.get(
    "/rounds",
    {
      schema: {
        ...common,
        summary: "Your game rounds in this credential's environment, newest first",
        querystring: RoundHistoryQuery,
        response: withProblems({ 200: RoundPage }),
      },
    },
    async (request) => {
      const { query } = request;
      return listRounds(ctx.deps, scopeOf(request), { ...roundFilterOf(query), ...pageParams(query) });
    },
  );

  app.get(
    "/rounds/:round_id",
    {
      schema: {
        ...common,
        summary: "One round: every wallet call with every attempt (request, response, latency, outcome)",
        params: RoundParams,
        response: withProblems({ 200: RoundDetailSchema }),
      },
    },
    async (request) => {
      const round = await getRoundDetail(ctx.deps, scopeOf(request), request.params.round_id);
      if (round === undefined)
        throw historyProblem("ROUND_NOT_FOUND", `No round ${request.params.round_id} here.`);
      return round;
    },
  );

  app.get(
    "/transactions",
    {
      schema: {
        ...common,
        summary:
          "Your wallet calls (balance, bets, wins, rollbacks) in this credential's environment, newest first",
        querystring: TransactionHistoryQuery,
        response: withProblems({ 200: TransactionPage }),
      },
    },
    async (request) => {
      const { query } = request;
      return listTransactions(ctx.deps, scopeOf(request), transactionFilterOf(query));
    },
  );

  app.get(
    "/transactions/:call_id",
    {
      schema: {
        ...common,
        summary: "One wallet call with its attempts",
        params: TransactionParams,
        response: withProblems({ 200: TransactionDetailSchema }),
      },
    },
    async (request) => {
      const call = await getTransactionDetail(ctx.deps, scopeOf(request), request.params.call_id);
      if (call === undefined)
        throw historyProblem("TRANSACTION_NOT_FOUND", `No transaction ${request.params.call_id} here.`);
      return call;
    },
  );
};
