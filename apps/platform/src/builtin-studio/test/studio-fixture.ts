// Test support for the built-in studio: the game-play fixture (platform app on loopback, an
// operator whose wallet is the real reference wallet) plus the built-in titles in the catalogue
// and a small client of /studio/api that plays like the browser does.
import { ensureGameClientBuilt } from "@croupier/game-client/build";
import { BUILT_IN_PROVIDER } from "../../catalogue/seed.ts";
import { importFeed } from "../../catalogue/import/import-feed.ts";
import type { testDialects } from "../../db/test-databases.ts";
import { feedFigures, startGamePlay, type GamePlayFixture } from "../../sessions/test/game-play-fixture.ts";
import type { HttpAnswer } from "../../test/platform-harness.ts";

/** One title per engine. */
export const TITLES = {
  line: "fruit-fiesta",
  ways: "jungle-ways",
  roulette: "european-roulette",
  blackjack: "blackjack-classic",
  keno: "keno-five",
} as const;

export interface StudioClient {
  readonly sessionId: string;
  readonly playToken: string;
  /** The answer of the token exchange (`session` holds the details). */
  readonly opened: HttpAnswer;
  accessToken: string;
  call(method: string, path: string, body?: unknown): Promise<HttpAnswer>;
  play(betMinor: number, options?: unknown): Promise<HttpAnswer>;
  act(roundId: string, action: string): Promise<HttpAnswer>;
}

export interface StudioFixture extends GamePlayFixture {
  /** Launches `gameId` for `playerId` through /v1, opens the launch URL and exchanges the play token. */
  openGame(gameId: string, playerId: string, options?: { demo?: boolean }): Promise<StudioClient>;
  /** Exchanges a play token like the browser does and returns a client of /studio/api. */
  exchange(sessionId: string, playToken: string): Promise<StudioClient>;
  /** Launches and opens, without the exchange. */
  launchGame(
    gameId: string,
    playerId: string,
    options?: { demo?: boolean },
  ): Promise<{ sessionId: string; playToken: string; location: string }>;
}

export async function startStudio(kind: (typeof testDialects)[number]): Promise<StudioFixture> {
  await ensureGameClientBuilt();
  const f = await startGamePlay(kind);
  const imported = await importFeed(f.h.platform.deps, {
    format: "json",
    body: {
      providers: [BUILT_IN_PROVIDER],
      games: Object.values(TITLES).map((id) => ({
        id,
        name: id,
        provider: BUILT_IN_PROVIDER.id,
        type: "slot",
        // A built-in title's figures are its engine's; the import refuses others.
        ...feedFigures(id),
        betLimits: { EUR: { minMinor: 10, maxMinor: 100_000 } },
        releaseDate: "2024-01-01",
        demoAvailable: true,
      })),
    },
    dryRun: false,
    actor: { kind: "system", id: "test" },
  });
  if (!imported.ok) throw new Error(imported.message);

  const launchGame: StudioFixture["launchGame"] = async (gameId, playerId, options = {}) => {
    const { sessionId, token, location } = await f.startSession({
      game_id: gameId,
      player_id: playerId,
      ...(options.demo === true ? { demo: true } : {}),
    });
    return { sessionId, playToken: token, location };
  };

  // The fixture is one browser: the binding cookie a first exchange sets is sent with the next.
  const cookies = new Map<string, string>();
  const exchange: StudioFixture["exchange"] = async (sessionId, playToken) => {
    const cookie = cookies.get(playToken);
    const opened = await f.h.request("POST", "/studio/api/session", {
      body: { play_token: playToken },
      ...(cookie === undefined ? {} : { headers: { cookie } }),
    });
    if (opened.status !== 200) throw new Error(`exchange: ${opened.status} ${opened.text}`);
    const set = opened.headers.get("set-cookie");
    if (set !== null) cookies.set(playToken, set.split(";")[0]!);
    const client: StudioClient = {
      sessionId,
      playToken,
      opened,
      accessToken: opened.json.access_token as string,
      call: (method, path, body) =>
        f.h.request(method, `/studio/api${path}`, {
          token: client.accessToken,
          ...(body === undefined ? {} : { body }),
        }),
      play: (betMinor, playOptions) =>
        client.call("POST", "/rounds", {
          bet_minor: betMinor,
          ...(playOptions === undefined ? {} : { options: playOptions }),
        }),
      act: (roundId, action) => client.call("POST", `/rounds/${roundId}/actions`, { action }),
    };
    return client;
  };

  return {
    ...f,
    launchGame,
    exchange,
    async openGame(gameId, playerId, options = {}) {
      const { sessionId, playToken } = await launchGame(gameId, playerId, options);
      return exchange(sessionId, playToken);
    },
  };
}
