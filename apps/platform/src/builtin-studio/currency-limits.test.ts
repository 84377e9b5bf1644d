// Per-currency stake limits of built-in titles (issue 12, item 21): the catalogue's limits in the
// session's currency replace the title's single minor-unit range instead of only narrowing it.
// KWD has 3 decimals: a KWD maximum of 100,000 minor units is 100 KWD, and a player may stake it.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { importFeed } from "../catalogue/import/import-feed.ts";
import { BUILT_IN_PROVIDER } from "../catalogue/seed.ts";
import { testDialects } from "../db/test-databases.ts";
import { feedFigures } from "../sessions/test/game-play-fixture.ts";
import { startStudio, TITLES, type StudioFixture } from "./test/studio-fixture.ts";

for (const kind of testDialects) {
  describe(`built-in studio: stake limits per currency (${kind})`, () => {
    let f: StudioFixture;
    before(async () => {
      f = await startStudio(kind);
      // The operator plays in KWD too; the title lists KWD limits beside EUR.
      await f.h.db.db
        .updateTable("operators")
        .set({ currencies: JSON.stringify(["EUR", "KWD"]) })
        .where("id", "=", f.operatorId)
        .execute();
      const imported = await importFeed(f.h.platform.deps, {
        format: "json",
        body: {
          providers: [BUILT_IN_PROVIDER],
          games: [
            {
              id: TITLES.line,
              name: TITLES.line,
              provider: BUILT_IN_PROVIDER.id,
              type: "slot",
              ...feedFigures(TITLES.line),
              betLimits: {
                EUR: { minMinor: 10, maxMinor: 100_000 },
                KWD: { minMinor: 1_000, maxMinor: 100_000 },
              },
              releaseDate: "2024-01-01",
              demoAvailable: true,
            },
          ],
        },
        dryRun: false,
        actor: { kind: "system", id: "test" },
      });
      assert.ok(imported.ok && imported.report.counts.refused === 0, JSON.stringify(imported));
    });
    after(async () => f?.close());

    async function kwdClient(playerId: string) {
      const { sessionId, token } = await f.startSession({
        game_id: TITLES.line,
        player_id: playerId,
        currency: "KWD",
        demo: true,
      });
      return f.exchange(sessionId, token);
    }

    test("a KWD session offers the catalogue's KWD range (1.000–100.000 KWD) and takes a 100 KWD stake", async () => {
      const client = await kwdClient(`kwd-${kind}`);
      const session = (await client.call("GET", "/session")).json;
      assert.equal(session.currency, "KWD");
      assert.equal(session.currency_exponent, 3);
      // The title's own default maximum is 10,000 minor units; KWD's listed one is 100,000.
      assert.deepEqual(session.bet_limits, { min_minor: 1_000, max_minor: 100_000, step_minor: 10 });
      const played = await client.play(100_000);
      assert.equal(played.status, 200, played.text);
      const above = await client.play(100_010);
      assert.equal(above.json.code, "INVALID_BET", above.text);
      const below = await client.play(990);
      assert.equal(below.json.code, "INVALID_BET", below.text);
    });

    test("the operator's own KWD limits narrow the catalogue's", async () => {
      const set = await f.h.request("PUT", "/backoffice/play-limits/KWD", {
        token: f.boToken,
        body: { minBetMinor: null, maxBetMinor: 50_000, maxWinPerRoundMinor: null },
      });
      assert.equal(set.status, 200, set.text);
      const client = await kwdClient(`kwd-op-${kind}`);
      const session = (await client.call("GET", "/session")).json;
      assert.deepEqual(session.bet_limits, { min_minor: 1_000, max_minor: 50_000, step_minor: 10 });
      assert.equal((await client.play(50_010)).json.code, "INVALID_BET");
      assert.equal((await client.play(50_000)).status, 200);
    });

    test("an operator's maximum win per round: a built-in round that wins more is paid at the cap", async () => {
      const set = await f.h.request("PUT", "/backoffice/play-limits/KWD", {
        token: f.boToken,
        body: { minBetMinor: null, maxBetMinor: null, maxWinPerRoundMinor: 1_500 },
      });
      assert.equal(set.status, 200, set.text);
      const client = await kwdClient(`kwd-cap-${kind}`);
      let balance = (await client.call("GET", "/session")).json.balance as number;
      // Fruit Fiesta wins often; a win of a 1.000 KWD stake above 1.500 KWD comes within a few spins.
      for (let spin = 0; spin < 500; spin++) {
        const played = await client.play(1_000);
        assert.equal(played.status, 200, played.text);
        const { round } = played.json;
        const paid = Math.min(round.win_minor as number, 1_500);
        assert.equal(played.json.balance, balance - 1_000 + paid, `spin ${spin}`);
        balance = played.json.balance;
        if ((round.win_minor as number) > 1_500) {
          const refusals = await f.h.request("GET", "/admin/win-refusals?limit=200", {
            token: f.h.adminToken,
          });
          const mine = (refusals.json.items as Array<Record<string, unknown>>).filter(
            (r) => r.roundId === round.round_id,
          );
          assert.deepEqual(
            mine.map((r) => [r.amountMinor, r.capMinor, r.cap]),
            [[round.win_minor, 1_500, "operator_max_win"]],
          );
          return;
        }
      }
      assert.fail("no spin won more than the cap");
    });
  });
}
