import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import Fastify, { type FastifyInstance } from "fastify";
import { signCall } from "@croupier/protocol";
import { balanceCall, moneyCall, NOW_MS, SALT } from "../test/calls.ts";
import { postRaw, postSigned } from "../test/http-client.ts";
import { rawRequest, singleSocketAgent } from "../test/raw-http.ts";
import { describeEachStore, uniqueId } from "../test/store-fixtures.ts";
import { balanceOf, newPlayer, testHandler } from "../test/wallet-helpers.ts";
import { fastifyWallet } from "./fastify.ts";

describeEachStore("fastify adapter", (fixture) => {
  let app: FastifyInstance;
  let url = "";
  let base = "";
  let player: { playerId: string };
  const agent = singleSocketAgent();
  before(async () => {
    app = Fastify();
    await app.register(fastifyWallet, { handler: testHandler(fixture.store), path: "/callback" });
    // The host app's own JSON route must keep Fastify's normal JSON parsing.
    app.post("/echo", async (request) => ({ parsed: request.body }));
    const address = await app.listen({ port: 0, host: "127.0.0.1" });
    base = address;
    url = `${address}/callback`;
    player = await newPlayer(fixture.store, 1_000);
  });
  after(async () => {
    agent.destroy();
    await app.close();
  });

  test("serves the protocol: debit, replay, refusal", async () => {
    const bet = moneyCall("debit", player, uniqueId("bet"), 300);
    const first = await postSigned(url, bet);
    assert.deepEqual([first.status, first.json.status, first.json.balance], [200, "ok", 700]);
    assert.match(first.contentType ?? "", /^application\/json/);
    assert.equal((await postSigned(url, bet)).text, first.text);
    const refused = await postSigned(url, moneyCall("debit", player, uniqueId("bet"), 5_000));
    assert.equal(refused.json.status === "error" && refused.json.code, "INSUFFICIENT_FUNDS");
    assert.equal(await balanceOf(fixture.store, player.playerId), 700);
  });

  test("Fastify's own refusals become 200 INVALID_REQUEST; the connection stays usable", async () => {
    const tooLarge = await rawRequest(url, {
      agent,
      body: "x".repeat(100_000),
      headers: { "content-type": "application/json" },
    });
    assert.equal(tooLarge.status, 200);
    assert.equal(JSON.parse(tooLarge.text).code, "INVALID_REQUEST");
    const badType = await rawRequest(url, { agent, body: "{}", headers: { "content-type": "&&&" } });
    assert.equal(badType.status, 200);
    assert.equal(JSON.parse(badType.text).code, "INVALID_REQUEST");
    const empty = await rawRequest(url, { agent });
    assert.equal(JSON.parse(empty.text).code, "INVALID_REQUEST");
    const signed = signCall(balanceCall(player, uniqueId("c")) as never, SALT, NOW_MS);
    const plain = await rawRequest(url, {
      agent,
      body: signed.body,
      headers: { ...signed.headers, "content-type": "text/plain" },
    });
    assert.equal(JSON.parse(plain.text).status, "ok");
    const none = await rawRequest(url, {
      agent,
      body: Buffer.from(signed.body),
      headers: { "content-length": String(signed.body.length) },
    });
    assert.equal(JSON.parse(none.text).status, "ok");
  });

  test("the raw bytes reach the handler, so a required body signature verifies", async () => {
    const strictApp = Fastify();
    await strictApp.register(fastifyWallet, {
      handler: testHandler(fixture.store, { requireBodySignature: true }),
    });
    const address = await strictApp.listen({ port: 0, host: "127.0.0.1" });
    try {
      const signed = signCall(
        { ...balanceCall(player, uniqueId("c")), note: "  spaced  é " } as never,
        SALT,
        NOW_MS,
      );
      const reply = await postRaw(`${address}/wallet`, signed.body, signed.headers);
      assert.equal(reply.json.status, "ok");
    } finally {
      await strictApp.close();
    }
  });

  test("the plugin is encapsulated: the host app still parses JSON", async () => {
    const response = await fetch(`${base}/echo`, {
      method: "POST",
      body: JSON.stringify({ a: 1 }),
      headers: { "content-type": "application/json" },
    });
    assert.deepEqual(await response.json(), { parsed: { a: 1 } });
  });
});
