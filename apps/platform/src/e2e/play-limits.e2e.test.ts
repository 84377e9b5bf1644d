// End to end over real HTTP, as a hostile studio would try it (issue 12, item 2): a 1-cent bet
// then wins of 100,000,000,000 on one round, and a bet above the game's catalogue maximum. The
// gateway refuses both, the wallet never sees them, and the refusal reaches people: the admin's
// list, the log and /metrics. An operator's own maximum win per round caps below the multiple.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { testDialects } from "../db/test-databases.ts";
import { roundIds, startWorld, type World } from "./support/world.ts";

for (const kind of testDialects) {
  describe(`bet limits and win caps at the gateway (${kind})`, () => {
    let w: World;
    const logLines: string[] = [];
    before(async () => {
      w = await startWorld(kind, { logLines });
    });
    after(async () => w?.close());

    test("a 1-cent bet, then two wins of 100,000,000,000: both refused, nothing paid, staff alerted", async () => {
      const s = await w.playing(1_000_000);
      const ids = roundIds();
      const bet = await w.gateway("/bet", {
        session_token: s.token,
        transaction_id: ids.bet,
        round_id: ids.round,
        amount: 1,
      });
      assert.equal(bet.status, 200, bet.text);
      for (const suffix of ["a", "b"]) {
        const win = await w.gateway("/win", {
          session_token: s.token,
          transaction_id: `${ids.win}-${suffix}`,
          round_id: ids.round,
          amount: 100_000_000_000,
          round_closed: false,
        });
        assert.equal(win.status, 422, win.text);
        assert.match(win.headers.get("content-type") ?? "", /^application\/problem\+json/);
        assert.equal(win.json.code, "WIN_LIMIT_EXCEEDED");
        // The studio's default multiple (10,000×) of the 1-cent stake.
        assert.equal(win.json.max_win, 10_000);
        assert.equal(win.json.cap, "win_multiple");
      }
      await w.settle();
      assert.equal(await w.wallet.balance(s.playerId), 999_999, "only the bet moved the wallet");
      // The capped amount pays, under a new id; one cent more would not.
      const over = await w.gateway("/win", {
        session_token: s.token,
        transaction_id: `${ids.win}-c`,
        round_id: ids.round,
        amount: 10_001,
        round_closed: true,
      });
      assert.equal(over.json.code, "WIN_LIMIT_EXCEEDED", over.text);
      const capped = await w.gateway("/win", {
        session_token: s.token,
        transaction_id: `${ids.win}-d`,
        round_id: ids.round,
        amount: 10_000,
        round_closed: true,
      });
      assert.equal(capped.status, 200, capped.text);
      await w.settle();
      assert.equal(await w.wallet.balance(s.playerId), 1_009_999);

      const list = await w.http("GET", `/admin/win-refusals?operatorId=${w.operator.operatorId}`, {
        token: w.adminToken,
      });
      assert.equal(list.status, 200, list.text);
      const mine = (list.json.items as Array<Record<string, unknown>>).filter(
        (r) => r.sessionId === s.sessionId,
      );
      assert.deepEqual(
        mine.map((r) => [r.transactionId, r.amountMinor, r.stakesMinor, r.paidMinor, r.capMinor, r.cap]),
        [
          [`${ids.win}-c`, 10_001, 1, 0, 10_000, "win_multiple"],
          [`${ids.win}-b`, 100_000_000_000, 1, 0, 10_000, "win_multiple"],
          [`${ids.win}-a`, 100_000_000_000, 1, 0, 10_000, "win_multiple"],
        ],
      );
      assert.ok(
        logLines.some((line) => line.includes('"alert":"win_cap"') && line.includes(`${ids.win}-a`)),
        "the refusal is logged as an alert",
      );
      const metrics = (await w.http("GET", "/metrics")).text;
      assert.match(metrics, /croupier_gateway_win_cap_refusals_total\{cap="win_multiple"\} [3-9]/);
    });

    test("a bet above the game's catalogue maximum (1,000,000) is refused; the wallet sees nothing", async () => {
      const s = await w.playing(5_000_000);
      const ids = roundIds();
      const bet = await w.gateway("/bet", {
        session_token: s.token,
        transaction_id: ids.bet,
        round_id: ids.round,
        amount: 2_000_000,
      });
      assert.equal(bet.status, 422, bet.text);
      assert.equal(bet.json.code, "BET_OUT_OF_LIMITS");
      assert.equal(bet.json.max_bet, 1_000_000);
      assert.equal((await w.callsOf({ playerId: s.playerId })).filter((c) => c.action === "debit").length, 0);
      assert.equal(await w.wallet.balance(s.playerId), 5_000_000);
      // The id stays free: the same id with a bet inside the limits is taken.
      const ok = await w.gateway("/bet", {
        session_token: s.token,
        transaction_id: ids.bet,
        round_id: ids.round,
        amount: 1_000_000,
      });
      assert.equal(ok.status, 200, ok.text);
    });

    test("the operator's own limits: a narrower bet range and a maximum win per round", async () => {
      const bo = { token: w.operator.boToken };
      const set = await w.http("PUT", "/backoffice/play-limits/EUR", {
        ...bo,
        body: { minBetMinor: 50, maxBetMinor: 20_000, maxWinPerRoundMinor: 30_000 },
      });
      assert.equal(set.status, 200, set.text);
      assert.equal(set.json.maxWinPerRoundMinor, 30_000);
      const bad = await w.http("PUT", "/backoffice/play-limits/EUR", {
        ...bo,
        body: { minBetMinor: 500, maxBetMinor: 20, maxWinPerRoundMinor: null },
      });
      assert.equal(bad.status, 400, bad.text);
      assert.equal(bad.json.code, "VALIDATION_FAILED");
      try {
        const s = await w.playing(100_000);
        const ids = roundIds();
        const small = await w.gateway("/bet", {
          session_token: s.token,
          transaction_id: `${ids.bet}-small`,
          round_id: ids.round,
          amount: 49,
        });
        assert.equal(small.json.code, "BET_OUT_OF_LIMITS", small.text);
        assert.equal(small.json.min_bet, 50);
        const bet = await w.gateway("/bet", {
          session_token: s.token,
          transaction_id: ids.bet,
          round_id: ids.round,
          amount: 100,
        });
        assert.equal(bet.status, 200, bet.text);
        // 100 × 10,000 would allow 1,000,000; the operator's 30,000 is the cap.
        const first = await w.gateway("/win", {
          session_token: s.token,
          transaction_id: `${ids.win}-1`,
          round_id: ids.round,
          amount: 20_000,
          round_closed: false,
        });
        assert.equal(first.status, 200, first.text);
        const second = await w.gateway("/win", {
          session_token: s.token,
          transaction_id: `${ids.win}-2`,
          round_id: ids.round,
          amount: 10_001,
          round_closed: true,
        });
        assert.equal(second.status, 422, second.text);
        assert.deepEqual(
          [second.json.code, second.json.cap, second.json.max_win],
          ["WIN_LIMIT_EXCEEDED", "operator_max_win", 10_000],
        );
        const rest = await w.gateway("/win", {
          session_token: s.token,
          transaction_id: `${ids.win}-3`,
          round_id: ids.round,
          amount: 10_000,
          round_closed: true,
        });
        assert.equal(rest.status, 200, rest.text);
        await w.settle();
        assert.equal(await w.wallet.balance(s.playerId), 100_000 - 100 + 30_000);
      } finally {
        const cleared = await w.http("PUT", "/backoffice/play-limits/EUR", {
          ...bo,
          body: { minBetMinor: null, maxBetMinor: null, maxWinPerRoundMinor: null },
        });
        assert.equal(cleared.status, 200, cleared.text);
        const listed = await w.http("GET", "/backoffice/play-limits", bo);
        assert.deepEqual(listed.json, { items: [] });
      }
    });
  });
}
