import assert from "node:assert/strict";
import { connect } from "node:net";
import { after, before, test } from "node:test";
import { signCall } from "@croupier/protocol";
import { balanceCall, NOW_MS, SALT } from "../test/calls.ts";
import { serveWallet, type LoopbackServer } from "../test/http-client.ts";
import { rawRequest, singleSocketAgent } from "../test/raw-http.ts";
import { describeEachStore, uniqueId } from "../test/store-fixtures.ts";
import { newPlayer, testHandler } from "../test/wallet-helpers.ts";

describeEachStore("node-http adapter", (fixture) => {
  let server: LoopbackServer;
  let player: { playerId: string };
  const agent = singleSocketAgent();
  before(async () => {
    server = await serveWallet(testHandler(fixture.store, { maxBodyBytes: 1_024 }), 1_024);
    player = await newPlayer(fixture.store, 700);
  });
  after(async () => {
    agent.destroy();
    await server.close();
  });

  function validCall() {
    return signCall(balanceCall(player, uniqueId("c")) as never, SALT, NOW_MS);
  }

  test("an oversized body is answered 200 INVALID_REQUEST and the connection stays usable", async () => {
    const first = await rawRequest(server.url, { agent, body: validCall().body });
    assert.equal(JSON.parse(first.text).status, "ok");
    const oversize = await rawRequest(server.url, { agent, body: "x".repeat(200_000) });
    assert.equal(oversize.status, 200);
    assert.equal(oversize.headers["content-type"], "application/json");
    assert.equal(JSON.parse(oversize.text).code, "INVALID_REQUEST");
    assert.match(JSON.parse(oversize.text).message, /1024 bytes/);
    const next = await rawRequest(server.url, { agent, body: validCall().body });
    assert.equal(next.reusedSocket, true, "same keep-alive connection");
    assert.equal(JSON.parse(next.text).balance, 700);
  });

  test("a body beyond the discard limit is answered and the connection closed", async () => {
    const socket = connect(Number(new URL(server.url).port), "127.0.0.1");
    const received: Buffer[] = [];
    socket.on("data", (chunk) => received.push(chunk));
    socket.on("error", () => undefined);
    socket.write("POST /wallet HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n");
    const block = "y".repeat(1024 * 1024);
    const chunk = `${block.length.toString(16)}\r\n${block}\r\n`;
    for (let i = 0; i < 10 && !socket.destroyed; i++) {
      await new Promise<void>((resolve) => socket.write(chunk, () => resolve()));
    }
    await new Promise((resolve) => socket.on("close", resolve));
    const text = Buffer.concat(received).toString("utf8");
    assert.match(text, /^HTTP\/1\.1 200/);
    assert.match(text, /connection: close/i);
    assert.match(text, /"code":"INVALID_REQUEST"/);
  });

  test("other methods are answered 200 INVALID_REQUEST", async () => {
    for (const method of ["GET", "PUT", "DELETE"]) {
      const reply = await rawRequest(server.url, { method, agent });
      assert.equal(reply.status, 200);
      assert.equal(JSON.parse(reply.text).code, "INVALID_REQUEST");
    }
  });

  test("an upload aborted halfway does not disturb the server", async () => {
    const socket = connect(Number(new URL(server.url).port), "127.0.0.1");
    socket.on("error", () => undefined);
    socket.write('POST /wallet HTTP/1.1\r\nHost: x\r\nContent-Length: 500\r\n\r\n{"action":');
    await new Promise((resolve) => setTimeout(resolve, 20));
    socket.destroy();
    const reply = await rawRequest(server.url, { agent, body: validCall().body });
    assert.equal(JSON.parse(reply.text).status, "ok");
  });
});
