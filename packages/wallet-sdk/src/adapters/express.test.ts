import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import express from "express";
import { signCall } from "@croupier/protocol";
import { balanceCall, moneyCall, NOW_MS, SALT } from "../test/calls.ts";
import { listenOnLoopback, postRaw, postSigned, type LoopbackServer } from "../test/http-client.ts";
import { rawRequest, singleSocketAgent } from "../test/raw-http.ts";
import { describeEachStore, uniqueId } from "../test/store-fixtures.ts";
import { balanceOf, newPlayer, testHandler } from "../test/wallet-helpers.ts";
import { expressWallet } from "./express.ts";

describeEachStore("express adapter", (fixture) => {
  let server: LoopbackServer;
  let base = "";
  let player: { playerId: string };
  const agent = singleSocketAgent();
  before(async () => {
    const app = express();
    app.post("/wallet", expressWallet(testHandler(fixture.store, { requireBodySignature: true })));
    app.use(express.json());
    app.post("/echo", (req, res) => {
      res.json({ parsed: req.body });
    });
    // Misconfigured on purpose: a JSON parser runs before the wallet middleware.
    app.post("/parsed-first", express.json(), expressWallet(testHandler(fixture.store)));
    server = await listenOnLoopback(app);
    base = server.url.replace(/\/wallet$/, "");
    player = await newPlayer(fixture.store, 1_000);
  });
  after(async () => {
    agent.destroy();
    await server.close();
  });

  test("serves the protocol with the body signature checked over the raw bytes", async () => {
    const bet = moneyCall("debit", player, uniqueId("bet"), 300);
    const first = await postSigned(server.url, bet);
    assert.deepEqual([first.status, first.json.status, first.json.balance], [200, "ok", 700]);
    assert.match(first.contentType ?? "", /^application\/json/);
    assert.equal((await postSigned(server.url, bet)).text, first.text);
    const signed = signCall(moneyCall("debit", player, uniqueId("bet"), 1) as never, SALT, NOW_MS);
    const tampered = await postRaw(
      server.url,
      signed.body.replace('"amount":1', '"amount":2'),
      signed.headers,
    );
    assert.equal(tampered.json.status === "error" && tampered.json.code, "INVALID_KEY");
    assert.equal(await balanceOf(fixture.store, player.playerId), 700);
  });

  test("body-parser refusals become 200 INVALID_REQUEST; the connection stays usable", async () => {
    const tooLarge = await rawRequest(server.url, {
      agent,
      body: "x".repeat(100_000),
      headers: { "content-type": "application/json" },
    });
    assert.equal(tooLarge.status, 200);
    assert.equal(JSON.parse(tooLarge.text).code, "INVALID_REQUEST");
    const badCharset = await rawRequest(server.url, {
      agent,
      body: "{}",
      headers: { "content-type": "application/json; charset=klingon" },
    });
    assert.equal(badCharset.status, 200);
    assert.equal(JSON.parse(badCharset.text).status, "error");
    const empty = await rawRequest(server.url, { agent });
    assert.equal(JSON.parse(empty.text).code, "INVALID_REQUEST");
    const signed = signCall(balanceCall(player, uniqueId("c")) as never, SALT, NOW_MS);
    const reply = await rawRequest(server.url, { agent, body: signed.body, headers: signed.headers });
    assert.equal(JSON.parse(reply.text).status, "ok");
  });

  test("the rest of the app parses JSON as usual", async () => {
    const response = await fetch(`${base}/echo`, {
      method: "POST",
      body: JSON.stringify({ a: 1 }),
      headers: { "content-type": "application/json" },
    });
    assert.deepEqual(await response.json(), { parsed: { a: 1 } });
  });

  test("a JSON parser mounted before the middleware yields INTERNAL_ERROR, not a crash", async () => {
    const signed = signCall(balanceCall(player, uniqueId("c")) as never, SALT, NOW_MS);
    const reply = await postRaw(`${base}/parsed-first`, signed.body, signed.headers);
    assert.equal(reply.status, 200);
    assert.equal(reply.json.status === "error" && reply.json.code, "INTERNAL_ERROR");
  });
});
