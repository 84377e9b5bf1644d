import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { BACKENDS, startWallet, uniqueId, type WalletFixture } from "./test/wallet-fixture.ts";

const SALT = "callback-test-salt";

for (const backend of BACKENDS) {
  describe(`POST /wallet (${backend})`, () => {
    let wallet: WalletFixture;
    before(async () => {
      wallet = await startWallet(backend, [SALT]);
    });
    after(() => wallet.close());

    const session = { session_id: "s-1", currency: "EUR", game_id: "slots-1" };
    const balanceOf = async (playerId: string) =>
      (await wallet.admin("GET", `/admin/players/${playerId}`)).json.balance;

    it("a signed balance, debit and credit round moves money as the admin API shows", async () => {
      const playerId = uniqueId("round");
      await wallet.admin("POST", "/admin/players", { player_id: playerId, currency: "EUR", balance: 10_000 });
      const roundId = uniqueId("r");

      const balance = await wallet.call(
        { action: "balance", call_id: uniqueId("c"), player_id: playerId, ...session },
        SALT,
      );
      assert.equal(balance.status, 200);
      assert.deepEqual(
        { status: balance.json.status, balance: balance.json.balance },
        { status: "ok", balance: 10_000 },
      );

      const debitId = uniqueId("c");
      const bet = {
        action: "debit",
        call_id: debitId,
        player_id: playerId,
        ...session,
        round_id: roundId,
        amount: 250,
        rb: 0,
        round_closed: false,
      } as const;
      const debit = await wallet.call(bet, SALT);
      assert.equal(debit.json.status, "ok");
      assert.equal(debit.json.balance, 9_750);
      assert.equal(await balanceOf(playerId), 9_750);

      // A retry of the same debit replays the first answer and moves nothing.
      const retry = await wallet.call(bet, SALT);
      assert.deepEqual(retry.json, debit.json);
      assert.equal(await balanceOf(playerId), 9_750);

      const credit = await wallet.call(
        {
          action: "credit",
          call_id: uniqueId("c"),
          player_id: playerId,
          ...session,
          round_id: roundId,
          amount: 1_000,
          rb: 0,
          round_closed: true,
        },
        SALT,
      );
      assert.equal(credit.json.status, "ok");
      assert.equal(credit.json.balance, 10_750);
      assert.equal(await balanceOf(playerId), 10_750);

      const ledger = await wallet.admin("GET", `/admin/players/${playerId}/transactions`);
      const items = ledger.json.items as {
        kind: string;
        amount: number;
        call_id?: string;
        round_id?: string;
      }[];
      assert.deepEqual(
        items.map((i) => [i.kind, i.amount, i.round_id]),
        [
          ["credit", 1_000, roundId],
          ["debit", -250, roundId],
        ],
      );
      assert.equal(items[1]!.call_id, debitId);
    });

    it("refuses what the protocol refuses, still with HTTP 200, changing nothing", async () => {
      const playerId = uniqueId("refuse");
      await wallet.admin("POST", "/admin/players", { player_id: playerId, currency: "EUR", balance: 100 });
      const money = {
        player_id: playerId,
        ...session,
        round_id: uniqueId("r"),
        rb: 0,
        round_closed: false,
      } as const;

      const tooMuch = await wallet.call(
        { action: "debit", call_id: uniqueId("c"), ...money, amount: 101 },
        SALT,
      );
      assert.equal(tooMuch.status, 200);
      assert.deepEqual(tooMuch.json.status === "error" && [tooMuch.json.code, tooMuch.json.balance], [
        "INSUFFICIENT_FUNDS",
        100,
      ]);

      const forged = await wallet.call(
        { action: "debit", call_id: uniqueId("c"), ...money, amount: 1 },
        "wrong-salt",
      );
      assert.equal(forged.json.status === "error" && forged.json.code, "INVALID_KEY");

      await wallet.admin("POST", `/admin/players/${playerId}/block`);
      const blocked = await wallet.call(
        { action: "debit", call_id: uniqueId("c"), ...money, amount: 1 },
        SALT,
      );
      assert.equal(blocked.json.status === "error" && blocked.json.code, "PLAYER_BLOCKED");

      const garbage = await fetch(`${wallet.baseUrl}/wallet`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: "{not json",
      });
      assert.equal(garbage.status, 200);
      const answer = (await garbage.json()) as { status: string; code: string };
      assert.equal(answer.status, "error");
      assert.ok(["INVALID_KEY", "INVALID_REQUEST"].includes(answer.code), answer.code);
      assert.equal(await balanceOf(playerId), 100);
    });

    it("answers /healthz", async () => {
      const response = await fetch(`${wallet.baseUrl}/healthz`);
      assert.equal(response.status, 200);
      assert.deepEqual(await response.json(), { status: "ok" });
    });
  });
}
