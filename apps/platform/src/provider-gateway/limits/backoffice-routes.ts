import { Type } from "typebox";
import { backofficeActorOf, backofficeCallerOf } from "../../http/callers.ts";
import { backofficeProblem } from "../../surfaces/backoffice/problems.ts";
import { withProblems } from "../../http/schemas.ts";
import type { RouteFile } from "../../http/types.ts";
import { listPlayLimits, setPlayLimits } from "./play-limits.ts";
import { PlayLimitsBody, PlayLimitsParams, PlayLimitsSchema } from "./schema.ts";

const common = { tags: ["backoffice"], security: [{ backofficeSession: [] }] };

/** The operator's own bet limits and maximum win per round, per currency. */
export const playLimitBackofficeRoutes: RouteFile = (app, ctx) => {
  app.get(
    "/play-limits",
    {
      schema: {
        ...common,
        summary: "Your bet limits and maximum win per round, per currency",
        response: withProblems({ 200: Type.Object({ items: Type.Array(PlayLimitsSchema) }) }),
      },
    },
    async (request) => ({ items: await listPlayLimits(ctx.deps, backofficeCallerOf(request).operatorId) }),
  );

  app.put(
    "/play-limits/:currency",
    {
      schema: {
        ...common,
        summary:
          "Set your limits in one currency (minor units of that currency; all null removes them). Bets outside are refused; a win taking a round past the maximum is refused and shown to Croupier's staff",
        params: PlayLimitsParams,
        body: PlayLimitsBody,
        response: withProblems({ 200: PlayLimitsSchema }),
      },
    },
    async (request) => {
      const result = await setPlayLimits(ctx.deps, {
        operatorId: backofficeCallerOf(request).operatorId,
        currency: request.params.currency,
        limits: request.body,
        actor: backofficeActorOf(request),
      });
      if (!result.ok) throw backofficeProblem.from(result);
      return result.limits;
    },
  );
};
