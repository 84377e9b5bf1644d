// A built-in round records the version of its title's maths, and its replay uses that version
// even after the title was edited (issue 12, item 20); a version the platform does not hold is
// refused, never replayed with other maths.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import {
  createSeededRng,
  loadTitleDefinition,
  replayRound,
  titleVersion,
  type InstantGame,
} from "@croupier/games";
import { testDialects } from "../db/test-databases.ts";
import { insertRound } from "./round-store.ts";
import { startStudio, TITLES, type StudioFixture } from "./test/studio-fixture.ts";
import { studioTitle, studioTitleOf } from "./titles.ts";

for (const kind of testDialects) {
  describe(`built-in studio: title versions (${kind})`, () => {
    let f: StudioFixture;
    before(async () => {
      f = await startStudio(kind);
    });
    after(async () => f?.close());

    const sessionOf = (id: string) =>
      f.h.db.db.selectFrom("game_sessions").selectAll().where("id", "=", id).executeTakeFirstOrThrow();

    test("a round stores its title's version; the definition is kept; the replay names it", async () => {
      const client = await f.openGame(TITLES.line, `tv-${kind}`, { demo: true });
      const played = await client.play(100);
      assert.equal(played.status, 200, played.text);
      const roundId = played.json.round.round_id as string;
      const bundled = studioTitle(TITLES.line)!;
      assert.match(bundled.version, /^sha256:[0-9a-f]{64}$/);
      const row = await f.h.db.db
        .selectFrom("studio_rounds")
        .select("title_version")
        .where("round_ref", "=", roundId)
        .executeTakeFirstOrThrow();
      assert.equal(row.title_version, bundled.version);
      const kept = await f.h.db.db
        .selectFrom("studio_title_versions")
        .selectAll()
        .where("version", "=", bundled.version)
        .executeTakeFirstOrThrow();
      assert.equal(kept.title_id, TITLES.line);
      assert.equal(
        titleVersion(JSON.parse(kept.definition)),
        bundled.version,
        "the version hashes the kept text",
      );
      const replay = await client.call("GET", `/rounds/${roundId}/replay`);
      assert.equal(replay.status, 200, replay.text);
      assert.equal(replay.json.title_version, bundled.version);
      assert.equal(replay.json.matches_original, true);
    });

    test("a round played before its title was edited replays with the maths it was played with", async () => {
      const client = await f.openGame(TITLES.line, `tv-old-${kind}`, { demo: true });
      const session = await sessionOf(client.sessionId);
      // The "old" version: the bundled title with every pay doubled.
      const bundled = studioTitle(TITLES.line)!;
      const definition = structuredClone(bundled.game.title) as unknown as {
        pays: Record<string, Record<string, number>>;
      };
      for (const pays of Object.values(definition.pays))
        for (const count of Object.keys(pays)) pays[count] = (pays[count] ?? 0) * 2;
      const loaded = loadTitleDefinition(definition, { checkPublished: false });
      assert.ok(loaded.ok, loaded.ok ? "" : loaded.message);
      const old = studioTitleOf(loaded.loaded.game);
      assert.notEqual(old.version, bundled.version);
      const oldGame = old.game as InstantGame;
      const rng = createSeededRng(`tv-${kind}`);
      let outcome = oldGame.play({ betMinor: 100 }, rng);
      while (!outcome.ok || outcome.totalWinMinor === 0) outcome = oldGame.play({ betMinor: 100 }, rng);
      // Today's maths would show another result for the same draws.
      const today = replayRound(bundled.game as InstantGame, { betMinor: 100 }, outcome.draws);
      assert.ok(today.ok);
      assert.notEqual(today.totalWinMinor, outcome.totalWinMinor);

      const roundRef = `sr_tvold${kind}`;
      await insertRound(f.h.platform.deps, session, {
        roundRef,
        title: old,
        request: { betMinor: 100 },
        draws: outcome.draws,
        display: outcome.display,
        winMinor: outcome.totalWinMinor,
      });
      const replay = await client.call("GET", `/rounds/${roundRef}/replay`);
      assert.equal(replay.status, 200, replay.text);
      assert.equal(replay.json.title_version, old.version);
      assert.equal(replay.json.matches_original, true, "replayed with the old maths");
      assert.deepEqual(replay.json.display, JSON.parse(JSON.stringify(outcome.display)));
    });

    test("a version the platform does not hold is refused with TITLE_VERSION_UNKNOWN", async () => {
      const client = await f.openGame(TITLES.line, `tv-unknown-${kind}`, { demo: true });
      const played = await client.play(100);
      const roundId = played.json.round.round_id as string;
      await f.h.db.db
        .updateTable("studio_rounds")
        .set({ title_version: `sha256:${"0".repeat(64)}` })
        .where("round_ref", "=", roundId)
        .execute();
      const replay = await client.call("GET", `/rounds/${roundId}/replay`);
      assert.equal(replay.status, 409, replay.text);
      assert.equal(replay.json.code, "TITLE_VERSION_UNKNOWN");
    });
  });
}
