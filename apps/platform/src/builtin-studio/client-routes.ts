import { readFile } from "node:fs/promises";
import { join } from "node:path";
import fastifyStatic from "@fastify/static";
import { GAME_CLIENT_ASSETS_PATH, GAME_CLIENT_DIST, isGameClientBuilt } from "@croupier/game-client";
import type { FastifyReply } from "fastify";
import type { TypedFastify } from "../http/types.ts";
import { LaunchTokenParams } from "../sessions/schema.ts";
import { findStudioSession } from "../sessions/sessions.ts";
import { errorPage } from "../sessions/pages.ts";
import { BUILT_IN_STUDIO_ID } from "../studios/studios.ts";
import type { StudioDeps } from "./studio-deps.ts";

/** Players' browsers open this page; many may share an address, so the ceiling is generous. */
export const PLAY_PAGES_PER_MINUTE = 120;

/**
 * The client's page may run its own scripts and styles and talk to this origin only: no CDN,
 * no web fonts, no inline script. Operators embed games in iframes, so any ancestor may frame it.
 */
const CLIENT_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
  "base-uri 'none'; form-action 'none'; frame-ancestors *";

function page(reply: FastifyReply, status: number, body: string, csp: string): FastifyReply {
  // The play token travels in this URL: never cached, never leaked in a Referer.
  return reply
    .code(status)
    .type("text/html; charset=utf-8")
    .header("cache-control", "no-store")
    .header("referrer-policy", "no-referrer")
    .header("x-content-type-options", "nosniff")
    .header("content-security-policy", csp)
    .send(body);
}

const ERROR_CSP = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors *";

/**
 * `GET /play/:token` serves the game client's `index.html` for a built-in studio session (the
 * app reads the token from its URL and calls `/studio/api`); `/play/assets/…` serves the
 * built files, content-hashed and so cached for good.
 */
export async function studioClientRoutes(
  app: TypedFastify,
  options: { deps: StudioDeps; dist?: string | undefined },
): Promise<void> {
  const dist = options.dist ?? GAME_CLIENT_DIST;
  let indexHtml: string | undefined;
  const built = isGameClientBuilt(dist);
  if (built) {
    await app.register(fastifyStatic, {
      root: join(dist, "assets"),
      prefix: GAME_CLIENT_ASSETS_PATH,
      decorateReply: false,
      index: false,
      maxAge: "365d",
      immutable: true,
    });
  }

  app.get(
    "/play/:token",
    {
      exposeHeadRoute: false,
      config: { rateLimit: { max: PLAY_PAGES_PER_MINUTE, timeWindow: 60_000 } },
      schema: {
        tags: ["system"],
        summary: "The built-in studio's game client for a session (players' browsers)",
        params: LaunchTokenParams,
      },
    },
    async (request, reply) => {
      const session = await findStudioSession(options.deps, BUILT_IN_STUDIO_ID, request.params.token);
      if (session === undefined) {
        return page(
          reply,
          404,
          errorPage("Game not found", "This game session does not exist. Please launch the game again."),
          ERROR_CSP,
        );
      }
      if (!built) {
        request.log.error({ dist }, "game client not built: run npm run build -w @croupier/game-client");
        return page(
          reply,
          503,
          errorPage("Game unavailable", "The game cannot be shown right now. Please try again later."),
          ERROR_CSP,
        );
      }
      indexHtml ??= await readFile(join(dist, "index.html"), "utf8");
      return page(reply, 200, indexHtml, CLIENT_CSP);
    },
  );
}
