import type { FastifyReply } from "fastify";
import type { RouteFile } from "../http/types.ts";
import { baseUrlOf } from "./operator-api-routes.ts";
import { errorPage } from "./pages.ts";
import { redeemLaunch } from "./redeem-launch.ts";
import { LaunchTokenParams } from "./schema.ts";
import { tokenHash } from "./sessions.ts";

/**
 * Launch pages are opened by players' browsers, often many behind one address (mobile
 * carriers, offices): generous per IP, yet guessing 256-bit tokens stays pointless.
 */
export const LAUNCH_REQUESTS_PER_MINUTE = 120;

function html(reply: FastifyReply, status: number, body: string): FastifyReply {
  // Tokens travel in these URLs: never cached, never leaked in a Referer.
  return reply
    .code(status)
    .type("text/html; charset=utf-8")
    .header("cache-control", "no-store")
    .header("referrer-policy", "no-referrer")
    .header("x-content-type-options", "nosniff")
    .header("content-security-policy", "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors *")
    .send(body);
}

/** Public pages: `GET /launch/:token` (redeems a launch URL once); the built-in studio serves `/play/:token` (builtin-studio/). */
export const launchRoutes: RouteFile = (app, ctx) => {
  const deps = ctx.play;
  const rateLimit = { max: LAUNCH_REQUESTS_PER_MINUTE, timeWindow: 60_000 };

  app.get(
    "/launch/:token",
    {
      // A HEAD (link previews) must not consume the token.
      exposeHeadRoute: false,
      config: { rateLimit },
      schema: {
        tags: ["system"],
        summary:
          "Open a launch URL (players' browsers): redirects to the game once; then 'link expired or used'",
        params: LaunchTokenParams,
      },
    },
    async (request, reply) => {
      const result = await redeemLaunch(deps, request.params.token);
      if (!result.ok) {
        if (result.failure === "link_expired_or_used") {
          return html(
            reply,
            410,
            errorPage(
              "Link expired or used",
              result.message + " Please launch the game again from the casino.",
            ),
          );
        }
        const session = await deps.db
          .selectFrom("game_sessions")
          .select("return_url")
          .where("launch_token_hash", "=", tokenHash(request.params.token))
          .executeTakeFirst();
        const status = result.failure === "player_refused" ? 403 : 503;
        return html(reply, status, errorPage("The game cannot start", result.message, session?.return_url));
      }
      const location = result.location.startsWith("/")
        ? `${baseUrlOf(ctx.publicUrl, request)}${result.location}`
        : result.location;
      return reply
        .header("cache-control", "no-store")
        .header("referrer-policy", "no-referrer")
        .redirect(location, 302);
    },
  );
};
