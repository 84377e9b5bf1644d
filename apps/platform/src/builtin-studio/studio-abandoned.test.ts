// The built-in studio's rule for rounds the platform closes as abandoned, end to end on both
// dialects: the round engine's sweeper (`closeAbandonedRounds`, called directly) with the rule
// composed as in production, the reference wallet over real HTTP, and the studio's record after.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { createSeededRng, replayDraws, type BlackjackState, type InstantGame } from "@croupier/games";
import { Registry } from "prom-client";
import { composeEngine, type OwnedEngine } from "../compose.ts";
import { testDialects } from "../db/test-databases.ts";
import { eventually, playing } from "../provider-gateway/test/gateway-helpers.ts";
import { platformRoundId } from "../provider-gateway/studio-session.ts";
import { closeAbandonedRounds } from "../round-engine/abandoned-rounds.ts";
import { roundOf } from "../round-engine/round-deps.ts";
import { catalogueGameLookup } from "../sessions/game-lookup.ts";
import { DEFAULT_SESSION_SETTINGS } from "../sessions/settings.ts";
import { blackjackOf, standEveryHand } from "./abandoned-hand.ts";
import { studioAbandonedRoundRule } from "./abandoned-round-rule.ts";
import type { ClientAccess } from "./access.ts";
import { stake, txIds } from "./money.ts";
import { insertRound, updateRound } from "./round-store.ts";
import { settleRound } from "./settle.ts";
import type { StudioDeps } from "./studio-deps.ts";
import type { StudioRoundRow } from "./tables.ts";
import { clientAccess } from "./test/repair-fixture.ts";
import { startStudio, TITLES, type StudioClient, type StudioFixture } from "./test/studio-fixture.ts";
import { studioTitle } from "./titles.ts";

/** Short, so that the tests move the shared clock past it instead of waiting. */
const ABANDON_AFTER_MS = 60_000;

for (const kind of testDialects) {
  describe(`built-in studio: abandoned rounds (${kind})`, () => {
    let f: StudioFixture;
    let engine: OwnedEngine;
    let deps: StudioDeps;
    let rule: ReturnType<typeof studioAbandonedRoundRule>;

    before(async () => {
      f = await startStudio(kind);
      // The engine as production composes it; never started: the tests sweep by hand, and the
      // app's own dispatcher delivers the closing credits it queues (same database).
      engine = composeEngine(f.h.platform, {
        registry: new Registry(),
        roundAbandonAfterMs: ABANDON_AFTER_MS,
      });
      deps = {
        ...f.h.platform.deps,
        engine: engine.engine,
        games: catalogueGameLookup,
        settings: DEFAULT_SESSION_SETTINGS,
        rng: createSeededRng(`abandoned-${kind}`),
      };
      rule = studioAbandonedRoundRule(f.h.platform.deps, {
        abandonAfterMs: ABANDON_AFTER_MS,
        rng: createSeededRng(`dealer-${kind}`),
      });
    });
    after(async () => {
      await engine?.stop();
      await f?.close();
    });

    const db = () => f.h.db.db;
    const sweep = () =>
      closeAbandonedRounds(engine.engine, { abandonAfterMs: ABANDON_AFTER_MS, resolveAbandonedRound: rule });
    const credits = (player: string) =>
      f.walletCalls.filter((c) => c.player_id === player && c.action === "credit").map((c) => c.amount);
    const studioRow = (roundRef: string) =>
      db()
        .selectFrom("studio_rounds")
        .selectAll()
        .where("round_ref", "=", roundRef)
        .executeTakeFirstOrThrow();
    const platformRound = (roundId: string) =>
      db().selectFrom("rounds").selectAll().where("round_id", "=", roundId).executeTakeFirstOrThrow();
    const closingCredit = (roundId: string) =>
      db()
        .selectFrom("wallet_calls")
        .selectAll()
        .where("round_id", "=", roundId)
        .where("ref", "=", "close:abandoned")
        .execute();

    /** Every call of the round recorded as answered (an acknowledged debit is recorded after the answer). */
    async function callsFinal(roundId: string): Promise<void> {
      await engine.engine.outbox.batcher.flush();
      await eventually(async () => {
        const calls = await db()
          .selectFrom("wallet_calls")
          .select("state")
          .where("round_id", "=", roundId)
          .execute();
        return calls.length > 0 && calls.every((c) => c.state !== "pending");
      });
    }

    /** Idle past the rule's threshold, then one sweep; the closing credit is delivered by the app's dispatcher. */
    async function abandonAndSweep(roundIds: readonly string[]) {
      for (const id of roundIds) await callsFinal(id);
      f.advance(ABANDON_AFTER_MS + 1_000);
      // Asked again for the same round (as after a skipped close), the rule answers the same.
      for (const id of roundIds) {
        const round = roundOf(await platformRound(id));
        assert.equal(await rule(round), await rule(round), id);
      }
      const report = await sweep();
      for (const id of roundIds) {
        assert.equal((await platformRound(id)).close_reason, "abandoned", id);
        await eventually(async () => (await closingCredit(id))[0]?.state === "ok");
      }
      return report;
    }

    const accessOf = (client: StudioClient): Promise<ClientAccess> => clientAccess(db(), client);

    /**
     * A slot round as `playInstantRound` plays it, up to a crash: the winning outcome stored, the
     * stake acknowledged, and then (`pending_win`) the outcome marked final, but no win sent.
     */
    async function crashAfterStake(client: StudioClient, status: "pending_bet" | "pending_win") {
      const access = await accessOf(client);
      const game = studioTitle(TITLES.line)?.game as InstantGame;
      let outcome = game.play({ betMinor: 100 }, deps.rng);
      for (let i = 0; i < 1_000 && (!outcome.ok || outcome.totalWinMinor === 0); i++) {
        outcome = game.play({ betMinor: 100 }, deps.rng);
      }
      assert.ok(outcome.ok && outcome.totalWinMinor > 0, "a winning outcome");
      const roundRef = deps.ids("sr");
      const row = await insertRound(deps, access.session, {
        roundRef,
        title: studioTitle(TITLES.line)!,
        request: { betMinor: 100 },
        draws: outcome.draws,
        display: outcome.display,
        winMinor: outcome.totalWinMinor,
      });
      const staked = await stake(deps, access, { txId: txIds.bet(roundRef), roundRef, amountMinor: 100 });
      assert.ok(staked.ok, JSON.stringify(staked));
      if (status === "pending_win") await updateRound(deps, row, { status, bet_minor: 100 });
      return { access, roundRef, roundId: row.platform_round_id ?? "", winMinor: outcome.totalWinMinor };
    }

    test("a slot round whose win was never sent: the sweeper credits exactly its stored win, once; a late studio win pays nothing", async () => {
      const player = `slot-${kind}`;
      await f.player(player, 10_000);
      const client = await f.openGame(TITLES.line, player);
      const crashed = await crashAfterStake(client, "pending_win");
      assert.equal(await f.walletBalance(player), 9_900);
      assert.equal(
        await rule(roundOf(await platformRound(crashed.roundId))),
        0,
        "not idle yet: nothing to pay",
      );

      const report = await abandonAndSweep([crashed.roundId]);
      assert.ok(report.closed >= 1);
      assert.equal(
        await f.walletBalance(player),
        9_900 + crashed.winMinor,
        "moved by exactly the stored win",
      );
      assert.deepEqual(credits(player), [crashed.winMinor]);

      // The sweeper again: the round is closed, nothing more is credited.
      const again = await sweep();
      assert.equal(again.closed, 0);
      assert.equal((await closingCredit(crashed.roundId)).length, 1);

      // The studio comes back and sends its win: the platform refuses it (round closed); the
      // studio's row is settled with the platform's credit.
      const late = await settleRound(deps, crashed.access, await studioRow(crashed.roundRef));
      assert.equal(late.money.ok, true);
      assert.equal(late.row.status, "settled");
      assert.equal(late.row.abandoned, 1);
      assert.equal(late.row.win_minor, crashed.winMinor);
      await engine.engine.outbox.batcher.flush(); // the gateway stores its answer in the engine's next commit
      const winTx = await db()
        .selectFrom("gateway_transactions")
        .select("result_code")
        .where("tx_id", "=", txIds.win(crashed.roundRef))
        .executeTakeFirstOrThrow();
      assert.equal(winTx.result_code, "ROUND_CLOSED");
      assert.equal(await f.walletBalance(player), 9_900 + crashed.winMinor, "never paid twice");
      assert.deepEqual(credits(player), [crashed.winMinor]);

      const listed = await client.call("GET", "/rounds");
      assert.equal(listed.status, 200, listed.text);
      assert.deepEqual(
        listed.json.items.map((r: { status: string; abandoned: boolean; win_minor: number }) => [
          r.status,
          r.abandoned,
          r.win_minor,
        ]),
        [["settled", true, crashed.winMinor]],
      );
      const replay = await client.call("GET", `/rounds/${crashed.roundRef}/replay`);
      assert.equal(replay.status, 200, replay.text);
      assert.equal(replay.json.abandoned, true);
      assert.equal(replay.json.matches_original, true);
      assert.equal(replay.json.bet_minor, 100);
    });

    test("a stake acknowledged just before a crash: the sweeper pays the stored win; recovery settles the row without sending anything", async () => {
      const player = `slot-bet-${kind}`;
      await f.player(player, 10_000);
      const client = await f.openGame(TITLES.line, player);
      const crashed = await crashAfterStake(client, "pending_bet");
      await abandonAndSweep([crashed.roundId]);
      assert.equal(await f.walletBalance(player), 9_900 + crashed.winMinor);

      // The player's next request: recovery sees the platform closed the round (no return of the stake).
      const reopened = await f.exchange(client.sessionId, client.playToken);
      assert.equal(reopened.opened.status, 200, reopened.opened.text);
      const row = await studioRow(crashed.roundRef);
      assert.deepEqual(
        [row.status, row.abandoned, row.bet_minor, row.win_minor],
        ["settled", 1, 100, crashed.winMinor],
      );
      const sent = await db()
        .selectFrom("gateway_transactions")
        .select("tx_id")
        .where("round_ref", "=", crashed.roundRef)
        .execute();
      assert.deepEqual(
        sent.map((t) => t.tx_id),
        [txIds.bet(crashed.roundRef)],
        "no rollback, no win",
      );
      assert.equal(await f.walletBalance(player), 9_900 + crashed.winMinor);
    });

    /** Deals through /studio/api until a hand stays in play (a natural settles at once). */
    async function dealInPlay(client: StudioClient) {
      for (let i = 0; i < 30; i++) {
        const dealt = await client.play(200);
        assert.equal(dealt.status, 200, dealt.text);
        if (dealt.json.round.status === "in_play") return dealt.json.round.round_id as string;
      }
      throw new Error("no hand stayed in play in 30 deals");
    }

    test("a blackjack hand left after the deal pays what standing pays, computed by the engine", async () => {
      const player = `bj-${kind}`;
      await f.player(player, 100_000);
      const client = await f.openGame(TITLES.blackjack, player);
      const roundRef = await dealInPlay(client);
      const dealt = await studioRow(roundRef);
      const roundId = dealt.platform_round_id ?? "";
      const before = (await f.walletBalance(player)) ?? 0;
      const creditsBefore = credits(player).length;

      await abandonAndSweep([roundId]);
      const claimed = await studioRow(roundRef);
      assert.ok(claimed.abandoned_state !== null, "the finished hand is stored");
      const finished = JSON.parse(claimed.abandoned_state) as BlackjackState;
      const game = blackjackOf(TITLES.blackjack);
      assert.ok(game !== undefined);
      // The engine itself, standing on the dealt hand with the draws the rule used, gives the same hand.
      const start = JSON.parse(dealt.state ?? "") as BlackjackState;
      const extra = finished.draws.slice(start.draws.length);
      assert.deepEqual(finished.draws.slice(0, start.draws.length), start.draws);
      assert.deepEqual(standEveryHand(game, start, replayDraws(extra)), finished);
      assert.ok(finished.actions.every((a) => a === "stand"));
      const settled = game.settle(finished);
      assert.ok(settled.ok);
      const paid = (await closingCredit(roundId))[0]?.amount_minor;
      assert.equal(paid, settled.totalWinMinor);
      assert.equal(await f.walletBalance(player), before + settled.totalWinMinor);
      assert.deepEqual(credits(player).slice(creditsBefore), [settled.totalWinMinor]);

      // The player comes back and stands: the hand is over; nothing more is paid.
      const stood = await client.act(roundRef, "stand");
      assert.equal(stood.status, 409, stood.text);
      assert.equal(stood.json.code, "INVALID_ACTION");
      const replay = await client.call("GET", `/rounds/${roundRef}/replay`);
      assert.equal(replay.status, 200, replay.text);
      assert.equal(replay.json.status, "settled");
      assert.equal(replay.json.abandoned, true);
      assert.equal(replay.json.matches_original, true);
      assert.equal(replay.json.win_minor, settled.totalWinMinor);
      assert.equal(replay.json.display.settlement.totalWinMinor, settled.totalWinMinor);
      assert.equal(replay.json.display.view.phase, "complete");
      assert.equal((await client.call("GET", "/session")).json.open_round, null);
      const next = await client.play(200);
      assert.equal(next.status, 200, "a new hand may be dealt");
      await engine.engine.outbox.batcher.flush();
      assert.deepEqual(credits(player).slice(creditsBefore, creditsBefore + 1), [settled.totalWinMinor]);
    });

    test("blackjack: a double whose stake was acknowledged before a crash counts in the payout", async () => {
      const player = `bj-double-${kind}`;
      await f.player(player, 100_000);
      const client = await f.openGame(TITLES.blackjack, player);
      const roundRef = await dealInPlay(client);
      const dealtBalance = (await f.walletBalance(player)) ?? 0; // hands settled at the deal (naturals) included
      const row = await studioRow(roundRef);
      const game = blackjackOf(TITLES.blackjack);
      assert.ok(game !== undefined);
      const state = JSON.parse(row.state ?? "") as BlackjackState;
      // As actBlackjack does: claim the decision, debit its stake… and crash before applying it.
      const doubled = game.act(state, "double", deps.rng);
      assert.ok(doubled.ok);
      const txId = txIds.extra(roundRef, row.version + 1);
      await updateRound(deps, row, {
        pending_state: JSON.stringify(doubled.state),
        pending_tx_id: txId,
        version: row.version + 1,
      });
      const staked = await stake(deps, await accessOf(client), { txId, roundRef, amountMinor: 200 });
      assert.ok(staked.ok, JSON.stringify(staked));
      assert.equal(await f.walletBalance(player), dealtBalance - 200);

      await abandonAndSweep([row.platform_round_id ?? ""]);
      const settled = game.settle(doubled.state);
      assert.ok(settled.ok);
      assert.equal(settled.totalBetMinor, 400);
      assert.equal(await f.walletBalance(player), dealtBalance - 200 + settled.totalWinMinor);
      const history = await client.call("GET", "/rounds");
      const listed = history.json.items.find((r: { round_id: string }) => r.round_id === roundRef);
      assert.deepEqual(
        [listed.status, listed.abandoned, listed.bet_minor, listed.win_minor],
        ["settled", true, 400, settled.totalWinMinor],
      );
      const after: StudioRoundRow = await studioRow(roundRef);
      assert.equal(after.pending_tx_id, null);
      assert.deepEqual(JSON.parse(after.state ?? ""), doubled.state);
    });

    test("a round of a third-party studio pays 0: its studio owns its rules", async () => {
      const { playerId, token } = await playing(f, 5_000);
      const bet = await f.gateway("/bet", {
        session_token: token,
        transaction_id: `tp-b1-${kind}`,
        round_id: `tp-r1-${kind}`,
        amount: 300,
        currency: "EUR",
      });
      assert.equal(bet.status, 200, bet.text);
      const roundId = platformRoundId("acme", `tp-r1-${kind}`, "studio_ref");
      await callsFinal(roundId);
      f.advance(ABANDON_AFTER_MS + 1_000);
      assert.equal(await rule(roundOf(await platformRound(roundId))), 0);
      await sweep();
      assert.equal((await platformRound(roundId)).close_reason, "abandoned");
      await eventually(async () => (await closingCredit(roundId))[0]?.state === "ok");
      assert.equal((await closingCredit(roundId))[0]?.amount_minor, 0);
      assert.equal(await f.walletBalance(playerId), 4_700);
    });
  });
}
