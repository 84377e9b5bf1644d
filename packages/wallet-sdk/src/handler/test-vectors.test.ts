import assert from "node:assert/strict";
import { test } from "node:test";
import { loadTestVectors } from "@croupier/protocol";
import type { WalletStore } from "../store/wallet-store.ts";
import { describeEachStore } from "../test/store-fixtures.ts";
import { testHandler } from "../test/wallet-helpers.ts";

class DryRun extends Error {
  readonly value: unknown;
  constructor(value: unknown) {
    super("dry run");
    this.value = value;
  }
}

/**
 * Runs every work against the real store and then rolls it back, so that the vectors (which
 * reuse call ids) cannot see one another, and counts how many calls got past the gate.
 */
function dryRunStore(inner: WalletStore): WalletStore & { reached: number } {
  const state = { reached: 0 };
  return {
    get reached() {
      return state.reached;
    },
    async transact(work) {
      state.reached += 1;
      try {
        await inner.transact(async (tx) => {
          throw new DryRun(await work(tx));
        });
      } catch (error) {
        if (error instanceof DryRun) return error.value as never;
        throw error;
      }
      throw new Error("unreachable");
    },
    close: () => Promise.resolve(),
  };
}

/** The protocol's shared vectors through the SDK handler: the same security and shape verdicts. */
describeEachStore("protocol test vectors through the handler", (fixture) => {
  const vectors = loadTestVectors();

  test("there are vectors for every verdict", () => {
    const codes = new Set<string>(vectors.map((v) => ("code" in v.expected ? v.expected.code : "ok")));
    for (const code of ["ok", "INVALID_KEY", "TIMESTAMP_EXPIRED", "INVALID_REQUEST"])
      assert.ok(codes.has(code), code);
  });

  test("every vector's verdict matches: refusals answered with the code, acceptances reach the store", async () => {
    for (const vector of vectors) {
      const store = dryRunStore(fixture.store);
      const handler = testHandler(fixture.store, {
        store,
        salts: vector.salts,
        clock: () => vector.now * 1000,
        windowSeconds: vector.window_seconds,
        requireBodySignature: vector.require_body_signature,
      });
      const answer = await handler({ body: vector.body, headers: vector.headers });
      assert.equal(answer.statusCode, 200, vector.name);
      if ("code" in vector.expected) {
        assert.equal(
          answer.response.status === "error" && answer.response.code,
          vector.expected.code,
          vector.name,
        );
        assert.equal(store.reached, 0, `${vector.name}: a refused call never reaches the store`);
      } else {
        assert.equal(store.reached, 1, `${vector.name}: accepted, so the duties ran`);
        assert.notEqual(
          answer.response.status === "error" && answer.response.code,
          "INTERNAL_ERROR",
          vector.name,
        );
      }
    }
  });
});
