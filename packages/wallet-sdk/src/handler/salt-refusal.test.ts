import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { errorResponse, signCall, type UnsignedWalletRequest } from "@croupier/protocol";
import { MIN_SALT_LENGTH } from "../index.ts";
import { moneyCall, NOW_MS, SALT } from "../test/calls.ts";
import { describeEachStore, uniqueId } from "../test/store-fixtures.ts";
import { balanceOf, newPlayer } from "../test/wallet-helpers.ts";
import type { WalletStore } from "../store/wallet-store.ts";
import { createWalletHandler } from "./create-wallet-handler.ts";
import type { WalletHandler, WalletHandlerOptions } from "./handler-types.ts";

/** Never reached: construction must fail before any call. */
const unusedStore: WalletStore = {
  transact: () => Promise.reject(new Error("the store must not be used")),
  close: () => Promise.resolve(),
};

function build(salts: unknown): WalletHandler {
  return createWalletHandler({ salts, store: unusedStore } as unknown as WalletHandlerOptions);
}

async function call(handler: WalletHandler, unsigned: UnsignedWalletRequest, salt: string) {
  const signed = signCall(unsigned as never, salt, NOW_MS);
  return handler({ body: signed.body, headers: signed.headers });
}

describe("createWalletHandler refuses unusable salts at construction", () => {
  const refused: Array<[string, unknown, RegExp]> = [
    ["no salts option", undefined, /salts must be an array of salt keys \(got undefined\)/],
    ["a single string instead of a list", SALT, /salts must be an array/],
    ["an empty list", [], /salts is empty/],
    ["an unset environment variable", [process.env.CROUPIER_TEST_SURELY_UNSET], /salts\[0\] is undefined/],
    ["null", [null], /salts\[0\] is null, not a string/],
    ["the text of an unset variable", ["undefined"], /salts\[0\] is the text "undefined"/],
    ["an empty salt", [""], /salts\[0\] has 0 characters; a salt key needs at least 16/],
    ["a salt one character short", ["x".repeat(MIN_SALT_LENGTH - 1)], /has 15 characters/],
    ["a weak salt after a good one", [SALT, "short"], /salts\[1\] has 5 characters/],
    ["a function returning an unset variable", () => [undefined], /salts\(\)\[0\] is undefined/],
    ["a function returning an empty list", () => [], /salts\(\) is empty/],
    [
      "a function returning nothing",
      () => undefined,
      /salts\(\) must be an array of salt keys \(got undefined\)/,
    ],
  ];
  for (const [name, salts, message] of refused) {
    test(name, () => {
      assert.throws(
        () => build(salts),
        (error: unknown) =>
          error instanceof TypeError &&
          /^createWalletHandler: /.test(error.message) &&
          message.test(error.message),
      );
    });
  }

  test("a missing store is refused too", () => {
    assert.throws(
      () => createWalletHandler({ salts: [SALT] } as unknown as WalletHandlerOptions),
      /createWalletHandler: store is required/,
    );
  });

  test(`salts of ${MIN_SALT_LENGTH} characters or more are accepted`, () => {
    assert.equal(MIN_SALT_LENGTH, 16);
    assert.equal(typeof build(["x".repeat(MIN_SALT_LENGTH)]), "function");
    assert.equal(typeof build([SALT, "y".repeat(43)]), "function");
    assert.equal(typeof build(() => [SALT]), "function");
  });
});

describeEachStore("a salts function that turns unusable", (fixture) => {
  test("refuses every call with INTERNAL_ERROR and moves no money, even one signed with the weak salt", async () => {
    const p = await newPlayer(fixture.store, 1_000);
    let active: unknown[] = [SALT];
    const errors: unknown[] = [];
    const handler = createWalletHandler({
      salts: () => active as string[],
      store: fixture.store,
      clock: () => NOW_MS,
      onInternalError: (error) => errors.push(error),
    });
    active = [undefined];
    // The attack from the field: a 50,000.00 credit keyed with md5(timestamp + "undefined").
    const forged = await call(handler, moneyCall("credit", p, uniqueId("c"), 5_000_000), "undefined");
    assert.deepEqual(forged.response, errorResponse("INTERNAL_ERROR", "internal error"));
    const genuine = await call(handler, moneyCall("debit", p, uniqueId("c"), 100), SALT);
    assert.deepEqual(genuine.response, errorResponse("INTERNAL_ERROR", "internal error"));
    assert.equal(await balanceOf(fixture.store, p.playerId), 1_000);
    assert.ok(errors[0] instanceof TypeError);
    assert.match((errors[0] as Error).message, /salts\(\)\[0\] is undefined/);

    active = [SALT];
    const after = await call(handler, moneyCall("debit", p, uniqueId("c"), 100), SALT);
    assert.deepEqual([after.response.status, after.response.balance], ["ok", 900]);
  });
});
