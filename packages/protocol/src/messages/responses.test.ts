import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import { errorResponse, okResponse, parseWalletResponse } from "./responses.ts";

const kind = (status: number, body: string) => parseWalletResponse(status, body).kind;

describe("okResponse / errorResponse", () => {
  it("build the protocol's answers", () => {
    assert.deepEqual(okResponse(0), { status: "ok", balance: 0 });
    assert.deepEqual(okResponse(5, "t1"), { status: "ok", balance: 5, tx_id: "t1" });
    assert.deepEqual(errorResponse("PLAYER_BLOCKED", "no"), {
      status: "error",
      code: "PLAYER_BLOCKED",
      message: "no",
    });
    assert.deepEqual(errorResponse("INSUFFICIENT_FUNDS", "low", 3), {
      status: "error",
      code: "INSUFFICIENT_FUNDS",
      message: "low",
      balance: 3,
    });
  });

  it("throw on balances a sender would not accept and on INSUFFICIENT_FUNDS without balance", () => {
    for (const bad of [-1, 1.5, Number.MAX_SAFE_INTEGER + 1, Number.NaN]) {
      assert.throws(() => okResponse(bad), RangeError);
      assert.throws(() => errorResponse("PLAYER_BLOCKED", "x", bad), RangeError);
    }
    assert.throws(() => errorResponse("INSUFFICIENT_FUNDS", "x"), RangeError);
  });

  it("are read back by parseWalletResponse", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), (balance) => {
        assert.deepEqual(parseWalletResponse(200, JSON.stringify(okResponse(balance, "tx"))), {
          kind: "ok",
          balance,
          txId: "tx",
        });
        const refusal = parseWalletResponse(
          200,
          JSON.stringify(errorResponse("INSUFFICIENT_FUNDS", "m", balance)),
        );
        assert.deepEqual(refusal, { kind: "refused", code: "INSUFFICIENT_FUNDS", message: "m", balance });
      }),
    );
  });
});

describe("parseWalletResponse", () => {
  it("reads ok and definite refusals", () => {
    assert.deepEqual(parseWalletResponse(200, '{"status":"ok","balance":12345}'), {
      kind: "ok",
      balance: 12345,
    });
    assert.deepEqual(parseWalletResponse(200, '{"status":"ok","balance":1,"tx_id":77,"x":[]}'), {
      kind: "ok",
      balance: 1,
      txId: "77",
    });
    assert.deepEqual(parseWalletResponse(200, '{"status":"error","code":"ROLLED_BACK","message":"late"}'), {
      kind: "refused",
      code: "ROLLED_BACK",
      message: "late",
    });
  });

  it("reads every bad shape as unknown, with a reason", () => {
    const unknown: Array<[number, string]> = [
      [500, '{"status":"ok","balance":1}'],
      [201, '{"status":"ok","balance":1}'],
      [200, ""],
      [200, "<html>"],
      [200, "[]"],
      [200, "null"],
      [200, '"ok"'],
      [200, '{"status":"ok","balance":1,"balance":2}'],
      [200, '{"status":"OK","balance":1}'],
      [200, '{"balance":1}'],
      [200, '{"status":"ok"}'],
      [200, '{"status":"ok","balance":1.5}'],
      [200, '{"status":"ok","balance":100.0}'],
      [200, '{"status":"ok","balance":"100"}'],
      [200, '{"status":"ok","balance":-1}'],
      [200, '{"status":"ok","balance":null}'],
      [200, '{"status":"ok","balance":9007199254740992}'],
      [200, '{"status":"ok","balance":1,"tx_id":{}}'],
      [200, '{"status":"error","code":"NOPE","message":"x"}'],
      [200, '{"status":"error","message":"x"}'],
      [200, '{"status":"error","code":"INTERNAL_ERROR","message":"x","balance":5}'],
      [200, '{"status":"error","code":"INSUFFICIENT_FUNDS","message":"x"}'],
      [200, '{"status":"error","code":"INSUFFICIENT_FUNDS","message":"x","balance":2.5}'],
      [200, '{"status":"error","code":"PLAYER_BLOCKED"}'],
      [200, '{"status":"error","code":"PLAYER_BLOCKED","message":"x","balance":"3"}'],
      [200, `{"status":"ok","balance":1,"pad":"${"x".repeat(70_000)}"}`],
    ];
    for (const [status, body] of unknown) {
      const outcome = parseWalletResponse(status, body);
      assert.equal(outcome.kind, "unknown", body.slice(0, 80));
      assert.ok(outcome.kind === "unknown" && outcome.reason.length > 0);
      const cause =
        status !== 200
          ? "http_status"
          : body.length > 65_536
            ? "too_large"
            : /INTERNAL_ERROR/.test(body)
              ? "internal_error"
              : "bad_body";
      assert.equal(outcome.kind === "unknown" && outcome.cause, cause, body.slice(0, 80));
    }
    assert.deepEqual(parseWalletResponse(503, ""), {
      kind: "unknown",
      cause: "http_status",
      reason: "HTTP status 503",
    });
    const internal = parseWalletResponse(200, '{"status":"error","code":"INTERNAL_ERROR","message":"x"}');
    assert.deepEqual(internal, {
      kind: "unknown",
      cause: "internal_error",
      reason: "operator answered INTERNAL_ERROR",
    });
  });

  it("never throws on arbitrary input", () => {
    fc.assert(
      fc.property(fc.integer(), fc.oneof(fc.string(), fc.json()), (status, body) => {
        assert.ok(["ok", "refused", "unknown"].includes(kind(status, body)));
      }),
    );
    assert.equal(kind(200, undefined as unknown as string), "unknown");
  });
});
