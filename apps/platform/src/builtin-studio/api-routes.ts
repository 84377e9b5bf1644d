import type { BlackjackGame, InstantGame } from "@croupier/games";
import { studioAccessOf as accessOf } from "../http/callers.ts";
import { withProblems } from "../http/schemas.ts";
import type { TypedFastify } from "../http/types.ts";
import { withPlatformFollowed } from "./follow-platform-round.ts";
import { openClientAccess, type ClientAccess } from "./access.ts";
import { currentBalance } from "./money.ts";
import { actBlackjack, dealBlackjack } from "./play-blackjack.ts";
import { playInstantRound, type PlayResult } from "./play-instant.ts";
import { presentRound } from "./present.ts";
import { studioProblem } from "./problems.ts";
import { recoverSessionRounds } from "./recover.ts";
import { replayStudioRound } from "./replay.ts";
import { getPlayerRound, listPlayerRounds } from "./player-rounds.ts";
import {
  ActBody,
  ExchangeAnswer,
  ExchangeBody,
  HistoryAnswer,
  HistoryQuery,
  PlayBody,
  ReplayAnswer,
  RoundAnswer,
  RoundParams,
  SessionInfo,
} from "./schema.ts";
import { sessionInfo } from "./session-info.ts";
import type { StudioDeps } from "./studio-deps.ts";
import { betLimitsOf, studioTitle, type StudioTitle } from "./titles.ts";

/**
 * Requests per minute per client IP. A player clicks "spin" a few times a second at most;
 * many players may share one address (mobile carriers), so the ceiling is generous.
 */
export const STUDIO_REQUESTS_PER_MINUTE = 600;
/** Exchanges per minute per IP: page loads and token refreshes only. */
export const EXCHANGES_PER_MINUTE = 120;

const common = { tags: ["studio"] };

function titleOf(access: ClientAccess): StudioTitle {
  const title = studioTitle(access.session.game_id);
  if (title === undefined) {
    throw studioProblem("GAME_UNAVAILABLE", "This game is not one of the built-in studio's.");
  }
  return title;
}

function answer(result: PlayResult) {
  if (!result.ok) throw studioProblem.from(result);
  return { round: result.round, balance: result.balanceMinor ?? null };
}

/**
 * The game clients' API, mounted at `/studio/api` (the game API surface): `POST /session`
 * exchanges the play token of `/play/<token>` for a short-lived access token. Open to anyone,
 * limited per client IP.
 */
export function studioExchangeRoutes(app: TypedFastify, deps: StudioDeps): void {
  app.post(
    "/session",
    {
      config: { rateLimit: { max: EXCHANGES_PER_MINUTE, timeWindow: 60_000 } },
      schema: {
        ...common,
        summary: "Exchange the play token of /play/<token> for an access token and the session's details",
        body: ExchangeBody,
        response: withProblems({ 200: ExchangeAnswer }),
      },
    },
    async (request, reply) => {
      const opened = await openClientAccess(deps, request.body.play_token, {
        cookieHeader: request.headers.cookie,
        secure: request.protocol === "https",
      });
      if (!opened.ok) throw studioProblem.from(opened);
      if (opened.setCookie !== undefined) reply.header("set-cookie", opened.setCookie);
      const title = titleOf(opened.access);
      await recoverSessionRounds(deps, opened.access);
      return reply.header("cache-control", "no-store").send({
        access_token: opened.accessToken,
        expires_at_ms: opened.expiresAtMs,
        session: await sessionInfo(deps, opened.access, title, opened.balanceMinor),
      });
    },
  );
}

/**
 * The rest of `/studio/api`, behind the access token the exchange gave (the game API surface's
 * hook sets `studioAccessOf(request)`). Money moves only through the provider gateway's service
 * functions.
 */
export function studioPlayRoutes(scope: TypedFastify, deps: StudioDeps): void {
  const rateLimit = { max: STUDIO_REQUESTS_PER_MINUTE, timeWindow: 60_000 };

  scope.get(
    "/session",
    {
      config: { rateLimit },
      schema: {
        ...common,
        summary: "The session's details and the balance now",
        response: withProblems({ 200: SessionInfo }),
      },
    },
    async (request) => {
      const access = accessOf(request);
      return sessionInfo(deps, access, titleOf(access), await currentBalance(deps, access));
    },
  );

  scope.post(
    "/rounds",
    {
      config: { rateLimit },
      schema: {
        ...common,
        summary: "Play a round (slots, roulette, keno) or deal a blackjack hand",
        body: PlayBody,
        response: withProblems({ 200: RoundAnswer }),
      },
    },
    async (request) => {
      const access = accessOf(request);
      const title = titleOf(access);
      await recoverSessionRounds(deps, access);
      const limits = await betLimitsOf(deps.db, title, access.session);
      const { bet_minor: betMinor, options } = request.body;
      if (title.game.kind === "multi-step") {
        return answer(
          await dealBlackjack(deps, access, title as StudioTitle & { game: BlackjackGame }, limits, {
            betMinor,
          }),
        );
      }
      return answer(
        await playInstantRound(deps, access, title as StudioTitle & { game: InstantGame }, limits, {
          betMinor,
          ...(options === undefined ? {} : { options }),
        }),
      );
    },
  );

  scope.post(
    "/rounds/:round_id/actions",
    {
      config: { rateLimit },
      schema: {
        ...common,
        summary:
          "A blackjack decision: hit, stand, double or split (double and split stake the hand's bet again)",
        params: RoundParams,
        body: ActBody,
        response: withProblems({ 200: RoundAnswer }),
      },
    },
    async (request) => {
      const access = accessOf(request);
      const title = titleOf(access);
      if (title.game.kind !== "multi-step") {
        throw studioProblem("INVALID_ACTION", "This game has no decisions within a round.");
      }
      // A double or split whose extra stake a crash left in flight (ROUND_BUSY) is returned here
      // once recovery may take it (two minutes), so the next click goes on without a reload.
      await recoverSessionRounds(deps, access);
      return answer(
        await actBlackjack(deps, access, title as StudioTitle & { game: BlackjackGame }, {
          roundRef: request.params.round_id,
          action: request.body.action,
        }),
      );
    },
  );

  scope.get(
    "/rounds",
    {
      config: { rateLimit },
      schema: {
        ...common,
        summary: "The player's rounds in this game, this session's and earlier ones, newest first",
        querystring: HistoryQuery,
        response: withProblems({ 200: HistoryAnswer }),
      },
    },
    async (request) => {
      const page = await listPlayerRounds(deps, accessOf(request).session, request.query);
      if (page === undefined)
        throw studioProblem("INVALID_CURSOR", "This cursor is not one this list returned.");
      const items = await withPlatformFollowed(deps, page.items);
      return { items: items.map(presentRound), nextCursor: page.nextCursor };
    },
  );

  scope.get(
    "/rounds/:round_id/replay",
    {
      config: { rateLimit },
      schema: {
        ...common,
        summary: "A past round replayed by the engine from its draws, with its money movements",
        params: RoundParams,
        response: withProblems({ 200: ReplayAnswer }),
      },
    },
    async (request) => {
      const access = accessOf(request);
      const row = await getPlayerRound(deps, access.session, request.params.round_id);
      if (row === undefined || row.status === "refused") {
        throw studioProblem("ROUND_NOT_FOUND", "No such round of yours in this game.");
      }
      const replayed = await replayStudioRound(deps, row);
      if (!replayed.ok) {
        request.log.error({ round_ref: row.round_ref, reason: replayed.message }, "round replay failed");
        if (replayed.code === "TITLE_VERSION_UNKNOWN") throw studioProblem(replayed.code, replayed.message);
        throw studioProblem("INTERNAL_ERROR", "This round cannot be replayed.");
      }
      return replayed.replay;
    },
  );
}
