import assert from "node:assert/strict";
import { after, before, beforeEach, describe, test } from "node:test";
import { openTestDb, testDialects, type TestDb } from "../../db/test-databases.ts";
import type { ServiceDeps } from "../../deps.ts";
import type { Audience } from "../games/audience.ts";
import { getGame } from "../games/get-game.ts";
import { listGames } from "../games/list-games.ts";
import { presentSettingsGame } from "../games/present.ts";
import { setGameStatus, setProviderStatus } from "../global-status.ts";
import { setOperatorGameChoice, setOperatorProviderChoice } from "../operator-settings.ts";
import { listOperatorProviders, listOperatorSettingsProviders } from "../providers.ts";
import { operatorAudience } from "../routes/operator-audience.ts";
import { ADMIN, feedGame, importGames, insertOperator, testDeps } from "./fixtures.ts";

const PROVIDERS = [
  { id: "acme", name: "Acme" },
  { id: "zeta", name: "Zeta" },
];
const USER = { kind: "operator_user" as const, id: "usr_1" };

for (const kind of testDialects) {
  describe(`who sees which games (${kind})`, () => {
    let testDb: TestDb;
    let deps: ServiceDeps;
    before(async () => {
      testDb = await openTestDb(kind);
      deps = testDeps(testDb);
      await insertOperator(deps, "op_a", { jurisdictions: ["MT"] });
      await insertOperator(deps, "op_b", { jurisdictions: ["MT"] });
      await insertOperator(deps, "op_gb", { jurisdictions: ["GB", "MT"] });
      await insertOperator(deps, "op_nj", { jurisdictions: ["US-NJ"] });
    });
    after(async () => testDb?.dispose());
    beforeEach(async () => {
      for (const table of ["catalogue_operator_games", "catalogue_operator_providers"] as const)
        await deps.db.deleteFrom(table).execute();
      await importGames(
        deps,
        [
          feedGame("a1", { provider: "acme" }),
          feedGame("a2", { provider: "acme" }),
          feedGame("z1", { provider: "zeta" }),
          feedGame("z2", { provider: "zeta" }),
        ],
        PROVIDERS,
      );
      await deps.db
        .updateTable("catalogue_games")
        .set({ admin_status: "active", feed_status: "active" })
        .execute();
      await deps.db.updateTable("catalogue_providers").set({ status: "active" }).execute();
    });

    const visible = async (audience: Audience) => {
      const result = await listGames(deps, audience, { limit: 200 });
      assert.ok(result.ok);
      return result.page.items.map((row) => row.id);
    };
    const operator = (operatorId: string, jurisdictions: string[] = ["MT"]): Audience => ({
      kind: "operator",
      operatorId,
      jurisdictions,
    });

    test("by default every active game is enabled for every operator", async () => {
      assert.deepEqual(await visible(operator("op_a")), ["a1", "a2", "z1", "z2"]);
    });

    test("an operator's choices affect only that operator; a game choice wins over its provider choice", async () => {
      const choose = { operatorId: "op_a", actor: USER };
      assert.ok((await setOperatorProviderChoice(deps, { ...choose, targetId: "zeta", enabled: false })).ok);
      assert.deepEqual(await visible(operator("op_a")), ["a1", "a2"]);
      assert.deepEqual(
        await visible(operator("op_b")),
        ["a1", "a2", "z1", "z2"],
        "other operators unaffected",
      );

      assert.ok((await setOperatorGameChoice(deps, { ...choose, targetId: "z2", enabled: true })).ok);
      assert.ok((await setOperatorGameChoice(deps, { ...choose, targetId: "a1", enabled: false })).ok);
      assert.deepEqual(await visible(operator("op_a")), ["a2", "z2"]);
      assert.equal(await getGame(deps, operator("op_a"), "a1"), undefined);
      assert.equal((await getGame(deps, operator("op_a"), "z2"))?.id, "z2");

      const settings = await listGames(
        deps,
        { kind: "operator-settings", operatorId: "op_a" },
        { limit: 200 },
      );
      assert.ok(settings.ok);
      assert.deepEqual(
        settings.page.items
          .map(presentSettingsGame)
          .map((g) => [g.id, g.enabled, g.gameSetting, g.providerSetting]),
        [
          ["a1", false, "disabled", "default"],
          ["a2", true, "default", "default"],
          ["z1", false, "default", "disabled"],
          ["z2", true, "enabled", "disabled"],
        ],
      );
      assert.deepEqual(
        (await listOperatorSettingsProviders(deps, "op_a")).map((p) => [
          p.id,
          p.enabled,
          p.setting,
          p.gameCount,
        ]),
        [
          ["acme", true, "default", 2],
          ["zeta", false, "disabled", 2],
        ],
      );

      // Back to defaults.
      assert.ok((await setOperatorProviderChoice(deps, { ...choose, targetId: "zeta", enabled: null })).ok);
      assert.ok((await setOperatorGameChoice(deps, { ...choose, targetId: "a1", enabled: null })).ok);
      assert.deepEqual(await visible(operator("op_a")), ["a1", "a2", "z1", "z2"]);
      const unknown = await setOperatorGameChoice(deps, { ...choose, targetId: "nope", enabled: false });
      assert.deepEqual(unknown.ok ? null : unknown.code, "GAME_NOT_FOUND");
      const unknownProvider = await setOperatorProviderChoice(deps, {
        ...choose,
        targetId: "nope",
        enabled: false,
      });
      assert.deepEqual(unknownProvider.ok ? null : unknownProvider.code, "PROVIDER_NOT_FOUND");
    });

    test("a global disable (admin on a game or provider, or the feed) wins over any operator choice", async () => {
      await setOperatorGameChoice(deps, { operatorId: "op_a", targetId: "a1", enabled: true, actor: USER });
      assert.ok((await setGameStatus(deps, { gameId: "a1", status: "disabled", actor: ADMIN })).ok);
      assert.ok((await setProviderStatus(deps, { providerId: "zeta", status: "disabled", actor: ADMIN })).ok);
      assert.deepEqual(await visible(operator("op_a")), ["a2"]);
      const settings = await listGames(
        deps,
        { kind: "operator-settings", operatorId: "op_a" },
        { limit: 200 },
      );
      assert.ok(settings.ok);
      assert.deepEqual(
        settings.page.items.map((r) => r.id),
        ["a2"],
        "the backoffice lists only what can be offered",
      );
      assert.deepEqual(await visible({ kind: "admin" }), ["a1", "a2", "z1", "z2"], "admins see everything");

      await importGames(deps, [feedGame("a2", { provider: "acme", status: "disabled" })], PROVIDERS);
      assert.deepEqual(await visible(operator("op_a")), []);
      assert.ok((await setProviderStatus(deps, { providerId: "zeta", status: "active", actor: ADMIN })).ok);
      assert.deepEqual(await visible(operator("op_a")), ["z1", "z2"]);
      const again = await setProviderStatus(deps, { providerId: "zeta", status: "active", actor: ADMIN });
      assert.deepEqual(again, { ok: true, changed: false });
      const missing = await setGameStatus(deps, { gameId: "nope", status: "disabled", actor: ADMIN });
      assert.equal(missing.ok ? null : missing.code, "GAME_NOT_FOUND");
    });

    test("jurisdictions: a game blocked in any licence jurisdiction is hidden; a country block covers its regions", async () => {
      await importGames(
        deps,
        [
          feedGame("a1", { provider: "acme", blockedJurisdictions: ["GB"] }),
          feedGame("a2", { provider: "acme", blockedJurisdictions: ["US"] }),
          feedGame("z1", { provider: "zeta", blockedJurisdictions: ["US-PA"] }),
        ],
        PROVIDERS,
      );
      const gb = await operatorAudience(deps, "op_gb", undefined);
      assert.ok(gb.ok);
      assert.deepEqual(gb.audience.jurisdictions, ["GB", "MT"]);
      assert.deepEqual(await visible(gb.audience), ["a2", "z1", "z2"]);
      const onlyMt = await operatorAudience(deps, "op_gb", "MT");
      assert.ok(onlyMt.ok);
      assert.deepEqual(
        await visible(onlyMt.audience),
        ["a1", "a2", "z1", "z2"],
        "asking for MT shows what MT allows",
      );
      const nj = await operatorAudience(deps, "op_nj", undefined);
      assert.ok(nj.ok);
      assert.deepEqual(await visible(nj.audience), ["a1", "z1", "z2"], "US blocks US-NJ; US-PA does not");
      assert.equal(await getGame(deps, nj.audience, "a2"), undefined);
      const unlicensed = await operatorAudience(deps, "op_nj", "GB");
      assert.equal(unlicensed.ok ? null : unlicensed.code, "JURISDICTION_NOT_LICENSED");
    });

    test("the operator's provider list holds only providers with a game it offers", async () => {
      await importGames(
        deps,
        [feedGame("z1", { provider: "zeta", blockedJurisdictions: ["MT"] })],
        PROVIDERS,
      );
      await setOperatorGameChoice(deps, { operatorId: "op_a", targetId: "a1", enabled: false, actor: USER });
      assert.deepEqual(
        await listOperatorProviders(deps, { kind: "operator", operatorId: "op_a", jurisdictions: ["MT"] }),
        [
          { id: "acme", name: "Acme" },
          { id: "zeta", name: "Zeta" },
        ],
      );
      await setOperatorGameChoice(deps, { operatorId: "op_a", targetId: "z2", enabled: false, actor: USER });
      assert.deepEqual(
        (
          await listOperatorProviders(deps, { kind: "operator", operatorId: "op_a", jurisdictions: ["MT"] })
        ).map((p) => p.id),
        ["acme"],
      );
    });
  });
}
