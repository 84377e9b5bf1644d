// Test support for the studio's repairs (following closed platform rounds, returning unseen
// stakes): the studio's deps around a round engine composed as production composes it, and the
// reads those tests make of a round and a client's session.
import { createSeededRng, type InstantGame } from "@croupier/games";
import type { Kysely } from "kysely";
import { Registry } from "prom-client";
import { composeEngine } from "../../compose.ts";
import type { Database } from "../../db/database.ts";
import type { StudioRoundRow } from "../tables.ts";
import { insertRound } from "../round-store.ts";
import { studioTitle } from "../titles.ts";
import { catalogueGameLookup } from "../../sessions/game-lookup.ts";
import { DEFAULT_SESSION_SETTINGS } from "../../sessions/settings.ts";
import type { ClientAccess } from "../access.ts";
import type { StudioDeps } from "../studio-deps.ts";
import { TITLES, type StudioClient, type StudioFixture } from "./studio-fixture.ts";

export interface RepairFixture {
  readonly deps: StudioDeps;
  /** The studio's row of a round. */
  studioRow(roundRef: string): Promise<StudioRoundRow>;
  /** What the studio's routes hold for `client`: its session and play token. */
  accessOf(client: StudioClient): Promise<ClientAccess>;
  /**
   * A slot round played for `client` and its row written, as `playInstantRound` writes it before
   * it sends the stake: the caller goes on from there (or the process "dies" there).
   */
  slotRoundRow(
    client: StudioClient,
    betMinor: number,
  ): Promise<{ access: ClientAccess; roundRef: string; roundId: string; winMinor: number }>;
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
  const deps: StudioDeps = {
    ...f.h.platform.deps,
    engine: engine.engine,
    games: catalogueGameLookup,
    settings: DEFAULT_SESSION_SETTINGS,
    rng: createSeededRng(seed),
  };
  const accessOf = (client: StudioClient) => clientAccess(db(), client);
  return {
    deps,
    studioRow: (roundRef) =>
      db()
        .selectFrom("studio_rounds")
        .selectAll()
        .where("round_ref", "=", roundRef)
        .executeTakeFirstOrThrow(),
    accessOf,
    async slotRoundRow(client, betMinor) {
      const access = await accessOf(client);
      const title = studioTitle(TITLES.line)!;
      const outcome = (title.game as InstantGame).play({ betMinor }, deps.rng);
      if (!outcome.ok) throw new Error(`the slot refused a bet of ${betMinor}`);
      const roundRef = deps.ids("sr");
      const row = await insertRound(deps, access.session, {
        roundRef,
        title,
        request: { betMinor },
        draws: outcome.draws,
        display: outcome.display,
        winMinor: outcome.totalWinMinor,
      });
      return { access, roundRef, roundId: row.platform_round_id ?? "", winMinor: outcome.totalWinMinor };
    },
    stop: () => engine.stop(),
  };
}

/** What the studio's routes hold for `client`: its session (read from `db`) and play token. */
export async function clientAccess(db: Kysely<Database>, client: StudioClient): Promise<ClientAccess> {
  const session = await db
    .selectFrom("game_sessions")
    .selectAll()
    .where("id", "=", client.sessionId)
    .executeTakeFirstOrThrow();
  return { session, studioToken: client.playToken };
}
