// What the player is told when play cannot go on, and that nothing moves when it cannot:
// bad input, insufficient funds, demo play without the wallet, an unavailable wallet, recovery
// of half-done rounds, expired access and expired sessions.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { testDialects } from "../db/test-databases.ts";
import { RECOVER_AFTER_MS, UNSEEN_STAKE_AFTER_MS } from "./recover.ts";
import { startStudio, TITLES, type StudioFixture } from "./test/studio-fixture.ts";

for (const kind of testDialects) {
  describe(`built-in studio refusals (${kind})`, () => {
    let f: StudioFixture;
    before(async () => {
      f = await startStudio(kind);
    });
    after(async () => f?.close());

    const moneyCalls = (player: string) =>
      f.walletCalls.filter((c) => c.player_id === player && c.action !== "balance");

    test("bad requests get a stable code and move nothing", async () => {
      const player = `bad-${kind}`;
      await f.player(player, 10_000);
      const slot = await f.openGame(TITLES.line, player);
      const refusals: [Promise<{ status: number; json: { code: string } }>, number, string][] = [
        [slot.play(105), 400, "INVALID_BET"],
        [slot.play(5), 400, "INVALID_BET"],
        // Above the catalogue's EUR maximum (100,000), which replaces the title's own 10,000.
        [slot.play(100_010), 400, "INVALID_BET"],
        [slot.call("POST", "/rounds", { bet_minor: "100" }), 400, "VALIDATION_FAILED"],
        [slot.call("POST", "/rounds", { bet_minor: 100, extra: 1 }), 400, "VALIDATION_FAILED"],
        [slot.act("sr_nothing", "hit"), 409, "INVALID_ACTION"],
        [slot.call("GET", "/rounds/sr_nothing/replay"), 404, "ROUND_NOT_FOUND"],
        [slot.call("GET", "/rounds?cursor=bm90LWEtY3Vyc29y"), 400, "INVALID_CURSOR"],
      ];
      for (const [pending, status, code] of refusals) {
        const answer = await pending;
        assert.equal(answer.status, status, JSON.stringify(answer.json));
        assert.equal(answer.json.code, code);
      }
      const roulette = await f.openGame(TITLES.roulette, player);
      const sum = await roulette.play(100, { bets: [{ type: "red", amountMinor: 50 }] });
      assert.equal(sum.json.code, "INVALID_BET");
      const position = await roulette.play(100, {
        bets: [{ type: "split", numbers: [1, 5], amountMinor: 100 }],
      });
      assert.equal(position.status, 400);
      assert.equal(position.json.code, "INVALID_OPTIONS");
      const keno = await f.openGame(TITLES.keno, player);
      const picks = await keno.play(20, { picks: [1, 2, 3] });
      assert.equal(picks.json.code, "INVALID_OPTIONS");

      const anonymous = await f.h.request("GET", "/studio/api/rounds");
      assert.equal(anonymous.status, 401);
      assert.equal(anonymous.json.code, "UNAUTHORIZED");
      const forged = await f.h.request("GET", "/studio/api/rounds", { token: "sca_forged" });
      assert.equal(forged.status, 401);
      const unknown = await f.h.request("POST", "/studio/api/session", {
        body: { play_token: "sst_unknown" },
      });
      assert.equal(unknown.status, 404);
      assert.equal(unknown.json.code, "SESSION_NOT_FOUND");
      // A third-party studio's session token opens nothing here.
      const acme = await f.startSession({ player_id: player });
      const foreign = await f.h.request("POST", "/studio/api/session", { body: { play_token: acme.token } });
      assert.equal(foreign.json.code, "SESSION_NOT_FOUND");
      assert.equal((await fetch(`${f.h.baseUrl}/play/${acme.token}`)).status, 404);

      // A round of another player is not found through their session (the same player's later
      // sessions do find it: a returning player's history spans sessions).
      const mine = await slot.play(100);
      assert.equal(mine.status, 200);
      await f.player(`${player}-other`, 1_000);
      const other = await f.openGame(TITLES.line, `${player}-other`);
      const peek = await other.call("GET", `/rounds/${mine.json.round.round_id}/replay`);
      assert.equal(peek.status, 404);
      const again = await f.openGame(TITLES.line, player);
      assert.equal((await again.call("GET", `/rounds/${mine.json.round.round_id}/replay`)).status, 200);
      assert.equal(moneyCalls(player).length, 2, "only the one valid round reached the wallet");
    });

    test("insufficient funds: shown as such with the balance; nothing debited; a refused double keeps the hand", async () => {
      const player = `poor-${kind}`;
      await f.player(player, 50);
      const slot = await f.openGame(TITLES.line, player);
      const refused = await slot.play(100);
      assert.equal(refused.status, 402);
      assert.equal(refused.json.code, "INSUFFICIENT_FUNDS");
      assert.equal(refused.json.balance, 50);
      assert.match(refused.json.detail, /insufficient funds/i);
      assert.equal(await f.walletBalance(player), 50);
      assert.equal(
        (await slot.call("GET", "/rounds")).json.items.length,
        0,
        "a refused round is not history",
      );

      // 300 pays a 200 deal but not its double (a natural settles at once: then a fresh player).
      for (let attempt = 0; attempt < 20; attempt++) {
        const bjPlayer = `poor-bj-${kind}-${attempt}`;
        await f.player(bjPlayer, 300);
        const bj = await f.openGame(TITLES.blackjack, bjPlayer);
        const dealt = await bj.play(200);
        assert.equal(dealt.status, 200, dealt.text);
        if (dealt.json.round.status !== "in_play") continue;
        const before = dealt.json.round;
        const doubled = await bj.act(before.round_id, "double");
        assert.equal(doubled.status, 402, doubled.text);
        assert.equal(doubled.json.code, "INSUFFICIENT_FUNDS");
        assert.equal(doubled.json.balance, 100);
        const session = await bj.call("GET", "/session");
        assert.deepEqual(session.json.open_round.display, before.display, "the hand is as it was");
        const stood = await bj.act(before.round_id, "stand");
        assert.equal(stood.status, 200, stood.text);
        assert.equal(stood.json.round.bet_minor, 200);
        assert.equal(await f.walletBalance(bjPlayer), 100 + stood.json.round.win_minor);
        return;
      }
      assert.fail("no hand stayed in play in 20 deals");
    });

    test("demo play: play money, never the wallet", async () => {
      const player = `demo-${kind}`;
      const before = f.walletCalls.length;
      const slot = await f.openGame(TITLES.ways, player, { demo: true });
      assert.equal(slot.opened.json.session.demo, true);
      assert.equal(slot.opened.json.session.balance, 100_000);
      let balance = 100_000;
      for (let i = 0; i < 3; i++) {
        const played = await slot.play(100);
        assert.equal(played.status, 200, played.text);
        balance += played.json.round.win_minor - played.json.round.bet_minor;
        assert.equal(played.json.balance, balance);
        const replay = await slot.call("GET", `/rounds/${played.json.round.round_id}/replay`);
        assert.equal(replay.json.matches_original, true);
        assert.equal(replay.json.platform_round_id, null);
      }
      const bj = await f.openGame(TITLES.blackjack, player, { demo: true });
      let dealt = await bj.play(1_000);
      while (dealt.json.round.status === "in_play") dealt = await bj.act(dealt.json.round.round_id, "stand");
      assert.equal(dealt.json.round.status, "settled");
      assert.equal(f.walletCalls.length, before, "no wallet call at all");
      const op = await f.h.request("GET", `/v1/rounds/${dealt.json.round.round_id}/replay`, {
        token: f.apiToken,
      });
      assert.equal(op.status, 200);
      assert.equal(op.json.demo, true);
      assert.deepEqual(op.json.wallet_calls, []);
    });

    test("an unavailable wallet: the player is told plainly and the stake does not stand", async () => {
      const player = `slow-${kind}`;
      await f.player(player, 10_000);
      const slot = await f.openGame(TITLES.line, player);
      const settings = (timeoutMs: number) =>
        f.h.request("PATCH", "/backoffice/environments/sandbox/wallet-settings", {
          token: f.boToken,
          body: { timeoutMs },
        });
      assert.equal((await settings(500)).status, 200);
      f.advance(6_000); // past the engine's endpoint cache
      try {
        f.slowOnce.set(player, 1_500);
        const refused = await slot.play(100);
        assert.equal(refused.status, 503, refused.text);
        assert.equal(refused.json.code, "WALLET_UNAVAILABLE");
        assert.match(refused.json.detail, /not answering/);
      } finally {
        assert.equal((await settings(5_000)).status, 200);
        f.advance(6_000);
      }
      assert.equal((await slot.call("GET", "/rounds")).json.items.length, 0);
      // The engine returns the stake that may have been taken (a rollback credit), in the background.
      for (let i = 0; i < 100 && (await f.walletBalance(player)) !== 10_000; i++) {
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      assert.equal(await f.walletBalance(player), 10_000);
      const next = await slot.play(100);
      assert.equal(next.status, 200, next.text);
    });

    test("recovery: a stake never acknowledged is returned; an unpaid outcome is paid once", async () => {
      const player = `crash-${kind}`;
      await f.player(player, 10_000);
      const slot = await f.openGame(TITLES.line, player);
      const paid = await slot.play(100);
      assert.equal(paid.status, 200);
      const credits = moneyCalls(player).filter((c) => c.action === "credit").length;
      const db = f.h.db.db;
      // As if the process died between the credit and recording it:
      await db
        .updateTable("studio_rounds")
        .set({ status: "pending_win", settled_at_ms: null })
        .where("round_ref", "=", paid.json.round.round_id)
        .execute();
      // …and as if it died right after storing an outcome, before the stake was sent.
      const template = await db
        .selectFrom("studio_rounds")
        .selectAll()
        .where("round_ref", "=", paid.json.round.round_id)
        .executeTakeFirstOrThrow();
      await db
        .insertInto("studio_rounds")
        .values({
          ...template,
          round_ref: `sr_crashed${kind}`,
          platform_round_id: `gr_crashed${kind}`,
          status: "pending_bet",
          bet_minor: 0,
          created_at_ms: f.nowMs(),
          updated_at_ms: f.nowMs(),
        })
        .execute();
      const early = await f.exchange(slot.sessionId, slot.playToken);
      assert.equal(early.opened.status, 200);
      const untouched = await db
        .selectFrom("studio_rounds")
        .select("status")
        .where("round_ref", "=", `sr_crashed${kind}`)
        .executeTakeFirstOrThrow();
      assert.equal(untouched.status, "pending_bet", "a fresh round may still be in someone's hands");

      f.advance(RECOVER_AFTER_MS + 1_000);
      const reopened = await f.exchange(slot.sessionId, slot.playToken);
      assert.equal(reopened.opened.status, 200);
      const rows = await db
        .selectFrom("studio_rounds")
        .select(["round_ref", "status"])
        .where("session_id", "=", slot.sessionId)
        .orderBy("round_ref")
        .execute();
      assert.deepEqual(Object.fromEntries(rows.map((r) => [r.round_ref, r.status])), {
        [paid.json.round.round_id]: "settled",
        [`sr_crashed${kind}`]: "refused",
      });
      assert.equal(
        moneyCalls(player).filter((c) => c.action === "credit" && c.amount === paid.json.round.win_minor)
          .length,
        credits,
        "the outcome was paid once: the repeated credit was answered from the gateway's record",
      );
      assert.equal(
        await f.walletBalance(player),
        10_000 - 100 + paid.json.round.win_minor,
        "the crashed round cost nothing",
      );
    });

    test("recovery: a hand whose stake never reached the engine before a crash does not block the next deal for two minutes", async () => {
      const player = `bj-crash-${kind}`;
      await f.player(player, 10_000);
      const table = await f.openGame(TITLES.blackjack, player);
      let hand = await table.play(100);
      assert.equal(hand.status, 200, hand.text);
      while (hand.json.round.status === "in_play") hand = await table.act(hand.json.round.round_id, "stand");
      const db = f.h.db.db;
      const template = await db
        .selectFrom("studio_rounds")
        .selectAll()
        .where("round_ref", "=", hand.json.round.round_id)
        .executeTakeFirstOrThrow();
      // As if the process died after dealing the hand (row written) and before the stake was sent.
      await db
        .insertInto("studio_rounds")
        .values({
          ...template,
          round_ref: `sr_bjcrash${kind}`,
          platform_round_id: `gr_bjcrash${kind}`,
          status: "pending_bet",
          bet_minor: 0,
          win_minor: null,
          settled_at_ms: null,
          created_at_ms: f.nowMs(),
          updated_at_ms: f.nowMs(),
        })
        .execute();
      const balance = await f.walletBalance(player);
      const early = await table.play(100);
      assert.equal(early.json.code, "ROUND_IN_PROGRESS", "a hand just dealt may still be in someone's hands");

      // A margin past the age: the shared clock runs ahead of the wall clock by a millisecond per
      // reading within one millisecond, so a row written just now may already read a little "later".
      f.advance(UNSEEN_STAKE_AFTER_MS + 1_000);
      const dealt = await table.play(100);
      assert.equal(dealt.status, 200, dealt.text);
      const crashed = await db
        .selectFrom("studio_rounds")
        .select("status")
        .where("round_ref", "=", `sr_bjcrash${kind}`)
        .executeTakeFirstOrThrow();
      assert.equal(crashed.status, "refused");
      // The new hand may settle at once (a natural blackjack pays at the deal): count what it paid.
      let played = dealt;
      while (played.json.round.status === "in_play")
        played = await table.act(played.json.round.round_id, "stand");
      assert.equal(played.json.round.status, "settled", played.text);
      const paid = played.json.round.win_minor ?? 0;
      assert.equal(await f.walletBalance(player), balance! - 100 + paid, "the crashed hand cost nothing");
    });

    test("access tokens expire and are exchanged again; an idle session expires for good", async () => {
      const player = `idle-${kind}`;
      await f.player(player, 10_000);
      const slot = await f.openGame(TITLES.roulette, player);
      f.advance(16 * 60_000);
      const stale = await slot.play(10, { bets: [{ type: "red", amountMinor: 10 }] });
      assert.equal(stale.status, 401);
      assert.equal(stale.json.code, "ACCESS_EXPIRED");
      const again = await f.exchange(slot.sessionId, slot.playToken);
      assert.equal((await again.play(10, { bets: [{ type: "red", amountMinor: 10 }] })).status, 200);

      f.advance(31 * 60_000);
      const expiredAccess = await again.play(10, { bets: [{ type: "red", amountMinor: 10 }] });
      assert.equal(expiredAccess.json.code, "ACCESS_EXPIRED");
      const expired = await f.h.request("POST", "/studio/api/session", {
        body: { play_token: slot.playToken },
      });
      assert.equal(expired.status, 403);
      assert.equal(expired.json.code, "SESSION_EXPIRED");
      assert.match(expired.json.detail, /expired/);
      const debits = moneyCalls(player).filter((c) => c.action === "debit").length;
      assert.equal(debits, 1);
    });
  });
}
