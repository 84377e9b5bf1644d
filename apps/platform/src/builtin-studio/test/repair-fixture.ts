// Test support for the studio's repairs (following closed platform rounds, returning unseen
// stakes): the studio's deps around a round engine composed as production composes it, and the
// reads those tests make of a round and a client's session.
import { createSeededRng } from "@croupier/games";
import { Registry } from "prom-client";
import { composeEngine } from "../../compose.ts";
import type { StudioRoundRow } from "../tables.ts";
import { catalogueGameLookup } from "../../sessions/game-lookup.ts";
import { DEFAULT_SESSION_SETTINGS } from "../../sessions/settings.ts";
import type { ClientAccess } from "../access.ts";
import type { StudioDeps } from "../studio-deps.ts";
import type { StudioClient, StudioFixture } from "./studio-fixture.ts";

export interface RepairFixture {
  readonly deps: StudioDeps;
  /** The studio's row of a round. */
  studioRow(roundRef: string): Promise<StudioRoundRow>;
  /** What the studio's routes hold for `client`: its session and play token. */
  accessOf(client: StudioClient): Promise<ClientAccess>;
  /** Stops the composed engine (the fixture itself is the caller's to close). */
  stop(): Promise<void>;
}

/**
 * The engine is composed but never started: the test runs the repair itself, and the app's own
 * dispatcher delivers what it sends. `seed` makes the studio's draws repeatable.
 */
export function repairFixture(f: StudioFixture, seed: string): RepairFixture {
  const engine = composeEngine(f.h.platform, { registry: new Registry() });
  const db = () => f.h.db.db;
  return {
    deps: {
      ...f.h.platform.deps,
      engine: engine.engine,
      games: catalogueGameLookup,
      settings: DEFAULT_SESSION_SETTINGS,
      rng: createSeededRng(seed),
    },
    studioRow: (roundRef) =>
      db()
        .selectFrom("studio_rounds")
        .selectAll()
        .where("round_ref", "=", roundRef)
        .executeTakeFirstOrThrow(),
    async accessOf(client) {
      const session = await db()
        .selectFrom("game_sessions")
        .selectAll()
        .where("id", "=", client.sessionId)
        .executeTakeFirstOrThrow();
      return { session, studioToken: client.playToken };
    },
    stop: () => engine.stop(),
  };
}
