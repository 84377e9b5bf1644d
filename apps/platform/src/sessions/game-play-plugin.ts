import type { AppContext, TypedFastify } from "../http/types.ts";
import { installApiAuth } from "../operator-api/auth.ts";
import { providerGatewayPlugin } from "../provider-gateway/plugin.ts";
import type { RoundDeps } from "../round-engine/round-deps.ts";
import { studioPlugin } from "../builtin-studio/plugin.ts";
import { studioAdminPlugin } from "../studios/admin-plugin.ts";
import { catalogueGameLookup, type GameLookup } from "./game-lookup.ts";
import type { GamePlayDeps } from "./game-play-deps.ts";
import { launchRoutes } from "./launch-routes.ts";
import { sessionOperatorApiRoutes } from "./operator-api-routes.ts";
import { createOwnedEngine } from "./owned-engine.ts";
import { DEFAULT_SESSION_SETTINGS, type SessionSettings } from "./settings.ts";

export interface GamePlayPluginOptions {
  readonly ctx: AppContext;
  /** External base URL for launch URLs; default: the scheme and host each request came in on. */
  readonly publicUrl?: string | undefined;
  /**
   * The process's round engine. When absent the plugin builds and runs its own (outbox, callback
   * client, dispatcher, abandoned-round and session sweepers), started when the app is ready
   * and stopped when it closes.
   */
  readonly engine?: RoundDeps;
  /** Which games may launch; default the catalogue. */
  readonly games?: GameLookup;
  readonly settings?: Partial<SessionSettings>;
}

/**
 * Game sessions, launch and the provider gateway, each surface in its own context:
 * - `/v1/sessions…` — operators (API credential; the credential decides operator and environment);
 * - `/launch/:token` — players' browsers (public, rate-limited);
 * - `/play/:token`, `/studio/api/…`, `/v1/rounds/:round_id/replay` — the built-in studio (builtin-studio/plugin.ts);
 * - `/gateway/v1/…` — game studios (HMAC-signed requests);
 * - `/admin/studios…` — staff (admin session; audited).
 *
 * @example
 * app.register(gamePlayPlugin, { ctx, publicUrl: options.publicUrl });
 */
export async function gamePlayPlugin(app: TypedFastify, options: GamePlayPluginOptions): Promise<void> {
  const { ctx } = options;
  const settings: SessionSettings = { ...DEFAULT_SESSION_SETTINGS, ...options.settings };
  const owned =
    options.engine === undefined
      ? createOwnedEngine(ctx.deps, {
          registry: ctx.metrics.registry,
          idleTimeoutMs: settings.idleTimeoutMs,
          allowPrivateNetworks: ctx.allowPrivateCallbackUrls,
        })
      : undefined;
  const deps: GamePlayDeps = {
    db: ctx.deps.db,
    dialect: ctx.deps.dialect,
    clock: ctx.deps.clock,
    ids: ctx.deps.ids,
    logger: ctx.deps.logger,
    secretBox: ctx.deps.secretBox,
    // Read through ctx.deps at each call: tests replace the reader after the app is built.
    prepaidCredit: (operatorId) =>
      ctx.deps.prepaidCredit?.(operatorId) ?? Promise.resolve(Number.POSITIVE_INFINITY),
    engine: options.engine ?? owned!.engine,
    games: options.games ?? catalogueGameLookup,
    settings,
  };
  const play = { deps, publicUrl: options.publicUrl };

  if (owned !== undefined) {
    app.addHook("onReady", async () => owned.start());
    app.addHook("onClose", async () => owned.stop());
  }
  app.register(
    async (scope: TypedFastify) => {
      installApiAuth(scope, ctx);
      sessionOperatorApiRoutes(play)(scope, ctx);
    },
    { prefix: "/v1" },
  );
  app.register(async (scope: TypedFastify) => launchRoutes(scope, play));
  app.register(providerGatewayPlugin, { prefix: "/gateway/v1", ctx, deps });
  app.register(studioAdminPlugin, { prefix: "/admin", ctx });
  app.register(studioPlugin, { ctx, deps });
}
