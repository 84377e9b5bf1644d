import type { Static } from "typebox";
import type { Environment } from "../callbacks/wallet-endpoint.ts";
import type { AppContext } from "../http/types.ts";
import { withProblems } from "../http/schemas.ts";
import { commonProblems } from "../http/common-problems.ts";
import { problemFactory, type ProblemCatalogue } from "../http/problem.ts";
import type { RouteFile } from "../http/types.ts";
import { apiCallerOf } from "../http/callers.ts";
import { replayStudioRound } from "./replay.ts";
import { OperatorReplayAnswer, OperatorRoundParams } from "./schema.ts";

/** The replay route's codes on the operator API (`/v1`); the operator API's catalogue includes them. */
export const roundReplayProblems = {
  ROUND_NOT_FOUND: {
    status: 404,
    title: "Round not found",
    doc: "No round of the built-in studio with this id belongs to your operator in the environment of your credential.",
  },
  TITLE_VERSION_UNKNOWN: {
    status: 409,
    title: "Title version unknown",
    doc: "The round was played with a version of its title's maths that this platform does not hold; it is not replayed with other maths.",
  },
} as const satisfies ProblemCatalogue;

const problem = problemFactory({ ...commonProblems, ...roundReplayProblems });

/**
 * `GET /v1/rounds/:round_id/replay`: a built-in studio round as the player saw it, replayed by
 * the engine from its stored draws, with the gateway's money movements and the calls the
 * operator's wallet received. The round id is the one of the wallet calls (`gr_…`) or the
 * studio's (`sr_…`); the credential decides operator and environment.
 */
export const roundReplayOperatorRoutes: RouteFile = (app, ctx) => {
  app.get(
    "/rounds/:round_id/replay",
    {
      schema: {
        tags: ["operator-api"],
        security: [{ apiCredential: [] }],
        summary: "Replay a round of the built-in studio: what the player saw and the money of the round",
        params: OperatorRoundParams,
        response: withProblems({ 200: OperatorReplayAnswer }),
      },
    },
    async (request) => {
      const caller = apiCallerOf(request);
      const { round_id: roundId } = request.params;
      const answer = await operatorRoundReplay(ctx.deps, caller, roundId);
      if (answer === undefined) throw problem("ROUND_NOT_FOUND", `No built-in studio round ${roundId} here.`);
      if (!answer.ok) {
        request.log.error({ round_ref: answer.roundRef, reason: answer.message }, "round replay failed");
        if (answer.code === "TITLE_VERSION_UNKNOWN") throw problem(answer.code, answer.message);
        throw problem("INTERNAL_ERROR", "This round cannot be replayed.");
      }
      return answer.replay;
    },
  );
};

/**
 * A built-in studio round of an operator's environment replayed, with the wallet calls of it, by
 * the wallet's round id (`gr_…`) or the studio's (`sr_…`); undefined when it is not theirs.
 * Shared by `/v1` and the backoffice.
 */
export async function operatorRoundReplay(
  deps: AppContext["deps"],
  scope: { readonly operatorId: string; readonly environment: Environment },
  roundId: string,
): Promise<
  | { ok: true; replay: Static<typeof OperatorReplayAnswer> }
  | { ok: false; roundRef: string; code: string; message: string }
  | undefined
> {
  const row = await deps.db
    .selectFrom("studio_rounds")
    .selectAll()
    .where(roundId.startsWith("gr_") ? "platform_round_id" : "round_ref", "=", roundId)
    .where("operator_id", "=", scope.operatorId)
    .where("environment", "=", scope.environment)
    .where("status", "!=", "refused")
    .executeTakeFirst();
  if (row === undefined) return undefined;
  const replayed = await replayStudioRound(deps, row);
  if (!replayed.ok)
    return { ok: false, roundRef: row.round_ref, code: replayed.code, message: replayed.message };
  const calls =
    row.platform_round_id === null
      ? []
      : await deps.db
          .selectFrom("wallet_calls_all")
          .selectAll()
          .where("round_id", "=", row.platform_round_id)
          .where("operator_id", "=", scope.operatorId)
          .orderBy("created_at_ms")
          .orderBy("call_id")
          .execute();
  return {
    ok: true,
    replay: {
      ...replayed.replay,
      session_id: row.session_id,
      player_id: row.player_id,
      wallet_calls: calls.map((c) => ({
        call_id: c.call_id,
        action: c.action,
        amount_minor: c.amount_minor,
        rb: c.rb === 1,
        rb_call_id: c.rb_call_id,
        round_closed: c.round_closed === 1,
        state: c.state,
        balance_minor: c.balance_minor,
        error_code: c.error_code,
        created_at_ms: c.created_at_ms,
      })),
    },
  };
}
