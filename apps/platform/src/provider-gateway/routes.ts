import type { FastifyReply } from "fastify";
import type { TSchema } from "typebox";
import { ProblemError } from "../http/problem.ts";
import { withProblems } from "../http/schemas.ts";
import type { TypedFastify } from "../http/types.ts";
import type { GamePlayDeps } from "../sessions/game-play-deps.ts";
import type { AppMetrics } from "../http/metrics.ts";
import type { GatewayResult } from "./answers.ts";
import { studioCallerOf } from "../http/callers.ts";
import { bet, endRound, rollback, sessionBalance, validateSession, win } from "./gateway-service.ts";
import { gatewayProblems } from "./problems.ts";
import {
  BalanceBody,
  BalanceResponse,
  BetBody,
  BetResponse,
  EndRoundBody,
  RollbackBody,
  RollbackResponse,
  ValidateBody,
  ValidateResponse,
  WinBody,
  WinResponse,
} from "./schema.ts";

type GatewayAnswerCounter = AppMetrics["gatewayAnswers"];

/** Marks an answer replayed from the record of an earlier request with the same transaction id. */
export const REPLAY_HEADER = "idempotent-replayed";

const SIGNED =
  "Signed: `X-Croupier-Key-Id`, `X-Croupier-Timestamp` (unix s), `X-Croupier-Signature: v1=<hex HMAC-SHA256(secret, " +
  '"v1\\n" + METHOD + "\\n" + path + "\\n" + timestamp + "\\n" + raw body)>`.';

const BET_LIMITS =
  "A bet must fit the game's limits in the session's currency (the catalogue's, narrowed by the operator's), else " +
  "`BET_OUT_OF_LIMITS` with `min_bet` / `max_bet`; nothing is recorded or debited.";

const WIN_CAPS =
  "A round's wins together may pay at most its standing stakes × the title's or studio's maximum win multiple, " +
  "and at most the operator's maximum win per round. A win past a cap is refused, not held and never trimmed: " +
  "`WIN_LIMIT_EXCEEDED` with `max_win` (what the round may still pay) and `cap`; nothing is paid or recorded " +
  "under the id (pay `max_win` under a new id), and the refusal is logged, counted and listed for Croupier's staff.";

function schema<B extends TSchema, R extends TSchema>(summary: string, body: B, ok: R, rules?: string) {
  return {
    tags: ["provider-gateway"],
    summary,
    description: rules === undefined ? SIGNED : `${SIGNED}\n\n${rules}`,
    body,
    response: withProblems({ 200: ok }),
  };
}

/** A service result as the HTTP answer: 200 with the body, or the problem; replays say so in a header. */
function present(reply: FastifyReply, result: GatewayResult, answers: GatewayAnswerCounter): FastifyReply {
  const headers: Record<string, string> = result.replayed ? { [REPLAY_HEADER]: "true" } : {};
  const { answer } = result;
  answers.inc({
    endpoint: reply.request.routeOptions.url ?? "",
    outcome: answer.ok ? "ok" : answer.code,
    replayed: result.replayed ? "true" : "false",
  });
  if (!answer.ok) {
    throw new ProblemError(
      answer.code,
      gatewayProblems[answer.code],
      answer.message,
      { ...answer.extensions },
      headers,
    );
  }
  // Bodies are built to the route's response schema (and stored answers were): the serializer holds them to it.
  return reply.headers(headers).send(answer.body as never);
}

/** The gateway endpoints, behind the signature hook (auth.ts). */
export function gatewayRoutes(app: TypedFastify, deps: GamePlayDeps, answers: GatewayAnswerCounter): void {
  const answer = (reply: FastifyReply, result: GatewayResult) => present(reply, result, answers);
  app.post(
    "/session/validate",
    {
      schema: schema(
        "Validate a studio session token: player, currency, game, language, balance",
        ValidateBody,
        ValidateResponse,
      ),
    },
    async (request, reply) =>
      answer(
        reply,
        await validateSession(deps, studioCallerOf(request), { sessionToken: request.body.session_token }),
      ),
  );

  app.post(
    "/balance",
    {
      schema: schema(
        "The player's balance (asks the operator's wallet; demo: play money)",
        BalanceBody,
        BalanceResponse,
      ),
    },
    async (request, reply) =>
      answer(
        reply,
        await sessionBalance(deps, studioCallerOf(request), {
          sessionToken: request.body.session_token,
          currency: request.body.currency,
        }),
      ),
  );

  app.post(
    "/bet",
    {
      schema: schema("Place a bet (a debit), idempotent on transaction_id", BetBody, BetResponse, BET_LIMITS),
    },
    async (request, reply) => {
      const body = request.body;
      return answer(
        reply,
        await bet(deps, studioCallerOf(request), {
          sessionToken: body.session_token,
          txId: body.transaction_id,
          roundRef: body.round_id,
          amountMinor: body.amount,
          currency: body.currency,
        }),
      );
    },
  );

  app.post(
    "/win",
    {
      schema: schema(
        "Pay a win (a credit after the round's bet), idempotent on transaction_id",
        WinBody,
        WinResponse,
        WIN_CAPS,
      ),
    },
    async (request, reply) => {
      const body = request.body;
      return answer(
        reply,
        await win(deps, studioCallerOf(request), {
          sessionToken: body.session_token,
          txId: body.transaction_id,
          roundRef: body.round_id,
          amountMinor: body.amount,
          roundClosed: body.round_closed,
          currency: body.currency,
        }),
      );
    },
  );

  app.post(
    "/round/end",
    { schema: schema("End a round without a win (a closing credit of 0)", EndRoundBody, WinResponse) },
    async (request, reply) => {
      const body = request.body;
      return answer(
        reply,
        await endRound(deps, studioCallerOf(request), {
          sessionToken: body.session_token,
          txId: body.transaction_id,
          roundRef: body.round_id,
        }),
      );
    },
  );

  app.post(
    "/rollback",
    {
      schema: schema(
        "Roll back a bet by its transaction id (idempotent; a bet never seen is refused if it comes later)",
        RollbackBody,
        RollbackResponse,
      ),
    },
    async (request, reply) => {
      const body = request.body;
      return answer(
        reply,
        await rollback(deps, studioCallerOf(request), {
          sessionToken: body.session_token,
          txId: body.transaction_id,
          betTxId: body.bet_transaction_id,
          roundRef: body.round_id,
        }),
      );
    },
  );
}
