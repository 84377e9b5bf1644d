import { createCryptoRng, type Rng } from "@croupier/games";
import type { AppContext, TypedFastify } from "../http/types.ts";
import { installApiAuth } from "../operator-api/auth.ts";
import type { GamePlayDeps } from "../sessions/game-play-deps.ts";
import { studioApiRoutes } from "./api-routes.ts";
import { studioClientRoutes } from "./client-routes.ts";
import { roundReplayOperatorRoutes } from "./operator-replay-routes.ts";
import type { StudioDeps } from "./studio-deps.ts";

export interface StudioPluginOptions {
  readonly ctx: AppContext;
  readonly deps: GamePlayDeps;
  /** Default `createCryptoRng()`; tests pass a seeded one to make outcomes known. */
  readonly rng?: Rng;
  /** The game client's build folder; default `@croupier/game-client`'s `dist`. */
  readonly clientDist?: string;
}

/**
 * The built-in studio: the game clients' page and files (`/play/:token`, `/play/assets/…`),
 * their API (`/studio/api/…`, client access tokens) and the operators' round replay
 * (`GET /v1/rounds/:round_id/replay`, API credential), each surface in its own context.
 *
 * @example
 * app.register(studioPlugin, { ctx, deps });
 */
export async function studioPlugin(app: TypedFastify, options: StudioPluginOptions): Promise<void> {
  const { ctx } = options;
  const deps: StudioDeps = { ...options.deps, rng: options.rng ?? createCryptoRng() };
  app.register(async (scope: TypedFastify) => studioClientRoutes(scope, { deps, dist: options.clientDist }));
  app.register(async (scope: TypedFastify) => studioApiRoutes(scope, ctx, deps), { prefix: "/studio/api" });
  app.register(
    async (scope: TypedFastify) => {
      installApiAuth(scope, ctx);
      roundReplayOperatorRoutes(scope, ctx);
    },
    { prefix: "/v1" },
  );
}
