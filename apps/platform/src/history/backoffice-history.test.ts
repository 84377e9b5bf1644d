// The backoffice explorer: rounds and calls of an environment scoped by the session's operator,
// found by the id the player saw (sr_…), with callbacks, replay and a CSV export.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { testDialects } from "../db/test-databases.ts";
import { startStudio, TITLES, type StudioFixture } from "../builtin-studio/test/studio-fixture.ts";

for (const kind of testDialects) {
  describe(`backoffice rounds explorer (${kind})`, () => {
    let f: StudioFixture;
    before(async () => {
      f = await startStudio(kind);
    });
    after(async () => {
      await f?.close();
    });

    test("a round is found by the player's sr_ id, with its calls, attempts, replay and CSV row", async () => {
      const player = `explorer-${kind}`;
      await f.player(player, 5_000);
      const client = await f.openGame(TITLES.roulette, player);
      const played = await client.play(100, { bets: [{ type: "red", amountMinor: 100 }] });
      assert.equal(played.status, 200, played.text);
      const shown = played.json.round.round_id as string;
      const base = "/backoffice/environments/sandbox";

      const detail = await f.h.request("GET", `${base}/rounds/${shown}`, { token: f.boToken });
      assert.equal(detail.status, 200, detail.text);
      assert.equal(detail.json.player_id, player);
      assert.equal(detail.json.totals.debited, 100);
      const [debit] = detail.json.transactions;
      assert.equal(debit.action, "debit");
      assert.ok(debit.attempt_log.length >= 1, "every callback attempt is listed");

      const replay = await f.h.request("GET", `${base}/rounds/${shown}/replay`, { token: f.boToken });
      assert.equal(replay.status, 200, replay.text);
      assert.equal(replay.json.matches_original, true);
      assert.equal(replay.json.wallet_calls.length, 2);

      const list = await f.h.request("GET", `${base}/rounds?player_id=${player}`, { token: f.boToken });
      assert.deepEqual(
        list.json.items.map((r: { round_id: string }) => r.round_id),
        [detail.json.round_id],
      );
      const calls = await f.h.request("GET", `${base}/transactions?call_id=${debit.call_id}`, {
        token: f.boToken,
      });
      assert.equal(calls.json.items.length, 1);

      const csv = await f.h.request("GET", `${base}/rounds.csv?player_id=${player}`, { token: f.boToken });
      assert.equal(csv.status, 200);
      assert.match(csv.headers.get("content-type") ?? "", /^text\/csv/);
      const lines = csv.text.trimEnd().split("\r\n");
      assert.equal(lines.length, 2);
      assert.match(lines[0] ?? "", /^round_id,status,player_id/);
      const win = played.json.round.win_minor as number;
      assert.ok(lines[1]?.startsWith(`${detail.json.round_id},closed,${player},`), lines[1]);
      assert.ok(lines[1]?.includes(`,EUR,100,${win},`), lines[1]);

      // The live environment holds nothing of it; without a session nothing at all.
      const live = await f.h.request("GET", `/backoffice/environments/live/rounds/${shown}`, {
        token: f.boToken,
      });
      assert.equal(live.status, 404);
      assert.equal(live.json.code, "ROUND_NOT_FOUND");
      const anonymous = await f.h.request("GET", `${base}/rounds/${shown}`);
      assert.equal(anonymous.status, 401);
    });

    test("another operator's session does not see the round", async () => {
      const player = `explorer-other-${kind}`;
      await f.player(player, 5_000);
      const client = await f.openGame(TITLES.roulette, player);
      const played = await client.play(100, { bets: [{ type: "black", amountMinor: 100 }] });
      const other = await f.h.approvedOperator();
      const answer = await f.h.request(
        "GET",
        `/backoffice/environments/sandbox/rounds/${played.json.round.round_id}`,
        { token: other.token },
      );
      assert.equal(answer.status, 404);
      const listed = await f.h.request("GET", `/backoffice/environments/sandbox/rounds?player_id=${player}`, {
        token: other.token,
      });
      assert.equal(listed.json.items.length, 0);
    });
  });
}
