import { createCryptoRng, type Rng } from "@croupier/games";
import { studioExchangeRoutes, studioPlayRoutes } from "../../builtin-studio/api-routes.ts";
import { studioClientRoutes } from "../../builtin-studio/client-routes.ts";
import type { StudioDeps } from "../../builtin-studio/studio-deps.ts";
import type { AppContext, TypedFastify } from "../../http/types.ts";
import { launchRoutes } from "../../sessions/launch-routes.ts";
import { enterSurface } from "../surface.ts";
import { installStudioAccessAuth } from "./auth.ts";

export interface GameApiOptions {
  readonly ctx: AppContext;
  /** Default `createCryptoRng()`; tests may pass a seeded one to make outcomes known. */
  readonly rng?: Rng;
  /** The game client's build folder; default `@croupier/game-client`'s `dist`. */
  readonly clientDist?: string;
}

/**
 * What players' browsers call, mounted at the root:
 * - `GET /launch/:token` — a launch URL, redeemed once (the token is the credential);
 * - `GET /play/:token`, `/play/assets/…` — the built-in studio's game client (its page and files);
 * - `POST /studio/api/session` — exchanges the play token for a short-lived access token;
 * - `/studio/api/…` — the game client's API, behind that access token.
 * Pages and the exchange are limited per client IP, each route with its own ceiling (a launch,
 * a page load and a click are different amounts of work); the catalogue is the built-in
 * studio's `studioProblems` (builtin-studio/problems.ts), written for players.
 */
export async function gameApiSurface(app: TypedFastify, options: GameApiOptions): Promise<void> {
  const { ctx } = options;
  enterSurface(app, "gameApi");
  const deps: StudioDeps = { ...ctx.play, rng: options.rng ?? createCryptoRng() };
  launchRoutes(app, ctx);
  await app.register(async (scope: TypedFastify) =>
    studioClientRoutes(scope, { deps, dist: options.clientDist }),
  );
  await app.register(
    async (api: TypedFastify) => {
      studioExchangeRoutes(api, deps);
      await api.register(async (authed: TypedFastify) => {
        installStudioAccessAuth(authed, ctx, deps);
        studioPlayRoutes(authed, deps);
      });
    },
    { prefix: "/studio/api" },
  );
}
