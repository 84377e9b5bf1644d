import { Type } from "typebox";
import { createFailureLimiter } from "../http/failure-limiter.ts";
import type { AppContext, TypedFastify } from "../http/types.ts";
import type { GamePlayDeps } from "../sessions/game-play-deps.ts";
import { installGatewayAuth } from "./auth.ts";
import { gatewayProblems } from "./problems.ts";
import { gatewayRoutes } from "./routes.ts";
import { DEFAULT_SIGNATURE_WINDOW_SECONDS } from "./signature.ts";

export interface ProviderGatewayOptions {
  readonly ctx: AppContext;
  readonly deps: GamePlayDeps;
  /** Accepted clock distance of a signature's timestamp. Default 30 s. */
  readonly windowSeconds?: number;
}

/**
 * The provider gateway, mounted at `/gateway/v1`: `GET /problems` (its error catalogue, open)
 * and the signed endpoints for game studios in an inner context with its own auth hook and raw
 * JSON body parser.
 */
export async function providerGatewayPlugin(
  app: TypedFastify,
  options: ProviderGatewayOptions,
): Promise<void> {
  const { ctx } = options;
  app.get(
    "/problems",
    {
      schema: {
        tags: ["provider-gateway"],
        summary: "Every problem code of the provider gateway, with its HTTP status and meaning",
        response: {
          200: Type.Object({
            items: Type.Array(
              Type.Object({
                code: Type.String(),
                status: Type.Integer(),
                title: Type.String(),
                doc: Type.String(),
              }),
            ),
          }),
        },
      },
    },
    async () => ({ items: Object.entries(gatewayProblems).map(([code, entry]) => ({ code, ...entry })) }),
  );

  const failures = createFailureLimiter({
    maxFailures: ctx.limits.apiAuthFailures.max,
    windowMs: ctx.limits.apiAuthFailures.windowMs,
    clock: ctx.deps.clock,
  });
  await app.register(async (signed: TypedFastify) => {
    installGatewayAuth(signed, ctx, {
      failures,
      windowSeconds: options.windowSeconds ?? DEFAULT_SIGNATURE_WINDOW_SECONDS,
    });
    gatewayRoutes(signed, options.deps, ctx.metrics.gatewayAnswers);
  });
}
