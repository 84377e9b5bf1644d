// The built-in studio's record follows the platform round after a crash between the round
// engine's commit and the studio's own update (the process dies at that line): a hand whose
// deal was acknowledged shows at once instead of blocking the player, and rounds the engine has
// closed (by the studio's win, or void) stop saying `pending_*` on every surface, whether or
// not their player comes back.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import type { BlackjackGame } from "@croupier/games";
import { testDialects } from "../db/test-databases.ts";
import { startRoundSweeper } from "../round-engine/abandoned-rounds.ts";
import { studioRoundSweep } from "./abandoned-round-rule.ts";
import { followClosedPlatformRounds } from "./follow-platform-round.ts";
import { payOut, stake, txIds } from "./money.ts";
import { insertRound } from "./round-store.ts";
import type { StudioDeps } from "./studio-deps.ts";
import { repairFixture, type RepairFixture } from "./test/repair-fixture.ts";
import { startStudio, TITLES, type StudioClient, type StudioFixture } from "./test/studio-fixture.ts";
import { studioTitle } from "./titles.ts";

for (const kind of testDialects) {
  describe(`built-in studio: the studio's record follows the platform round (${kind})`, () => {
    let f: StudioFixture;
    let repair: RepairFixture;
    let deps: StudioDeps;
    before(async () => {
      f = await startStudio(kind);
      repair = repairFixture(f, `follow-${kind}`);
      deps = repair.deps;
    });
    after(async () => {
      await repair?.stop();
      await f?.close();
    });

    const db = () => f.h.db.db;
    const studioRow = (roundRef: string) => repair.studioRow(roundRef);
    const platformStatus = async (roundId: string) =>
      (
        await db()
          .selectFrom("rounds")
          .select("status")
          .where("round_id", "=", roundId)
          .executeTakeFirstOrThrow()
      ).status;

    const accessOf = (client: StudioClient) => repair.accessOf(client);

    /** A slot round as `playInstantRound` plays it, stopped after the stake (the process died there). */
    async function slotStakedThenCrash(client: StudioClient, betMinor: number) {
      const { access, roundRef, roundId, winMinor } = await repair.slotRoundRow(client, betMinor);
      const staked = await stake(deps, access, {
        txId: txIds.bet(roundRef),
        roundRef,
        amountMinor: betMinor,
      });
      await deps.engine.outbox.batcher.flush();
      return { access, roundRef, roundId, staked, winMinor };
    }

    test("a blackjack deal acknowledged just before a crash: the hand shows at once, no two-minute block", async () => {
      const player = `deal-${kind}`;
      await f.player(player, 10_000);
      const client = await f.openGame(TITLES.blackjack, player);
      const access = await accessOf(client);
      const game = studioTitle(TITLES.blackjack)?.game as BlackjackGame;
      // A hand that is not over at the deal (no natural on either side).
      let started = game.start({ betMinor: 200 }, deps.rng);
      for (let i = 0; i < 1_000 && (!started.ok || started.state.phase === "complete"); i++) {
        started = game.start({ betMinor: 200 }, deps.rng);
      }
      assert.ok(started.ok && started.state.phase !== "complete");
      const roundRef = deps.ids("sr");
      await insertRound(deps, access.session, {
        roundRef,
        title: studioTitle(TITLES.blackjack)!,
        request: { betMinor: 200 },
        draws: started.state.draws,
        display: {},
        state: started.state,
        winMinor: null,
      });
      const staked = await stake(deps, access, { txId: txIds.bet(roundRef), roundRef, amountMinor: 200 });
      assert.ok(staked.ok);
      await deps.engine.outbox.batcher.flush();
      assert.equal((await studioRow(roundRef)).status, "pending_bet", "the crash: the row never heard");

      // The player comes back at once (the clock has not moved): the hand is there to finish.
      const session = await client.call("GET", "/session");
      assert.equal(session.status, 200, session.text);
      const deal = await client.play(100);
      assert.equal(deal.status, 409, deal.text);
      assert.equal(deal.json.code, "ROUND_IN_PROGRESS");
      assert.equal(deal.json.round_id, roundRef);
      const shown = await client.call("GET", "/session");
      assert.equal(shown.json.open_round?.round_id, roundRef, "the hand in play is on screen");
      const stood = await client.act(roundRef, "stand");
      assert.equal(stood.status, 200, stood.text);
      assert.equal(stood.json.round.status, "settled");
      assert.equal((await studioRow(roundRef)).bet_minor, 200);
      const win = stood.json.round.win_minor as number;
      assert.equal(await f.walletBalance(player), 10_000 - 200 + win, "staked once, paid once");
      const next = await client.play(100);
      assert.equal(next.status, 200, next.text);
    });

    test("a win recorded by the engine before a crash: the replays and the sweep's repair say settled", async () => {
      const player = `won-${kind}`;
      await f.player(player, 10_000);
      const client = await f.openGame(TITLES.line, player);
      const crashed = await slotStakedThenCrash(client, 100);
      assert.ok(crashed.staked.ok);
      await db()
        .updateTable("studio_rounds")
        .set({ status: "pending_win", bet_minor: 100 })
        .where("round_ref", "=", crashed.roundRef)
        .execute();
      const paid = await payOut(deps, crashed.access, {
        txId: txIds.win(crashed.roundRef),
        roundRef: crashed.roundRef,
        amountMinor: crashed.winMinor,
      });
      assert.ok(paid.ok);
      await deps.engine.outbox.batcher.flush();
      assert.equal(await platformStatus(crashed.roundId), "closed");
      assert.equal(
        (await studioRow(crashed.roundRef)).status,
        "pending_win",
        "the crash: the row never heard",
      );

      const replay = await f.h.request("GET", `/v1/rounds/${crashed.roundId}/replay`, { token: f.apiToken });
      assert.equal(replay.status, 200, replay.text);
      assert.equal(replay.json.status, "settled");
      assert.equal((await studioRow(crashed.roundRef)).status, "settled");
      assert.equal(await f.walletBalance(player), 10_000 - 100 + crashed.winMinor, "paid once");

      // Another one whose player never comes back: the repair behind the sweep settles it.
      const other = await slotStakedThenCrash(client, 50);
      await db()
        .updateTable("studio_rounds")
        .set({ status: "pending_win", bet_minor: 50 })
        .where("round_ref", "=", other.roundRef)
        .execute();
      assert.ok(
        (
          await payOut(deps, other.access, {
            txId: txIds.win(other.roundRef),
            roundRef: other.roundRef,
            amountMinor: other.winMinor,
          })
        ).ok,
      );
      await deps.engine.outbox.batcher.flush();
      assert.ok((await followClosedPlatformRounds(deps)) >= 1);
      const settled = await studioRow(other.roundRef);
      assert.equal(settled.status, "settled");
      assert.notEqual(settled.settled_at_ms, null);
      assert.equal(await followClosedPlatformRounds(deps), 0, "nothing left to follow");
    });

    test("a stake refused before a crash: the studio row is refused, by the repair and on return", async () => {
      const player = `poor-${kind}`;
      await f.player(player, 30);
      const client = await f.openGame(TITLES.line, player);
      const crashed = await slotStakedThenCrash(client, 100);
      assert.ok(!crashed.staked.ok && crashed.staked.final);
      // The engine leaves a round whose stake was refused open for the game (failed-bet-close.ts).
      assert.equal(await platformStatus(crashed.roundId), "open");
      assert.equal(
        (await studioRow(crashed.roundRef)).status,
        "pending_bet",
        "the crash: the row never heard",
      );
      // The process restarts: its sweeper repairs at once, before its first sweep.
      const sweeper = startRoundSweeper(deps.engine, { ...studioRoundSweep(deps), intervalMs: 3_600_000 });
      await sweeper.stop();
      const row = await studioRow(crashed.roundRef);
      assert.deepEqual([row.status, row.bet_minor], ["refused", 0]);
      assert.equal(await f.walletBalance(player), 30);

      // One the repair has not reached yet: the player's next request resolves it, at once.
      const again = await slotStakedThenCrash(client, 100);
      assert.equal((await studioRow(again.roundRef)).status, "pending_bet");
      const list = await client.call("GET", "/rounds");
      assert.equal(list.status, 200, list.text);
      assert.equal((await studioRow(again.roundRef)).status, "refused");
    });
  });
}
