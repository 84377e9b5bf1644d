import { Type } from "typebox";
import { createFailureLimiter } from "../../http/failure-limiter.ts";
import type { AppContext, TypedFastify } from "../../http/types.ts";
import { gatewayProblems } from "../../provider-gateway/problems.ts";
import { gatewayRoutes } from "../../provider-gateway/routes.ts";
import { DEFAULT_SIGNATURE_WINDOW_SECONDS } from "../../provider-gateway/signature.ts";
import { enterSurface } from "../surface.ts";
import { installGatewayAuth } from "./auth.ts";

export interface ProviderGatewayOptions {
  readonly ctx: AppContext;
  /** Accepted clock distance of a signature's timestamp. Default 30 s. */
  readonly windowSeconds?: number;
}

/**
 * The provider gateway, mounted at `/gateway/v1`: `GET /problems` (its catalogue,
 * `gatewayProblems`, open to anyone) and the signed endpoints for game studios in an inner
 * context with the signature hook, its failure limit per key id and its raw JSON body parser.
 */
export async function providerGatewaySurface(
  app: TypedFastify,
  options: ProviderGatewayOptions,
): Promise<void> {
  const { ctx } = options;
  enterSurface(app, "gateway");
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
    gatewayRoutes(signed, ctx.play, ctx.metrics.gatewayAnswers);
  });
}
