import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { errorResponse, signCall, type UnsignedWalletRequest, type WalletResponse } from "@croupier/protocol";
import type { ManagedWalletStore } from "../admin/player-admin-types.ts";
import type { WalletStore } from "../store/wallet-store.ts";
import { balanceCall, moneyCall, NOW_MS, rollbackCall, SALT } from "../test/calls.ts";
import {
  postRaw,
  postSigned,
  serveWallet,
  type HttpReply,
  type LoopbackServer,
} from "../test/http-client.ts";
import { describeEachStore, uniqueId } from "../test/store-fixtures.ts";
import { assertLedgerConsistent, balanceOf, newPlayer, testHandler } from "../test/wallet-helpers.ts";

/** Every row of PROTOCOL's error table, through real HTTP on loopback. */
describeEachStore("protocol error table over HTTP", (fixture) => {
  let server: LoopbackServer;
  let failing: LoopbackServer;
  const internalErrors: Array<[unknown, string | undefined]> = [];
  before(async () => {
    server = await serveWallet(testHandler(fixture.store));
    const broken: WalletStore = {
      transact: () => Promise.reject(new Error("database is on fire: secret connection details")),
      close: () => Promise.resolve(),
    };
    failing = await serveWallet(
      testHandler(fixture.store, { store: broken, onInternalError: (e, id) => internalErrors.push([e, id]) }),
    );
  });
  after(async () => {
    await server.close();
    await failing.close();
  });

  function expectHttp200Json(reply: HttpReply): WalletResponse {
    assert.equal(reply.status, 200);
    assert.match(reply.contentType ?? "", /^application\/json/);
    return reply.json;
  }

  async function expectRefusal(
    store: ManagedWalletStore,
    playerId: string,
    send: () => Promise<HttpReply>,
    expected: ReturnType<typeof errorResponse>["code"],
  ) {
    const before = await balanceOf(store, playerId);
    const response = expectHttp200Json(await send());
    assert.equal(response.status, "error");
    assert.equal(response.status === "error" && response.code, expected);
    assert.equal(await balanceOf(store, playerId), before, "balance unchanged");
    return response;
  }

  test("INVALID_KEY: a key made with another salt", async () => {
    const p = await newPlayer(fixture.store, 1_000);
    await expectRefusal(
      fixture.store,
      p.playerId,
      () => postSigned(server.url, moneyCall("debit", p, uniqueId("c"), 100), { salt: "wrong-salt" }),
      "INVALID_KEY",
    );
  });

  test("INVALID_KEY: a tampered body when the body signature is required", async () => {
    const strict = await serveWallet(testHandler(fixture.store, { requireBodySignature: true }));
    try {
      const p = await newPlayer(fixture.store, 1_000);
      const call = signCall(moneyCall("debit", p, uniqueId("c"), 100) as never, SALT, NOW_MS);
      const tampered = call.body.replace('"amount":100', '"amount":900');
      await expectRefusal(
        fixture.store,
        p.playerId,
        () => postRaw(strict.url, tampered, call.headers),
        "INVALID_KEY",
      );
      const unsignedHeaders = { "content-type": "application/json" };
      await expectRefusal(
        fixture.store,
        p.playerId,
        () => postRaw(strict.url, call.body, unsignedHeaders),
        "INVALID_KEY",
      );
      const ok = expectHttp200Json(await postRaw(strict.url, call.body, call.headers));
      assert.equal(ok.status, "ok");
    } finally {
      await strict.close();
    }
  });

  test("TIMESTAMP_EXPIRED: past and future beyond the window", async () => {
    const p = await newPlayer(fixture.store, 1_000);
    for (const offsetMs of [-31_000, 31_000, -3_600_000]) {
      await expectRefusal(
        fixture.store,
        p.playerId,
        () => postSigned(server.url, moneyCall("debit", p, uniqueId("c"), 100), { nowMs: NOW_MS + offsetMs }),
        "TIMESTAMP_EXPIRED",
      );
    }
    const edge = await postSigned(server.url, balanceCall(p, uniqueId("c")), { nowMs: NOW_MS - 30_000 });
    assert.equal(edge.json.status, "ok", "exactly at the window edge is accepted");
  });

  test("INVALID_REQUEST: missing field, float or negative amount, rb 1 without rb_call_id", async () => {
    const p = await newPlayer(fixture.store, 1_000);
    const base = moneyCall("debit", p, uniqueId("c"), 100) as Record<string, unknown>;
    const { round_id: _dropped, ...missingRound } = base;
    const variants: Array<Record<string, unknown>> = [
      missingRound,
      { ...base, amount: 1.5 },
      { ...base, amount: -100 },
      { ...base, amount: "100" },
      { ...base, rb: 1 },
      { ...base, action: "refund" },
    ];
    for (const variant of variants) {
      await expectRefusal(
        fixture.store,
        p.playerId,
        () => postSigned(server.url, variant as UnsignedWalletRequest),
        "INVALID_REQUEST",
      );
    }
  });

  test("PLAYER_NOT_FOUND", async () => {
    const response = expectHttp200Json(
      await postSigned(server.url, moneyCall("debit", { playerId: "nobody" }, uniqueId("c"), 100)),
    );
    assert.deepEqual(response, errorResponse("PLAYER_NOT_FOUND", "player not found"));
  });

  test("PLAYER_BLOCKED for balance and bets", async () => {
    const p = await newPlayer(fixture.store, 1_000, { blocked: true });
    await expectRefusal(
      fixture.store,
      p.playerId,
      () => postSigned(server.url, balanceCall(p, uniqueId("c"))),
      "PLAYER_BLOCKED",
    );
    await expectRefusal(
      fixture.store,
      p.playerId,
      () => postSigned(server.url, moneyCall("debit", p, uniqueId("c"), 100)),
      "PLAYER_BLOCKED",
    );
  });

  test("CURRENCY_MISMATCH", async () => {
    const p = await newPlayer(fixture.store, 1_000);
    await expectRefusal(
      fixture.store,
      p.playerId,
      () => postSigned(server.url, moneyCall("debit", { ...p, currency: "USD" }, uniqueId("c"), 100)),
      "CURRENCY_MISMATCH",
    );
    await expectRefusal(
      fixture.store,
      p.playerId,
      () => postSigned(server.url, moneyCall("credit", { ...p, currency: "USD" }, uniqueId("c"), 100)),
      "CURRENCY_MISMATCH",
    );
  });

  test("INSUFFICIENT_FUNDS carries the current balance", async () => {
    const p = await newPlayer(fixture.store, 1_000);
    const response = await expectRefusal(
      fixture.store,
      p.playerId,
      () => postSigned(server.url, moneyCall("debit", p, uniqueId("c"), 1_001)),
      "INSUFFICIENT_FUNDS",
    );
    assert.equal(response.balance, 1_000);
  });

  test("DUPLICATE_CONFLICT: a call_id reused with other content", async () => {
    const p = await newPlayer(fixture.store, 1_000);
    const callId = uniqueId("c");
    assert.equal((await postSigned(server.url, moneyCall("debit", p, callId, 100))).json.status, "ok");
    for (const other of [
      moneyCall("debit", p, callId, 200),
      moneyCall("credit", p, callId, 100),
      moneyCall("debit", p, callId, 100, "another-round"),
      { ...moneyCall("debit", p, callId, 100), extra: "field" },
    ]) {
      await expectRefusal(
        fixture.store,
        p.playerId,
        () => postSigned(server.url, other),
        "DUPLICATE_CONFLICT",
      );
    }
    assert.equal(await balanceOf(fixture.store, p.playerId), 900);
  });

  test("ROLLED_BACK: an original arriving after its rollback", async () => {
    const p = await newPlayer(fixture.store, 1_000);
    const original = uniqueId("bet");
    const rollback = await postSigned(server.url, rollbackCall("credit", p, uniqueId("rb"), original, 100));
    assert.deepEqual([rollback.json.status, rollback.json.balance], ["ok", 1_000]);
    await expectRefusal(
      fixture.store,
      p.playerId,
      () => postSigned(server.url, moneyCall("debit", p, original, 100)),
      "ROLLED_BACK",
    );
    await assertLedgerConsistent(fixture.store, p.playerId, 1_000);
  });

  test("INTERNAL_ERROR: anything else, without details, reported to onInternalError", async () => {
    const p = await newPlayer(fixture.store, 1_000);
    const callId = uniqueId("c");
    const reply = await postSigned(failing.url, moneyCall("debit", p, callId, 100));
    assert.deepEqual(expectHttp200Json(reply), errorResponse("INTERNAL_ERROR", "internal error"));
    assert.doesNotMatch(reply.text, /fire|secret|stack|at /);
    const [reported] = internalErrors.splice(0);
    assert.ok(reported);
    assert.match(String(reported[0]), /on fire/);
    assert.equal(reported[1], callId);
    assert.equal(await balanceOf(fixture.store, p.playerId), 1_000);
  });
});
