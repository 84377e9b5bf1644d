import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { encodeGameHubQuery, signCall, type UnsignedWalletRequest } from "@croupier/protocol";
import { BACKENDS, startWallet, uniqueId, type WalletFixture } from "./test/wallet-fixture.ts";

const SALT = "classic-test-salt-0123";

for (const backend of BACKENDS) {
  describe(`GET /wallet/classic, the compatibility profile (${backend})`, () => {
    let wallet: WalletFixture;
    let plain: WalletFixture;
    before(async () => {
      wallet = await startWallet(backend, [SALT], { classicProfile: true });
      plain = await startWallet(backend, [SALT]);
    });
    after(async () => {
      await wallet?.close();
      await plain?.close();
    });

    const session = { session_id: "s-1", currency: "EUR", game_id: "slots-1" };
    const get = async (target: WalletFixture, unsigned: UnsignedWalletRequest) => {
      const query = encodeGameHubQuery(signCall(unsigned, SALT, Date.now()).request);
      const response = await fetch(`${target.baseUrl}/wallet/classic?${query.toString()}`);
      return { status: response.status, json: (await response.json()) as Record<string, unknown> };
    };

    it("answers a bet and a win in the dialect, on the same players as POST /wallet", async () => {
      const playerId = uniqueId("classic");
      await wallet.admin("POST", "/admin/players", { player_id: playerId, currency: "EUR", balance: 1_000 });
      const round = { ...session, player_id: playerId, round_id: uniqueId("r"), rb: 0 as const };
      const balance = await get(wallet, {
        action: "balance",
        call_id: uniqueId("c"),
        player_id: playerId,
        ...session,
      });
      assert.deepEqual(balance, { status: 200, json: { error: 0, balance: 1_000 } });
      const bet = {
        action: "debit",
        call_id: uniqueId("c"),
        amount: 300,
        round_closed: false,
        ...round,
      } as const;
      assert.deepEqual((await get(wallet, bet)).json, { error: 0, balance: 700 });
      assert.deepEqual(
        (await get(wallet, bet)).json,
        { error: 0, balance: 700 },
        "replayed, not applied twice",
      );
      const tooMuch = { ...bet, call_id: uniqueId("c"), amount: 5_000 };
      assert.deepEqual((await get(wallet, tooMuch)).json, { error: 1, balance: 700 });
      const win = {
        ...bet,
        action: "credit",
        call_id: uniqueId("c"),
        amount: 50,
        round_closed: true,
      } as const;
      assert.deepEqual((await get(wallet, win)).json, { error: 0, balance: 750 });
      assert.equal((await wallet.admin("GET", `/admin/players/${playerId}`)).json.balance, 750);
    });

    it("is off unless configured", async () => {
      const answer = await get(plain, {
        action: "balance",
        call_id: uniqueId("c"),
        player_id: "x",
        ...session,
      });
      assert.equal(answer.status, 404);
    });
  });
}
