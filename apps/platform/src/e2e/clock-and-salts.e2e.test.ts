// End to end: the two things on the operator's side that break every call at once — its clock
// drifting, and a salt rotation done in the wrong order — and how the platform rides them out.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { testDialects } from "../db/test-databases.ts";
import { eventually } from "./support/http.ts";
import { WALLET_ADMIN_TOKEN } from "./support/wallet.ts";
import { roundIds, startWorld, type PlayingSession, type World } from "./support/world.ts";

/** Plays rounds (bet, closing win) in a loop until stopped; every answer is kept. */
function playLoop(w: World, s: PlayingSession) {
  const answers: Array<{ path: string; status: number; text: string }> = [];
  let running = true;
  const done = (async () => {
    while (running) {
      const ids = roundIds();
      const bet = await w.gateway("/bet", {
        session_token: s.token,
        transaction_id: ids.bet,
        round_id: ids.round,
        amount: 10,
      });
      answers.push({ path: "/bet", status: bet.status, text: bet.text });
      if (bet.status !== 200) continue;
      const win = await w.gateway("/win", {
        session_token: s.token,
        transaction_id: ids.win,
        round_id: ids.round,
        amount: 15,
        round_closed: true,
      });
      answers.push({ path: "/win", status: win.status, text: win.text });
    }
  })();
  return {
    answers,
    async stop() {
      running = false;
      await done;
    },
  };
}

for (const kind of testDialects) {
  describe(`clock skew and salt rotation (${kind})`, () => {
    let w: World;
    const logLines: string[] = [];
    before(async () => {
      w = await startWorld(kind, { logLines });
    });
    after(async () => w?.close());

    test("salt rotation through the backoffice while rounds run: not one call fails", async () => {
      const players = await Promise.all([1, 2, 3].map(() => w.playing(1_000_000)));
      const loops = players.map((s) => playLoop(w, s));
      const bo = { token: w.operator.boToken };
      const walletSalts = (salts: string[]) =>
        fetch(`${w.wallet.url}/admin/salts`, {
          method: "PUT",
          headers: { authorization: `Bearer ${WALLET_ADMIN_TOKEN}`, "content-type": "application/json" },
          body: JSON.stringify({ salts }),
        }).then((r) => assert.equal(r.status, 200));
      const enoughRounds = (n: number) =>
        eventually(() => loops.every((l) => l.answers.length >= n), "rounds played");

      await enoughRounds(10);
      const started = await w.http("POST", "/backoffice/environments/sandbox/salt-keys/rotate", bo);
      assert.equal(started.status, 201, started.text);
      const newSalt = started.json.salt as string;
      await enoughRounds(20);
      // The operator's side of the overlap: accept both, then let the platform prove and switch.
      await walletSalts([newSalt, w.operator.salt]);
      await enoughRounds(30);
      const confirmed = await w.http("POST", "/backoffice/environments/sandbox/salt-keys/confirm", bo);
      assert.equal(confirmed.status, 200, confirmed.text);
      assert.equal(confirmed.json.active.salt, newSalt);
      // A call signed with the old salt just before the switch is sent within twice the callback
      // timeout (a wait for a slot, then the exchange); only then does the operator drop the old salt.
      await new Promise((resolve) => setTimeout(resolve, 2_500));
      await walletSalts([newSalt]);
      await enoughRounds(50);
      await Promise.all(loops.map((l) => l.stop()));

      const failures = loops.flatMap((l) => l.answers).filter((a) => a.status !== 200);
      assert.deepEqual(failures, []);
      const calls = await w.settle();
      assert.ok(calls.length > 150);
      assert.deepEqual(
        calls
          .filter((c) => c.state !== "ok" || c.attempts !== 1)
          .map((c) => [c.call_id, c.state, c.error_code]),
        [],
      );
      for (const s of players) {
        const mine = calls.filter((c) => c.player_id === s.playerId && c.action !== "balance");
        const net = mine.reduce((sum, c) => sum + (c.action === "debit" ? -1 : 1) * (c.amount_minor ?? 0), 0);
        assert.equal(await w.wallet.balance(s.playerId), 1_000_000 + net);
      }
    });

    test("the operator's clock 40 s ahead: bets refused, wins retried and alarmed, nothing lost", async () => {
      const s = await w.playing(10_000);
      const ids = roundIds();
      const bet = await w.gateway("/bet", {
        session_token: s.token,
        transaction_id: ids.bet,
        round_id: ids.round,
        amount: 100,
      });
      assert.equal(bet.status, 200, bet.text);

      w.walletSkewMs = 40_000;
      const win = await w.gateway("/win", {
        session_token: s.token,
        transaction_id: ids.win,
        round_id: ids.round,
        amount: 500,
        round_closed: true,
      });
      assert.equal(win.status, 200, win.text);
      assert.equal(win.json.delivery, "pending");
      const credit = (await w.callsOf({ playerId: s.playerId })).find((c) => c.action === "credit")!;
      // Retries keep coming (the clock is moved to each due time) and keep being refused.
      await eventually(async () => {
        const row = await w.call(credit.call_id);
        const t = w.now();
        if (row !== undefined && (row.lease_until_at_ms ?? 0) <= t && row.next_attempt_at_ms > t)
          w.advance(row.next_attempt_at_ms - t + 1);
        return (row?.attempts ?? 0) >= 3;
      }, "three refused attempts");
      const row = await w.call(credit.call_id);
      assert.equal(row?.state, "pending");
      assert.equal(row?.error_code, "TIMESTAMP_EXPIRED");

      // A new bet meanwhile is refused by the wallet's timestamp check and not rolled back.
      const other = roundIds();
      const refused = await w.gateway("/bet", {
        session_token: s.token,
        transaction_id: other.bet,
        round_id: other.round,
        amount: 100,
      });
      assert.equal(refused.status, 422, refused.text);
      assert.equal(refused.json.code, "BET_REFUSED");
      assert.equal(refused.json.wallet_code, "TIMESTAMP_EXPIRED");

      const metrics = await (await fetch(`${w.baseUrl}/metrics`)).text();
      const alarm = new RegExp(
        `croupier_wallet_callback_auth_refusals_total\\{operator_id="${w.operator.operatorId}",environment="sandbox",action="credit",code="TIMESTAMP_EXPIRED"\\} (\\d+)`,
      ).exec(metrics);
      assert.ok(
        alarm !== null && Number(alarm[1]) >= 3,
        metrics
          .split("\n")
          .filter((l) => l.includes("auth_refusals"))
          .join("\n"),
      );
      const logged = logLines
        .map((l) => JSON.parse(l) as Record<string, unknown>)
        .find((l) => l.call_id === credit.call_id && l.code === "TIMESTAMP_EXPIRED");
      assert.equal(logged?.round_id, credit.round_id);
      assert.equal(logged?.operator_id, w.operator.operatorId);

      // The operator fixes its clock: the owed win arrives, once.
      w.walletSkewMs = 0;
      const calls = await w.settle();
      const delivered = calls.find((c) => c.call_id === credit.call_id)!;
      assert.equal(delivered.state, "ok");
      assert.ok(!calls.some((c) => c.player_id === s.playerId && c.rb === 1), "nothing was rolled back");
      assert.equal(await w.wallet.balance(s.playerId), 10_000 - 100 + 500);
      const ledger = await w.wallet.ledger(s.playerId);
      assert.equal(ledger.filter((r) => r.callId === credit.call_id).length, 1);
    });
  });
}
