import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import { signCall } from "../signing/sign-call.ts";
import { encodeGameHubQuery, parseGameHubResponse } from "./gamehub.ts";

describe("encodeGameHubQuery", () => {
  it("renames player_id and round_closed and keeps the native extras", () => {
    const { request } = signCall(
      {
        action: "credit",
        call_id: "c2",
        player_id: "jürgen & co",
        session_id: "s1",
        currency: "EUR",
        game_id: "g1",
        round_id: "r1",
        amount: 250,
        rb: 1,
        rb_call_id: "c1",
        round_closed: true,
        meta: { ignored: true },
      },
      "salt",
      1_767_225_600_000,
    );
    const query = encodeGameHubQuery(request);
    assert.equal(query.get("username"), "jürgen & co");
    assert.equal(query.get("player_id"), null);
    assert.equal(query.get("gameplay_final"), "1");
    assert.equal(query.get("round_closed"), null);
    assert.equal(query.get("rb_call_id"), "c1");
    assert.equal(query.get("session_id"), "s1");
    assert.equal(query.get("amount"), "250");
    assert.equal(query.get("timestamp"), "1767225600");
    assert.equal(query.get("key"), request.key);
    assert.equal(query.get("meta"), null);
    assert.match(query.toString(), /username=j%C3%BCrgen\+%26\+co/);
    assert.equal(encodeGameHubQuery({ ...request, round_closed: false }).get("gameplay_final"), "0");
  });
});

describe("parseGameHubResponse", () => {
  it("maps error 0, 1 and 2", () => {
    assert.deepEqual(parseGameHubResponse(200, '{"error":0,"balance":900}'), { kind: "ok", balance: 900 });
    assert.deepEqual(parseGameHubResponse(200, '{"error":1,"balance":40}'), {
      kind: "refused",
      code: "INSUFFICIENT_FUNDS",
      message: "GameHub refusal (error 1)",
      balance: 40,
    });
    assert.deepEqual(parseGameHubResponse(200, '{"error":2,"balance":40}'), {
      kind: "refused",
      code: "INVALID_REQUEST",
      message: "GameHub refusal (error 2)",
      balance: 40,
      unspecified: true,
    });
    assert.deepEqual(parseGameHubResponse(200, '{"error":2}'), {
      kind: "refused",
      code: "INVALID_REQUEST",
      message: "GameHub refusal (error 2)",
      unspecified: true,
    });
  });

  it("reads anything else as unknown", () => {
    const bodies = [
      "",
      "oops",
      "[]",
      '{"error":3,"balance":1}',
      '{"error":"0","balance":1}',
      '{"error":0.0,"balance":1}',
      '{"error":0}',
      '{"error":1}',
      '{"error":0,"balance":1.5}',
      '{"error":0,"balance":100.0}',
      '{"error":0,"balance":-1}',
      '{"error":2,"balance":"x"}',
      '{"error":0,"error":1,"balance":1}',
      '{"balance":1}',
    ];
    for (const body of bodies) {
      const outcome = parseGameHubResponse(200, body);
      assert.equal(outcome.kind, "unknown", body);
      assert.equal(outcome.kind === "unknown" && outcome.cause, "bad_body", body);
    }
    assert.deepEqual(parseGameHubResponse(404, '{"error":0,"balance":1}'), {
      kind: "unknown",
      cause: "http_status",
      reason: "HTTP status 404",
    });
    const large = parseGameHubResponse(200, `{"error":0,"balance":1,"pad":"${"x".repeat(70_000)}"}`);
    assert.equal(large.kind === "unknown" && large.cause, "too_large");
  });

  it("never throws", () => {
    fc.assert(
      fc.property(fc.integer(), fc.oneof(fc.string(), fc.json()), (s, b) => void parseGameHubResponse(s, b)),
    );
  });
});
