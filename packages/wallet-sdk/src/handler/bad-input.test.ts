import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { computeKey, DEFAULT_MAX_BODY_BYTES, signCall } from "@croupier/protocol";
import { balanceCall, moneyCall, NOW_MS, SALT } from "../test/calls.ts";
import { postRaw, postSigned, serveWallet, type LoopbackServer } from "../test/http-client.ts";
import { describeEachStore, uniqueId } from "../test/store-fixtures.ts";
import { balanceOf, ledgerOf, newPlayer, testHandler } from "../test/wallet-helpers.ts";

const JSON_HEADERS = { "content-type": "application/json" };

/** Hostile and broken bodies through real HTTP: always 200 with a refusal, nothing changes. */
describeEachStore("bad input over HTTP", (fixture) => {
  let server: LoopbackServer;
  let player: { playerId: string; currency: string };
  before(async () => {
    server = await serveWallet(testHandler(fixture.store));
    player = await newPlayer(fixture.store, 5_000);
  });
  after(() => server.close());

  /** A valid call still works afterwards: the server keeps serving. */
  async function assertStillServing(): Promise<void> {
    const reply = await postSigned(server.url, balanceCall(player, uniqueId("alive")));
    assert.deepEqual([reply.status, reply.json.status, reply.json.balance], [200, "ok", 5_000]);
  }

  async function expectRefused(body: string | Uint8Array, code = "INVALID_REQUEST", headers = JSON_HEADERS) {
    const reply = await postRaw(server.url, body, headers);
    assert.equal(reply.status, 200);
    assert.match(reply.contentType ?? "", /^application\/json/);
    assert.equal(reply.json.status, "error");
    assert.equal(
      reply.json.status === "error" && reply.json.code,
      code,
      `body: ${String(body).slice(0, 80)}`,
    );
    assert.doesNotMatch(reply.text, /\n\s+at /, "no stack trace");
  }

  /** A correctly keyed body with `mutate` applied to its fields (so only the shape is wrong). */
  function keyed(mutate: (fields: Record<string, unknown>) => void): string {
    const timestamp = Math.floor(NOW_MS / 1000);
    const fields: Record<string, unknown> = {
      ...moneyCall("debit", player, uniqueId("bad"), 100),
      timestamp,
      key: computeKey(timestamp, SALT),
    };
    mutate(fields);
    return JSON.stringify(fields);
  }

  test("not JSON, not an object, empty, invalid UTF-8, deeply nested", async () => {
    for (const body of ["hello", "{", '{"a":1', "[1,2,3]", "[]", "42", '"text"', "null", "", "{}}"]) {
      await expectRefused(body);
    }
    await expectRefused(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]));
    await expectRefused(`${"[".repeat(5_000)}${"]".repeat(5_000)}`);
    await expectRefused(keyed((f) => (f.extra = JSON.parse(`${'{"a":'.repeat(200)}1${"}".repeat(200)}`))));
    await assertStillServing();
  });

  test("a 1 MB body is refused above the documented limit; the limit itself is accepted", async () => {
    await expectRefused(`{"pad":"${"x".repeat(1024 * 1024)}"}`);
    await assertStillServing();
    const exact = signCall({ ...balanceCall(player, uniqueId("big")), pad: "" } as never, SALT, NOW_MS);
    const room = DEFAULT_MAX_BODY_BYTES - Buffer.byteLength(exact.body);
    const padded = signCall(
      { ...balanceCall(player, exact.request.call_id), pad: "y".repeat(room) } as never,
      SALT,
      NOW_MS,
    );
    assert.equal(Buffer.byteLength(padded.body), DEFAULT_MAX_BODY_BYTES);
    const accepted = await postRaw(server.url, padded.body, padded.headers);
    assert.equal(accepted.json.status, "ok");
    const over = signCall(
      { ...balanceCall(player, uniqueId("big")), pad: "y".repeat(room + 1) } as never,
      SALT,
      NOW_MS,
    );
    await expectRefused(over.body, "INVALID_REQUEST", over.headers);
  });

  test("wrong types", async () => {
    const mutations: Array<(f: Record<string, unknown>) => void> = [
      (f) => (f.amount = "100"),
      (f) => (f.amount = null),
      (f) => (f.amount = [100]),
      (f) => (f.amount = true),
      (f) => (f.rb = true),
      (f) => (f.rb = 2),
      (f) => (f.round_closed = "yes"),
      (f) => (f.call_id = 123),
      (f) => (f.player_id = null),
      (f) => (f.currency = "eur"),
      (f) => (f.action = "DEBIT"),
      (f) => delete f.player_id,
      (f) => delete f.amount,
      (f) => (f.timestamp = String(f.timestamp)),
    ];
    for (const mutate of mutations) await expectRefused(keyed(mutate));
    await assertStillServing();
  });

  test("floats, negative and huge amounts", async () => {
    for (const amount of [1.5, 0.1, -1, -100, 2 ** 60, 2 ** 53, Number.MAX_VALUE]) {
      await expectRefused(keyed((f) => (f.amount = amount)));
    }
    // Integer-valued float literals are floats on the wire too.
    await expectRefused(keyed(() => undefined).replace('"amount":100', '"amount":100.0'));
    await expectRefused(keyed(() => undefined).replace('"amount":100', '"amount":1e2'));
    await assertStillServing();
  });

  test("10 000-character strings and control characters", async () => {
    const long = "z".repeat(10_000);
    for (const field of ["player_id", "call_id", "session_id", "game_id", "round_id", "currency"]) {
      await expectRefused(keyed((f) => (f[field] = long)));
    }
    for (const value of ["a\u0000b", "a\nb", "a\u001bb", "a\u0085b", "a\u007fb"]) {
      await expectRefused(keyed((f) => (f.player_id = value)));
      await expectRefused(keyed((f) => (f.call_id = value)));
    }
    await expectRefused(keyed((f) => (f.call_id = "has space")));
    await assertStillServing();
  });

  test("duplicate JSON keys", async () => {
    const body = keyed(() => undefined);
    await expectRefused(body.replace("{", '{"amount":1,'));
    await expectRefused(body.replace("{", `{"player_id":"${player.playerId}",`));
    await expectRefused(body.replace("{", '{"key":"00000000000000000000000000000000",'));
    await assertStillServing();
  });

  test("other content types and methods are still answered 200 JSON", async () => {
    await expectRefused("hello", "INVALID_REQUEST", { "content-type": "text/plain" });
    await expectRefused("a=1&b=2", "INVALID_REQUEST", {
      "content-type": "application/x-www-form-urlencoded",
    });
    const get = await fetch(server.url);
    assert.equal(get.status, 200);
    assert.equal(((await get.json()) as { code: string }).code, "INVALID_REQUEST");
    // A correct call with an unusual content type is a correct call.
    const signed = signCall(balanceCall(player, uniqueId("c")) as never, SALT, NOW_MS);
    const reply = await postRaw(server.url, signed.body, { ...signed.headers, "content-type": "text/plain" });
    assert.equal(reply.json.status, "ok");
  });

  test("after all of it, nothing moved", async () => {
    assert.equal(await balanceOf(fixture.store, player.playerId), 5_000);
    assert.deepEqual(await ledgerOf(fixture.store, player.playerId), []);
  });
});
