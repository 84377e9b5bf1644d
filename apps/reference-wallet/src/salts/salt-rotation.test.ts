import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { BACKENDS, startWallet, uniqueId, type WalletFixture } from "../test/wallet-fixture.ts";

for (const backend of BACKENDS) {
  describe(`salt rotation through PUT /admin/salts (${backend})`, () => {
    let wallet: WalletFixture;
    let playerId: string;
    before(async () => {
      wallet = await startWallet(backend, ["salt-2025-0123456789"]);
      playerId = uniqueId("rot");
      await wallet.admin("POST", "/admin/players", { player_id: playerId, currency: "EUR", balance: 500 });
    });
    after(() => wallet.close());

    const balanceCall = () =>
      ({
        action: "balance",
        call_id: uniqueId("c"),
        player_id: playerId,
        session_id: "s",
        currency: "EUR",
        game_id: "g",
      }) as const;
    const codeOf = async (salt: string) => {
      const { status, json } = await wallet.call(balanceCall(), salt);
      assert.equal(status, 200);
      return json.status === "ok" ? "ok" : json.code;
    };

    it("accepts the old salt while both are active, then only the new one", async () => {
      assert.equal(await codeOf("salt-2025-0123456789"), "ok");
      assert.equal(await codeOf("salt-2026-0123456789"), "INVALID_KEY");

      const overlap = await wallet.admin("PUT", "/admin/salts", {
        salts: ["salt-2026-0123456789", "salt-2025-0123456789"],
      });
      assert.deepEqual(overlap.json, { active_salts: 2 });
      assert.equal(await codeOf("salt-2026-0123456789"), "ok");
      assert.equal(await codeOf("salt-2025-0123456789"), "ok");

      const done = await wallet.admin("PUT", "/admin/salts", { salts: ["salt-2026-0123456789"] });
      assert.deepEqual(done.json, { active_salts: 1 });
      assert.equal(await codeOf("salt-2026-0123456789"), "ok");
      assert.equal(await codeOf("salt-2025-0123456789"), "INVALID_KEY");
    });

    it("keeps the active salts when a replacement is refused", async () => {
      const refused = await wallet.admin("PUT", "/admin/salts", { salts: [] });
      assert.equal(refused.status, 400);
      const unauthorized = await wallet.admin("PUT", "/admin/salts", { salts: ["evil"] }, { token: "guess" });
      assert.equal(unauthorized.status, 401);
      assert.equal(await codeOf("salt-2026-0123456789"), "ok");
      assert.equal(await codeOf("evil"), "INVALID_KEY");
    });
  });
}
