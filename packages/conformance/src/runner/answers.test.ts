import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { describeAnswer, readAnswer } from "./answers.ts";
import type { Exchange } from "./types.ts";

function answered(status: number, body: string): Exchange {
  return {
    label: "t",
    request: { url: "http://x", headers: {}, body: "{}" },
    response: { status, headers: {}, body },
    durationMs: 1,
  };
}

describe("readAnswer", () => {
  it("reads ok and error answers", () => {
    assert.deepEqual(readAnswer(answered(200, '{"status":"ok","balance":1050}')), {
      kind: "ok",
      balance: 1050,
    });
    assert.deepEqual(
      readAnswer(answered(200, '{"status":"error","code":"INSUFFICIENT_FUNDS","message":"m","balance":7}')),
      { kind: "error", code: "INSUFFICIENT_FUNDS", balance: 7 },
    );
  });

  it("names a float, a string and a fraction-written balance", () => {
    const reason = (body: string) => describeAnswer(readAnswer(answered(200, body)));
    assert.match(reason('{"status":"ok","balance":10.5}'), /balance 10\.5 is not an integer .*major units/);
    assert.match(reason('{"status":"ok","balance":"1050"}'), /balance is a string \("1050"\)/);
    assert.match(reason('{"status":"ok","balance":1050.0}'), /fraction or exponent/);
    assert.match(reason('{"status":"ok","balance":-1}'), /not a non-negative integer/);
  });

  it("treats any status but 200 and any non-protocol body as bad", () => {
    assert.match(describeAnswer(readAnswer(answered(500, '{"status":"ok","balance":1}'))), /HTTP status 500/);
    assert.equal(readAnswer(answered(200, "<html>")).kind, "bad");
    assert.equal(readAnswer(answered(200, '{"status":"maybe"}')).kind, "bad");
    const noAnswer: Exchange = {
      label: "t",
      request: { url: "", headers: {}, body: "" },
      error: "timeout",
      durationMs: 1,
    };
    assert.equal(describeAnswer(readAnswer(noAnswer)), "no answer: timeout");
  });

  it("keeps the code of INTERNAL_ERROR and of INSUFFICIENT_FUNDS without a balance", () => {
    assert.deepEqual(readAnswer(answered(200, '{"status":"error","code":"INTERNAL_ERROR","message":"m"}')), {
      kind: "error",
      code: "INTERNAL_ERROR",
    });
    const noBalance = readAnswer(
      answered(200, '{"status":"error","code":"INSUFFICIENT_FUNDS","message":"m"}'),
    );
    assert.equal(describeAnswer(noBalance), "error INSUFFICIENT_FUNDS (no balance)");
  });
});
