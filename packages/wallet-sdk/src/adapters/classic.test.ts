import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { computeKey, encodeGameHubQuery, signCall, type UnsignedWalletRequest } from "@croupier/protocol";
import { balanceCall, moneyCall, NOW_MS, rollbackCall, SALT } from "../test/calls.ts";
import { listenOnLoopback, type LoopbackServer } from "../test/http-client.ts";
import { describeEachStore, uniqueId } from "../test/store-fixtures.ts";
import { balanceOf, newPlayer } from "../test/wallet-helpers.ts";
import { classicQueryToBody, createClassicWalletHandler, nodeHttpClassicWalletListener } from "./classic.ts";

describeEachStore("compatibility (classic) profile adapter", (fixture) => {
  let server: LoopbackServer;
  let player: { playerId: string };
  before(async () => {
    const handler = createClassicWalletHandler({ salts: [SALT], store: fixture.store, clock: () => NOW_MS });
    server = await listenOnLoopback(nodeHttpClassicWalletListener(handler));
    player = await newPlayer(fixture.store, 1_000);
  });
  after(() => server.close());

  async function get(
    query: string,
    method = "GET",
  ): Promise<{ status: number; json: Record<string, unknown> }> {
    const response = await fetch(`${server.url}?${query}`, { method });
    return { status: response.status, json: (await response.json()) as Record<string, unknown> };
  }
  const send = (unsigned: UnsignedWalletRequest) =>
    get(encodeGameHubQuery(signCall(unsigned, SALT, NOW_MS).request).toString());

  test("balance, a bet, a bet too large: error 0 and 1 with the balance", async () => {
    assert.deepEqual((await send(balanceCall(player, uniqueId("b")))).json, { error: 0, balance: 1_000 });
    const bet = moneyCall("debit", player, uniqueId("d"), 300);
    assert.deepEqual((await send(bet)).json, { error: 0, balance: 700 });
    assert.deepEqual(
      (await send(bet)).json,
      { error: 0, balance: 700 },
      "a repeat is answered from the record",
    );
    assert.deepEqual((await send(moneyCall("debit", player, uniqueId("d"), 5_000))).json, {
      error: 1,
      balance: 700,
    });
    assert.equal(await balanceOf(fixture.store, player.playerId), 700);
  });

  test("a rollback looks for its original: never received, nothing paid, and the late original refused", async () => {
    const before = await balanceOf(fixture.store, player.playerId);
    const lost = uniqueId("lost");
    assert.deepEqual((await send(rollbackCall("credit", player, uniqueId("rb"), lost, 250))).json, {
      error: 0,
      balance: before,
    });
    const late = await send(moneyCall("debit", player, lost, 250));
    assert.equal(late.json.error, 2);
    assert.equal(await balanceOf(fixture.store, player.playerId), before);
  });

  test("refusals are error 2 and change nothing: bad key, fractional timestamp, twice-given parameter, POST", async () => {
    const before = await balanceOf(fixture.store, player.playerId);
    const signed = signCall(moneyCall("debit", player, uniqueId("d"), 100), SALT, NOW_MS).request;
    const wrongKey = encodeGameHubQuery({
      ...signed,
      key: computeKey(signed.timestamp, "another-salt-xxxxxxxx"),
    });
    assert.equal((await get(wrongKey.toString())).json.error, 2);
    const fractional = encodeGameHubQuery(signed);
    fractional.set("timestamp", `${signed.timestamp}.5`);
    fractional.set("key", computeKey(`${signed.timestamp}.5` as never, SALT));
    assert.equal((await get(fractional.toString())).json.error, 2);
    const twice = encodeGameHubQuery(signed);
    twice.append("amount", "1");
    assert.equal((await get(twice.toString())).json.error, 2);
    assert.equal((await get(encodeGameHubQuery(signed).toString(), "POST")).json.error, 2);
    assert.equal(await balanceOf(fixture.store, player.playerId), before);
    // The same call, well-formed, still goes through: none of the refusals claimed its call_id.
    assert.deepEqual((await get(encodeGameHubQuery(signed).toString())).json, {
      error: 0,
      balance: before - 100,
    });
  });
});

test("the query becomes the native body: renamed fields, integers as written, anything else a string", () => {
  const body = classicQueryToBody(
    new URLSearchParams(
      "action=debit&username=p1&gameplay_final=1&amount=250&rb=0&timestamp=17&extra=x&amount2=2.5",
    ),
  );
  assert.deepEqual(body, {
    ok: true,
    body: '{"action":"debit","player_id":"p1","round_closed":true,"amount":250,"rb":0,"timestamp":17,"extra":"x","amount2":"2.5"}',
  });
  assert.equal(
    JSON.parse((classicQueryToBody(new URLSearchParams("amount=-1")) as { body: string }).body).amount,
    "-1",
  );
  assert.equal(classicQueryToBody(new URLSearchParams("username=a&player_id=b")).ok, false);
});

test("asking the classic handler for a body signature is refused at construction", () => {
  assert.throws(
    () =>
      createClassicWalletHandler({ salts: [SALT], store: {} as never, requireBodySignature: true as never }),
    /no body signature/,
  );
});
