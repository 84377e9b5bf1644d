// The built-in studio end to end: launch through /v1 → /play/<token> → /studio/api → provider
// gateway (in-process) → round engine → the reference wallet over real HTTP, on both dialects.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { testDialects } from "../db/test-databases.ts";
import type { HttpAnswer } from "../test/platform-harness.ts";
import { startStudio, TITLES, type StudioClient, type StudioFixture } from "./test/studio-fixture.ts";

/** Sums of what the player was shown: every stake and every credit of the answers. */
function tally(answers: readonly HttpAnswer[]): { bets: number; wins: number } {
  let bets = 0;
  let wins = 0;
  for (const a of answers) {
    assert.equal(a.status, 200, a.text);
    if (a.json.round.status === "settled") {
      bets += a.json.round.bet_minor;
      wins += a.json.round.win_minor;
    }
  }
  return { bets, wins };
}

for (const kind of testDialects) {
  describe(`built-in studio play (${kind})`, () => {
    let f: StudioFixture;
    before(async () => {
      f = await startStudio(kind);
    });
    after(async () => f?.close());

    async function expectReplays(client: StudioClient, answers: readonly HttpAnswer[]): Promise<void> {
      for (const a of answers) {
        const replay = await client.call("GET", `/rounds/${a.json.round.round_id}/replay`);
        assert.equal(replay.status, 200, replay.text);
        assert.equal(replay.json.matches_original, true);
        assert.deepEqual(replay.json.display, a.json.round.display, "the replay is what the player saw");
        assert.equal(replay.json.bet_minor, a.json.round.bet_minor);
        assert.equal(replay.json.win_minor, a.json.round.win_minor);
        const moved = replay.json.movements as { kind: string; amount_minor: number; result: string }[];
        assert.ok(
          moved.every((m) => m.result === "OK"),
          JSON.stringify(moved),
        );
        assert.equal(
          moved.filter((m) => m.kind === "bet").reduce((s, m) => s + m.amount_minor, 0),
          a.json.round.bet_minor,
        );
        assert.equal(
          moved.filter((m) => m.kind !== "bet").reduce((s, m) => s + m.amount_minor, 0),
          a.json.round.win_minor,
        );
      }
    }

    test("line slot: the page, the exchange, rounds whose bets and wins move the wallet exactly", async () => {
      const player = `line-${kind}`;
      await f.player(player, 10_000);
      const { sessionId, playToken, location } = await f.launchGame(TITLES.line, player);
      assert.match(location, /\/play\/sst_/);
      const page = await fetch(location);
      assert.equal(page.status, 200);
      assert.match(await page.text(), /<div id="root"><\/div>/);
      assert.match(page.headers.get("content-security-policy") ?? "", /script-src 'self'/);
      assert.equal(page.headers.get("cache-control"), "no-store");
      const asset = /src="(\/play\/assets\/[^"]+\.js)"/.exec(await (await fetch(location)).text())?.[1];
      assert.ok(asset !== undefined);
      assert.equal((await fetch(`${f.h.baseUrl}${asset}`)).status, 200);
      assert.equal((await fetch(`${f.h.baseUrl}/play/sst_unknown`)).status, 404);

      const own = await f.exchange(sessionId, playToken);
      const opened = own.opened;
      assert.equal(opened.status, 200, opened.text);
      const session = opened.json.session;
      assert.match(opened.json.access_token, /^sca_/);
      assert.equal(session.engine, "line-slot");
      assert.equal(session.currency, "EUR");
      assert.equal(session.currency_exponent, 2);
      assert.equal(session.balance, 10_000);
      assert.equal(session.demo, false);
      // The catalogue's EUR limits (10..100,000), not the title's default range.
      assert.deepEqual(session.bet_limits, { min_minor: 10, max_minor: 100_000, step_minor: 10 });
      assert.equal(session.config.lines.length, 10);
      assert.equal(session.config.reels, 5);

      const answers: HttpAnswer[] = [];
      const walletBefore = await f.walletBalance(player);
      for (let i = 0; i < 6; i++) {
        answers.push(await own.play(100));
      }
      const { bets, wins } = tally(answers);
      assert.equal(bets, 600);
      const walletAfter = await f.walletBalance(player);
      assert.equal(walletAfter, (walletBefore ?? 0) - bets + wins, "the wallet moved by exactly bets − wins");
      assert.equal(answers.at(-1)?.json.balance, walletAfter, "the last balance shown is the wallet's");
      const calls = f.walletCalls.filter((c) => c.player_id === player);
      assert.deepEqual(
        calls.filter((c) => c.action === "debit").map((c) => c.amount),
        [100, 100, 100, 100, 100, 100],
      );
      assert.deepEqual(
        calls.filter((c) => c.action === "credit").map((c) => c.amount),
        answers.map((a) => a.json.round.win_minor),
        "one credit per round, win or closing 0",
      );
      for (const a of answers) {
        assert.equal(a.json.round.display.betCoins, 10);
        assert.equal(a.json.round.display.coinValueMinor, 10);
      }
      await expectReplays(own, answers);

      const history = await own.call("GET", "/rounds");
      assert.equal(history.status, 200);
      assert.deepEqual(
        history.json.items.map((r: { round_id: string }) => r.round_id),
        answers.map((a) => a.json.round.round_id).reverse(),
        "newest first",
      );
      const page2 = await own.call("GET", "/rounds?limit=4");
      assert.equal(page2.json.items.length, 4);
      const rest = await own.call("GET", `/rounds?limit=4&cursor=${page2.json.nextCursor}`);
      assert.equal(rest.json.items.length, 2);
      assert.equal(rest.json.nextCursor, null);
    });

    test("operator replay: /v1/rounds/:round_id/replay by the wallet's round id, scoped to the operator", async () => {
      const player = `oprep-${kind}`;
      await f.player(player, 5_000);
      const client = await f.openGame(TITLES.roulette, player);
      const played = await client.play(100, {
        bets: [
          { type: "red", amountMinor: 60 },
          { type: "straight", numbers: [17], amountMinor: 40 },
        ],
      });
      assert.equal(played.status, 200, played.text);
      const replayOwn = await client.call("GET", `/rounds/${played.json.round.round_id}/replay`);
      const platformRoundId = replayOwn.json.platform_round_id as string;
      assert.match(platformRoundId, /^gr_/);
      const replay = await f.h.request("GET", `/v1/rounds/${platformRoundId}/replay`, { token: f.apiToken });
      assert.equal(replay.status, 200, replay.text);
      assert.equal(replay.json.player_id, player);
      assert.equal(replay.json.matches_original, true);
      assert.deepEqual(replay.json.display, played.json.round.display);
      assert.deepEqual(replay.json.request.options.bets.length, 2);
      const calls = replay.json.wallet_calls as {
        action: string;
        amount_minor: number;
        state: string;
        round_closed: boolean;
      }[];
      assert.deepEqual(
        calls.map((c) => [c.action, c.amount_minor, c.round_closed]),
        [
          ["debit", 100, false],
          ["credit", played.json.round.win_minor, true],
        ],
      );
      const byStudioId = await f.h.request("GET", `/v1/rounds/${played.json.round.round_id}/replay`, {
        token: f.apiToken,
      });
      assert.equal(byStudioId.status, 200);
      assert.equal(byStudioId.json.round_id, played.json.round.round_id);
      const unknown = await f.h.request("GET", "/v1/rounds/gr_nothing/replay", { token: f.apiToken });
      assert.equal(unknown.status, 404);
      assert.equal(unknown.json.code, "ROUND_NOT_FOUND");
      const anonymous = await f.h.request("GET", `/v1/rounds/${platformRoundId}/replay`);
      assert.equal(anonymous.status, 401);
    });

    test("ways slot, roulette and keno: each round one debit and one credit, replayable", async () => {
      const cases: { game: string; bet: number; options?: unknown }[] = [
        { game: TITLES.ways, bet: 50 },
        { game: TITLES.ways, bet: 100 },
        {
          game: TITLES.roulette,
          bet: 100,
          options: {
            bets: [
              { type: "dozen", index: 2, amountMinor: 50 },
              { type: "odd", amountMinor: 50 },
            ],
          },
        },
        { game: TITLES.keno, bet: 20, options: { picks: [3, 14, 27, 41, 77] } },
        { game: TITLES.keno, bet: 20, options: {} },
      ];
      for (const [i, c] of cases.entries()) {
        const player = `eng-${kind}-${i}`;
        await f.player(player, 5_000);
        const client = await f.openGame(c.game, player);
        const answers = [await client.play(c.bet, c.options), await client.play(c.bet, c.options)];
        const { bets, wins } = tally(answers);
        assert.equal(await f.walletBalance(player), 5_000 - bets + wins, c.game);
        const calls = f.walletCalls.filter((w) => w.player_id === player);
        assert.equal(calls.filter((w) => w.action === "debit").length, 2);
        assert.equal(calls.filter((w) => w.action === "credit").length, 2);
        await expectReplays(client, answers);
        if (c.game === TITLES.keno) {
          const display = answers[0]?.json.round.display;
          assert.equal(display.drawn.length, 20);
          assert.equal(display.picks.length, 5);
          if ((c.options as { picks?: number[] }).picks !== undefined)
            assert.deepEqual(display.picks, [3, 14, 27, 41, 77]);
        }
      }
    });

    test("blackjack: deal debits, double and split debit again in the same round, stand settles", async () => {
      const player = `bj-${kind}`;
      await f.player(player, 1_000_000);
      const client = await f.openGame(TITLES.blackjack, player);
      assert.equal(client.opened.json.session.bet_limits.step_minor, 2);
      let extras = 0;
      let split = false;
      let doubled = false;
      const finals: HttpAnswer[] = [];
      // Deal until both a split and a double have been played (a pair comes about once in 13 hands).
      for (let hand = 0; hand < 80 && !(split && doubled); hand++) {
        let answer = await client.play(200);
        assert.equal(answer.status, 200, answer.text);
        const roundId = answer.json.round.round_id as string;
        while (answer.json.round.status === "in_play") {
          const view = answer.json.round.display.view;
          assert.equal(
            view.dealer.cards.at(-1),
            "hidden",
            "the hole card stays hidden while the player decides",
          );
          assert.equal(answer.json.round.display.view.dealer.total, null);
          const again = await client.play(200);
          assert.equal(again.status, 409);
          assert.equal(again.json.code, "ROUND_IN_PROGRESS");
          const legal = view.legalActions as string[];
          const action =
            legal.includes("split") && !split
              ? "split"
              : legal.includes("double") && !doubled
                ? "double"
                : "stand";
          if (action === "split") split = true;
          if (action === "double") doubled = true;
          if (action === "split" || action === "double") extras++;
          answer = await client.act(roundId, action);
          assert.equal(answer.status, 200, answer.text);
        }
        assert.equal(answer.json.round.status, "settled");
        assert.ok(answer.json.round.display.settlement !== null);
        finals.push(answer);
        const illegal = await client.act(roundId, "hit");
        assert.equal(illegal.status, 409);
        assert.equal(illegal.json.code, "INVALID_ACTION");
      }
      assert.ok(split && doubled, "a split and a double were played");
      const { bets, wins } = tally(finals);
      assert.equal(await f.walletBalance(player), 1_000_000 - bets + wins);
      const calls = f.walletCalls.filter((w) => w.player_id === player);
      assert.equal(calls.filter((w) => w.action === "debit").length, finals.length + extras);
      assert.equal(calls.filter((w) => w.action === "credit").length, finals.length);
      await expectReplays(client, finals);
      // The operator sees the extra stakes inside the one round.
      const withExtra = finals.find((a) => a.json.round.bet_minor > 200);
      assert.ok(withExtra !== undefined);
      const own = await client.call("GET", `/rounds/${withExtra.json.round.round_id}/replay`);
      const op = await f.h.request("GET", `/v1/rounds/${own.json.platform_round_id}/replay`, {
        token: f.apiToken,
      });
      const debits = op.json.wallet_calls.filter((c: { action: string }) => c.action === "debit");
      assert.ok(debits.length >= 2);
      assert.equal(
        debits.reduce((s: number, c: { amount_minor: number }) => s + c.amount_minor, 0),
        withExtra.json.round.bet_minor,
      );
    });
  });
}
