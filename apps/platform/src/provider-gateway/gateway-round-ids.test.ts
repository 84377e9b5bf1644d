// The engine's id of a studio round (`platformRoundId`, ADR 0014): sessions since migration 0970
// name a round `gr_<studio>_<reference>`; sessions from before keep the hashed id for life, so a
// round opened before the change takes its further bets and settles under the id it opened with.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { testDialects } from "../db/test-databases.ts";
import { startGamePlay, type GamePlayFixture } from "../sessions/test/game-play-fixture.ts";
import { platformRoundId, studioSessionForBet } from "./studio-session.ts";
import { assertProblem, playing, walletCallsOf } from "./test/gateway-helpers.ts";

const HASHED = /^gr_[0-9a-f]{40}$/;

describe("platformRoundId", () => {
  test("studio_ref: the studio and the reference, readable; hash: 40 hex digits after gr_", () => {
    assert.equal(platformRoundId("acme", "round-55120", "studio_ref"), "gr_acme_round-55120");
    assert.equal(
      platformRoundId("croupier-studio", "sr_01m99abcdefghjkmnpqrstvwxy", "studio_ref"),
      "gr_croupier-studio_sr_01m99abcdefghjkmnpqrstvwxy",
    );
    // The hashed form is the one every session had before: the same value as then
    // (`printf 'acme\nround-55120' | sha256sum`, its first 40 digits).
    assert.equal(
      platformRoundId("acme", "round-55120", "hash"),
      "gr_ff2a8eb65ab59fc849ef5b4068df32bebf953f5e",
    );
  });
  test("a reference with other characters, or too long for the protocol's 128, is hashed", () => {
    for (const ref of ["round.7", "r/7", "r%20", 'r"7', "r:7", "r?7"])
      assert.match(platformRoundId("acme", ref, "studio_ref"), HASHED, ref);
    const longest = "x".repeat(128 - "gr_acme_".length);
    assert.equal(platformRoundId("acme", longest, "studio_ref").length, 128);
    assert.match(platformRoundId("acme", `${longest}x`, "studio_ref"), HASHED);
  });
  test("no two (studio, reference) pairs meet, across studios and across forms", () => {
    // A studio id is a slug (no `_`): the first `_` after `gr_` ends it.
    const pairs: Array<[string, string]> = [
      ["a-b", "c"],
      ["a", "b-c"],
      ["a", "b_c"],
      ["a-b", "_c"],
      ["acme", "round-1"],
      ["acme-2", "round-1"],
    ];
    const ids = new Set<string>();
    for (const [studio, ref] of pairs)
      for (const form of ["studio_ref", "hash"] as const) ids.add(platformRoundId(studio, ref, form));
    assert.equal(ids.size, pairs.length * 2);
    // A readable id always has a `_` after the prefix; a hashed one never does.
    for (const id of ids) assert.equal(HASHED.test(id), !id.slice(3).includes("_"), id);
  });
});

for (const kind of testDialects) {
  describe(`provider gateway: round ids by the session's form (${kind})`, () => {
    let f: GamePlayFixture;
    before(async () => {
      f = await startGamePlay(kind);
    });
    after(async () => f?.close());

    const roundsOf = (sessionId: string) =>
      f.h.db.db
        .selectFrom("rounds")
        .select(["round_id", "status"])
        .where("session_id", "=", sessionId)
        .orderBy("round_id")
        .execute();

    /** As migration 0970 leaves a session that existed before it: its rounds named by the hash. */
    const asSessionFromBefore = (sessionId: string) =>
      f.h.db.db
        .updateTable("game_sessions")
        .set({ round_id_form: "hash" })
        .where("id", "=", sessionId)
        .execute();

    /** A session from before and a new one, each with round `<prefix>-o-r1` / `<prefix>-n-r1` open (a bet of 100). */
    const bothFormsWithOpenRounds = async (prefix: string) => {
      const old = await playing(f, 10_000);
      await asSessionFromBefore(old.sessionId);
      const fresh = await playing(f, 10_000);
      for (const [who, tag] of [
        [old, "o"],
        [fresh, "n"],
      ] as const) {
        const opened = await f.gateway("/bet", {
          session_token: who.token,
          transaction_id: `${prefix}-${tag}-b1`,
          round_id: `${prefix}-${tag}-r1`,
          amount: 100,
        });
        assert.equal(opened.status, 200, opened.text);
      }
      return { old, fresh };
    };

    test("a new session's rounds are named by the studio's reference in every wallet call", async () => {
      const { playerId, token, sessionId } = await playing(f, 10_000);
      const session = await f.h.db.db
        .selectFrom("game_sessions")
        .select("round_id_form")
        .where("id", "=", sessionId)
        .executeTakeFirstOrThrow();
      assert.equal(session.round_id_form, "studio_ref");
      const bet = { session_token: token, transaction_id: "ids-b1", round_id: "ids-r1", amount: 300 };
      assert.equal((await f.gateway("/bet", bet)).status, 200);
      const win = { session_token: token, transaction_id: "ids-w1", round_id: "ids-r1", amount: 500 };
      assert.equal((await f.gateway("/win", { ...win, round_closed: true })).status, 200);
      // A reference the readable form cannot carry as it is: hashed.
      const odd = { session_token: token, transaction_id: "ids-b2", round_id: "ids.r2", amount: 100 };
      assert.equal((await f.gateway("/bet", odd)).status, 200);
      const calls = walletCallsOf(f, playerId).filter((c) => c.action !== "balance");
      assert.deepEqual(
        calls.map((c) => [c.action, c.round_id]),
        [
          ["debit", "gr_acme_ids-r1"],
          ["credit", "gr_acme_ids-r1"],
          ["debit", platformRoundId("acme", "ids.r2", "studio_ref")],
        ],
      );
      assert.match(calls[2]!.round_id ?? "", HASHED);
      assert.deepEqual(
        (await roundsOf(sessionId)).map((r) => r.round_id).sort(),
        ["gr_acme_ids-r1", platformRoundId("acme", "ids.r2", "hash")].sort(),
      );
      assert.equal(await f.walletBalance(playerId), 10_100);
    });

    test("a session from before (hash form): its open round takes more bets and settles under its hashed id", async () => {
      const { playerId, token, sessionId } = await playing(f, 10_000);
      await asSessionFromBefore(sessionId);
      const hashed = platformRoundId("acme", "old-r1", "hash");
      const bet = (tx: string, amount: number) =>
        f.gateway("/bet", { session_token: token, transaction_id: tx, round_id: "old-r1", amount });
      assert.equal((await bet("old-b1", 200)).status, 200);
      assert.equal((await bet("old-b2", 300)).status, 200, "the second bet joins the open round");
      const win = await f.gateway("/win", {
        session_token: token,
        transaction_id: "old-w1",
        round_id: "old-r1",
        amount: 1_000,
        round_closed: true,
      });
      assert.equal(win.status, 200, win.text);
      assert.deepEqual(await roundsOf(sessionId), [{ round_id: hashed, status: "closed" }]);
      assert.deepEqual(
        walletCallsOf(f, playerId)
          .filter((c) => c.action !== "balance")
          .map((c) => [c.action, c.amount, c.round_id]),
        [
          ["debit", 200, hashed],
          ["debit", 300, hashed],
          ["credit", 1_000, hashed],
        ],
      );
      assert.equal(await f.walletBalance(playerId), 10_500);
    });

    test("with the operator suspended, a bet joins an open round of either form; a new round is refused", async () => {
      const { old, fresh } = await bothFormsWithOpenRounds("mix");
      // With the operator suspended, a bet may only join a round that exists: the bet's read must
      // find each session's round under its own form.
      const suspend = await f.h.request("POST", `/admin/operators/${f.operatorId}/suspend`, {
        token: f.h.adminToken,
        body: { reason: "review" },
      });
      assert.equal(suspend.status, 200, suspend.text);
      try {
        const answers = await Promise.all(
          [old, fresh].flatMap((who, i) => {
            const tag = i === 0 ? "o" : "n";
            return [
              f.gateway("/bet", {
                session_token: who.token,
                transaction_id: `mix-${tag}-b2`,
                round_id: `mix-${tag}-r1`,
                amount: 50,
              }),
              f.gateway("/bet", {
                session_token: who.token,
                transaction_id: `mix-${tag}-b3`,
                round_id: `mix-${tag}-r2`,
                amount: 50,
              }),
            ];
          }),
        );
        assert.equal(answers[0]!.status, 200, answers[0]!.text);
        assertProblem(answers[1]!, 403, "OPERATOR_SUSPENDED");
        assert.equal(answers[2]!.status, 200, answers[2]!.text);
        assertProblem(answers[3]!, 403, "OPERATOR_SUSPENDED");
      } finally {
        const reinstated = await f.h.request("POST", `/admin/operators/${f.operatorId}/reinstate`, {
          token: f.h.adminToken,
        });
        assert.equal(reinstated.status, 200, reinstated.text);
      }
      assert.deepEqual(await roundsOf(old.sessionId), [
        { round_id: platformRoundId("acme", "mix-o-r1", "hash"), status: "open" },
      ]);
      assert.deepEqual(await roundsOf(fresh.sessionId), [{ round_id: "gr_acme_mix-n-r1", status: "open" }]);
      assert.equal(await f.walletBalance(old.playerId), 9_850);
      assert.equal(await f.walletBalance(fresh.playerId), 9_850);
    });

    test("the bet's read, four at once (on PostgreSQL one statement): each session's round under its own form", async () => {
      const { old, fresh } = await bothFormsWithOpenRounds("read");
      const caller = { studioId: "acme", keyId: "unused" };
      const deps = { db: f.h.db.db };
      // Asked in one turn of the event loop: they go together (db/batched-lookup.ts).
      const reads = await Promise.all([
        studioSessionForBet(deps, caller, old.token, undefined, "read-o-r1"),
        studioSessionForBet(deps, caller, old.token, undefined, "read-o-r2"),
        studioSessionForBet(deps, caller, fresh.token, undefined, "read-n-r1"),
        studioSessionForBet(deps, caller, fresh.token, undefined, "read-n-r2"),
      ]);
      assert.deepEqual(
        reads.map((read) => (read.ok ? [read.roundId, read.opening.roundExists] : read.answer)),
        [
          [platformRoundId("acme", "read-o-r1", "hash"), true],
          [platformRoundId("acme", "read-o-r2", "hash"), false],
          ["gr_acme_read-n-r1", true],
          ["gr_acme_read-n-r2", false],
        ],
      );
    });

    test("a win from another session is still refused ROUND_MISMATCH", async () => {
      const owner = await playing(f, 1_000);
      const stranger = await playing(f, 1_000);
      const opened = await f.gateway("/bet", {
        session_token: owner.token,
        transaction_id: "mm-b1",
        round_id: "mm-r1",
        amount: 100,
      });
      assert.equal(opened.status, 200, opened.text);
      const win = { transaction_id: "mm-w1", round_id: "mm-r1", amount: 100, round_closed: true };
      assertProblem(
        await f.gateway("/win", { ...win, session_token: stranger.token }),
        409,
        "ROUND_MISMATCH",
      );
      assert.equal(await f.walletBalance(stranger.playerId), 1_000);
      const settled = await f.gateway("/win", { ...win, session_token: owner.token });
      assert.equal(settled.status, 200, settled.text);
    });
  });
}
