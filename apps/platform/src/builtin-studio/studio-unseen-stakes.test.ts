// A first stake the round engine never saw (the process died between the studio's row and the
// gateway's bet) of a player who never comes back: the sweep returns it once the row is two
// minutes old, as the player's own recovery would, and the stake is refused should it still
// arrive. Younger rows, and stakes the engine did see, are left alone.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { testDialects } from "../db/test-databases.ts";
import { readTx } from "../provider-gateway/transactions.ts";
import { studioRoundSweep } from "./abandoned-round-rule.ts";
import { stake, txIds } from "./money.ts";
import { RECOVER_AFTER_MS } from "./recover.ts";
import { BUILT_IN_CALLER, type StudioDeps } from "./studio-deps.ts";
import { repairFixture, type RepairFixture } from "./test/repair-fixture.ts";
import { startStudio, TITLES, type StudioClient, type StudioFixture } from "./test/studio-fixture.ts";

for (const kind of testDialects) {
  describe(`built-in studio: the sweep returns stakes the engine never saw (${kind})`, () => {
    let f: StudioFixture;
    let repair: RepairFixture;
    let deps: StudioDeps;
    before(async () => {
      f = await startStudio(kind);
      repair = repairFixture(f, `unseen-${kind}`);
      deps = repair.deps;
    });
    after(async () => {
      await repair?.stop();
      await f?.close();
    });

    const db = () => f.h.db.db;
    const studioRow = (roundRef: string) => repair.studioRow(roundRef);
    /** What runs after every abandoned-round sweep (and at start), as compose.ts wires it. */
    const sweepRepair = async () => (await studioRoundSweep(deps).afterSweep!()) as number;

    /** A slot round as `playInstantRound` writes it, the process dead before its stake was sent. */
    const rowThenCrash = (client: StudioClient, betMinor: number) => repair.slotRoundRow(client, betMinor);

    /** The row as if last touched `ageMs` ago (the process died then). */
    const age = (roundRef: string, ageMs: number) =>
      db()
        .updateTable("studio_rounds")
        .set({ created_at_ms: deps.clock() - ageMs, updated_at_ms: deps.clock() - ageMs })
        .where("round_ref", "=", roundRef)
        .execute();
    const platformRound = async (roundId: string) =>
      (await db().selectFrom("rounds").select("status").where("round_id", "=", roundId).executeTakeFirst())
        ?.status;
    const rollbackOf = (roundRef: string) =>
      readTx(db(), BUILT_IN_CALLER.studioId, txIds.rollback(txIds.bet(roundRef)));

    test("older than two minutes, never seen by the engine: returned, and the late stake is refused", async () => {
      const player = `gone-${kind}`;
      await f.player(player, 10_000);
      const client = await f.openGame(TITLES.line, player);
      const crashed = await rowThenCrash(client, 100);
      await age(crashed.roundRef, RECOVER_AFTER_MS + 1_000);
      assert.equal(await platformRound(crashed.roundId), undefined, "the engine never saw the stake");

      assert.ok((await sweepRepair()) >= 1);
      const row = await studioRow(crashed.roundRef);
      assert.deepEqual([row.status, row.error_code, row.bet_minor], ["refused", "TRY_AGAIN", 0]);
      assert.notEqual(await rollbackOf(crashed.roundRef), undefined, "returned through the gateway");

      // The stake the dead process had in hand arrives after all: refused, nothing debited.
      const late = await stake(deps, crashed.access, {
        txId: txIds.bet(crashed.roundRef),
        roundRef: crashed.roundRef,
        amountMinor: 100,
      });
      assert.ok(!late.ok && late.final, JSON.stringify(late));
      assert.equal(late.gatewayCode, "BET_ROLLED_BACK");
      await deps.engine.outbox.batcher.flush();
      assert.equal(await f.walletBalance(player), 10_000, "the wallet never moved");
      assert.equal((await studioRow(crashed.roundRef)).status, "refused");
      assert.equal(await sweepRepair(), 0, "nothing left to return");
    });

    test("younger than two minutes: left alone (its request may still be sending the stake)", async () => {
      const player = `young-${kind}`;
      await f.player(player, 10_000);
      const client = await f.openGame(TITLES.line, player);
      const crashed = await rowThenCrash(client, 100);
      await age(crashed.roundRef, RECOVER_AFTER_MS - 10_000);

      await sweepRepair();
      assert.equal((await studioRow(crashed.roundRef)).status, "pending_bet");
      assert.equal(await rollbackOf(crashed.roundRef), undefined, "nothing sent for it");
      // Its stake still goes through.
      const staked = await stake(deps, crashed.access, {
        txId: txIds.bet(crashed.roundRef),
        roundRef: crashed.roundRef,
        amountMinor: 100,
      });
      assert.ok(staked.ok, JSON.stringify(staked));
      await deps.engine.outbox.batcher.flush();
      assert.equal(await f.walletBalance(player), 10_000 - 100);
    });

    test("a stake the engine did see: not touched by this path, whatever its age", async () => {
      const player = `seen-${kind}`;
      await f.player(player, 10_000);
      const client = await f.openGame(TITLES.line, player);
      const crashed = await rowThenCrash(client, 100);
      const staked = await stake(deps, crashed.access, {
        txId: txIds.bet(crashed.roundRef),
        roundRef: crashed.roundRef,
        amountMinor: 100,
      });
      assert.ok(staked.ok, JSON.stringify(staked));
      await deps.engine.outbox.batcher.flush();
      await age(crashed.roundRef, RECOVER_AFTER_MS + 60_000);
      assert.equal(await platformRound(crashed.roundId), "open");

      await sweepRepair();
      const row = await studioRow(crashed.roundRef);
      assert.equal(row.status, "pending_bet", "the engine holds its stake: recovery and the sweeper own it");
      assert.equal(await rollbackOf(crashed.roundRef), undefined, "no rollback sent");
      assert.equal(await f.walletBalance(player), 10_000 - 100, "the stake stands");
    });
    test("a double whose extra stake a crash left in flight: the next decision, past two minutes, goes on", async () => {
      const player = `double-${kind}`;
      await f.player(player, 10_000);
      const client = await f.openGame(TITLES.blackjack, player);
      // A hand still in play after the deal (no natural on either side).
      let dealt = await client.play(200);
      for (let i = 0; i < 50 && dealt.json.round?.status !== "in_play"; i++) dealt = await client.play(200);
      assert.equal(dealt.json.round?.status, "in_play", dealt.text);
      // Hands that ended at their deal (naturals) have moved the balance too: count from here.
      await deps.engine.outbox.batcher.flush();
      const inPlay = await f.walletBalance(player);
      assert.ok(inPlay !== undefined, "the player has a balance");
      const roundRef = dealt.json.round.round_id as string;
      const hand = await studioRow(roundRef);
      // The double's claim was written, then the process died before its extra stake was sent.
      const extraTxId = txIds.extra(roundRef, hand.version + 1);
      await db()
        .updateTable("studio_rounds")
        .set({ pending_state: hand.state, pending_tx_id: extraTxId, version: hand.version + 1 })
        .where("round_ref", "=", roundRef)
        .execute();
      await age(roundRef, RECOVER_AFTER_MS + 1_000);

      const stood = await client.act(roundRef, "stand");
      assert.equal(stood.status, 200, stood.text);
      const row = await studioRow(roundRef);
      assert.equal(row.status, "settled");
      assert.equal(row.bet_minor, 200, "the double never counted");
      assert.notEqual(
        await readTx(db(), BUILT_IN_CALLER.studioId, txIds.rollback(extraTxId)),
        undefined,
        "the extra stake was returned through the gateway (refused should it still arrive)",
      );
      await deps.engine.outbox.batcher.flush();
      assert.equal(await f.walletBalance(player), inPlay + (row.win_minor ?? 0), "staked once, paid once");
    });
  });
}
