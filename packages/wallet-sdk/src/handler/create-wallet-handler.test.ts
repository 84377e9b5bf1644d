import assert from "node:assert/strict";
import { test } from "node:test";
import { errorResponse, signCall, type UnsignedWalletRequest } from "@croupier/protocol";
import { CallIdTakenError, type WalletStore, type WalletTransaction } from "../store/wallet-store.ts";
import { balanceCall, moneyCall, NOW_MS, SALT } from "../test/calls.ts";
import { describeEachStore, uniqueId } from "../test/store-fixtures.ts";
import { assertLedgerConsistent, newPlayer, testHandler } from "../test/wallet-helpers.ts";
import type { WalletHandler } from "./handler-types.ts";

async function call(handler: WalletHandler, unsigned: UnsignedWalletRequest, salt = SALT) {
  const signed = signCall(unsigned as never, salt, NOW_MS);
  return handler({ body: signed.body, headers: signed.headers });
}

/** A store whose insertCall fails `times` times with CallIdTakenError, as after a lost race. */
function racingStore(inner: WalletStore, times: number): WalletStore & { attempts: number } {
  const state = { attempts: 0, left: times };
  return {
    get attempts() {
      return state.attempts;
    },
    transact: (work) =>
      inner.transact((tx) => {
        state.attempts += 1;
        const wrapped: WalletTransaction = {
          lockPlayer: (id) => tx.lockPlayer(id),
          findCall: (id) => tx.findCall(id),
          findRollbackOf: (id) => tx.findRollbackOf(id),
          postEntry: (posting) => tx.postEntry(posting),
          insertCall: async (record) => {
            if (state.left > 0) {
              state.left -= 1;
              throw new CallIdTakenError(record.callId);
            }
            return tx.insertCall(record);
          },
        };
        return work(wrapped);
      }),
    close: () => inner.close(),
  };
}

describeEachStore("createWalletHandler", (fixture) => {
  test("answers are HTTP 200 JSON with the response as body", async () => {
    const p = await newPlayer(fixture.store, 500);
    const answer = await call(testHandler(fixture.store), balanceCall(p, uniqueId("c")));
    assert.equal(answer.statusCode, 200);
    assert.deepEqual(answer.headers, { "content-type": "application/json" });
    assert.equal(answer.body, JSON.stringify(answer.response));
    assert.equal(answer.response.balance, 500);
  });

  test("several salts are active at once, and a salts function rotates them live", async () => {
    const p = await newPlayer(fixture.store, 500);
    let active = ["old-salt-0123456789", "new-salt-0123456789"];
    const handler = testHandler(fixture.store, { salts: () => active });
    assert.equal(
      (await call(handler, balanceCall(p, uniqueId("c")), "old-salt-0123456789")).response.status,
      "ok",
    );
    assert.equal(
      (await call(handler, balanceCall(p, uniqueId("c")), "new-salt-0123456789")).response.status,
      "ok",
    );
    active = ["new-salt-0123456789"];
    const refused = await call(handler, balanceCall(p, uniqueId("c")), "old-salt-0123456789");
    assert.deepEqual(refused.response, errorResponse("INVALID_KEY", "key does not match"));
  });

  test("a call_id race re-runs the transaction, which then applies once", async () => {
    const p = await newPlayer(fixture.store, 1_000);
    const store = racingStore(fixture.store, 1);
    const answer = await call(
      testHandler(fixture.store, { store }),
      moneyCall("debit", p, uniqueId("c"), 100),
    );
    assert.deepEqual([answer.response.status, answer.response.balance], ["ok", 900]);
    assert.equal(store.attempts, 2);
    await assertLedgerConsistent(fixture.store, p.playerId, 1_000);
  });

  test("a race that never settles ends as INTERNAL_ERROR, nothing applied", async () => {
    const p = await newPlayer(fixture.store, 1_000);
    const store = racingStore(fixture.store, 100);
    const seen: unknown[] = [];
    const handler = testHandler(fixture.store, { store, onInternalError: (error) => seen.push(error) });
    const answer = await call(handler, moneyCall("debit", p, uniqueId("c"), 100));
    assert.equal(answer.response.status === "error" && answer.response.code, "INTERNAL_ERROR");
    assert.equal(store.attempts, 3);
    assert.ok(seen[0] instanceof CallIdTakenError);
    await assertLedgerConsistent(fixture.store, p.playerId, 1_000);
  });

  test("never throws: failing salts, failing logger, odd bodies", async () => {
    const p = await newPlayer(fixture.store, 1_000);
    const throwingSalts = testHandler(fixture.store, {
      salts: () => {
        throw new Error("vault unreachable");
      },
      onInternalError: () => {
        throw new Error("logger down");
      },
    });
    const answer = await call(throwingSalts, balanceCall(p, uniqueId("c")));
    assert.deepEqual(answer.response, errorResponse("INTERNAL_ERROR", "internal error"));

    const handler = testHandler(fixture.store);
    const odd: Array<[string | Uint8Array, string]> = [
      ["", "INVALID_REQUEST"],
      [new Uint8Array([0xff, 0xfe, 0x00]), "INVALID_REQUEST"],
      ["null", "INVALID_REQUEST"],
      ["\u0000", "INVALID_REQUEST"],
      ["{}", "INVALID_KEY"], // well-formed JSON: the key check comes before the shape check
    ];
    for (const [body, code] of odd) {
      const answer = await handler({ body, headers: {} });
      assert.equal(answer.statusCode, 200);
      assert.equal(answer.response.status === "error" && answer.response.code, code);
    }
  });

  test("the handler's body limit is enforced even without an adapter", async () => {
    const handler = testHandler(fixture.store, { maxBodyBytes: 100 });
    const p = await newPlayer(fixture.store, 1_000);
    const signed = signCall(moneyCall("debit", p, uniqueId("c"), 1) as never, SALT, NOW_MS);
    assert.ok(signed.body.length > 100);
    const answer = await handler({ body: signed.body, headers: signed.headers });
    assert.equal(answer.response.status === "error" && answer.response.code, "INVALID_REQUEST");
  });
});
