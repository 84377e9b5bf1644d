import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { testDialects } from "../db/test-databases.ts";
import { startGamePlay, STUDIO_ID, type GamePlayFixture } from "../sessions/test/game-play-fixture.ts";
import { signGatewayRequest } from "./signature.ts";
import { assertProblem, playing, walletCallsOf } from "./test/gateway-helpers.ts";

for (const kind of testDialects) {
  describe(`provider gateway: signatures and studios (${kind})`, () => {
    let f: GamePlayFixture;
    before(async () => {
      f = await startGamePlay(kind);
    });
    after(async () => f?.close());

    test("signatures: valid, wrong secret, stale or future timestamp, tampered body, unknown or revoked key", async () => {
      const { token } = await playing(f, 1_000);
      const body = { session_token: token };
      const valid = await f.gateway("/session/validate", body);
      assert.equal(valid.status, 200, valid.text);

      const wrong = await f.gateway("/session/validate", body, {
        key: { ...f.studioKey, secret: "gws_wrong" },
      });
      assertProblem(wrong, 401, "SIGNATURE_INVALID");
      const nowSeconds = Math.floor(f.nowMs() / 1000);
      assertProblem(
        await f.gateway("/session/validate", body, { timestampSeconds: nowSeconds - 31 }),
        401,
        "TIMESTAMP_EXPIRED",
      );
      // Rounded up, so that the few ms until the server reads its clock cannot bring it back inside.
      assertProblem(
        await f.gateway("/session/validate", body, { timestampSeconds: Math.ceil(f.nowMs() / 1000) + 31 }),
        401,
        "TIMESTAMP_EXPIRED",
      );
      assert.equal(
        (await f.gateway("/session/validate", body, { timestampSeconds: nowSeconds - 25 })).status,
        200,
      );

      // Signed one body, sent another (a bet amount changed in flight).
      const bet = { session_token: token, transaction_id: "sig-b1", round_id: "sig-r1", amount: 100 };
      const tampered = await f.gateway("/bet", bet, { sentBody: JSON.stringify({ ...bet, amount: 900 }) });
      assertProblem(tampered, 401, "SIGNATURE_INVALID");
      const unknownKey = await f.gateway("/session/validate", body, {
        key: { keyId: "gwk_0000000000000000", secret: f.studioKey.secret },
      });
      assertProblem(unknownKey, 401, "SIGNATURE_INVALID");
      const unsigned = await f.h.request("POST", "/gateway/v1/session/validate", { body });
      assertProblem(unsigned, 401, "SIGNATURE_INVALID");
      assert.equal(
        f.walletCalls.filter((c) => c.action !== "balance").length,
        0,
        "nothing unauthenticated reached the wallet",
      );

      // A body in another media type is refused as such, signed or not, not as a bad signature.
      const asText = JSON.stringify(body);
      const textHeaders = signGatewayRequest(f.studioKey, {
        method: "POST",
        path: "/gateway/v1/session/validate",
        body: asText,
        timestampSeconds: nowSeconds,
      });
      const plain = await f.h.request("POST", "/gateway/v1/session/validate", {
        rawBody: asText,
        headers: { ...textHeaders, "content-type": "text/plain" },
      });
      assertProblem(plain, 415, "UNSUPPORTED_MEDIA_TYPE");

      // Precedence: a broken body is refused only after the signature; unsigned garbage is a 401.
      assertProblem(await f.gateway("/bet", {}, { sentBody: "{not json" }), 401, "SIGNATURE_INVALID");
      assertProblem(await f.gatewayRaw("/bet", "{not json"), 400, "MALFORMED_REQUEST");
      assertProblem(await f.gatewayRaw("/bet", '{"amount":1,"amount":2}'), 400, "MALFORMED_REQUEST");
      const emptyBet = await f.gateway("/bet", {});
      assertProblem(emptyBet, 400, "VALIDATION_FAILED");

      // A revoked key stops at once.
      const second = await f.h.request("POST", `/admin/studios/${STUDIO_ID}/credentials`, {
        token: f.h.adminToken,
        body: { label: "to revoke" },
      });
      const secondKey = { keyId: second.json.key.id as string, secret: second.json.secret as string };
      assert.equal((await f.gateway("/session/validate", body, { key: secondKey })).status, 200);
      const revoked = await f.h.request(
        "DELETE",
        `/admin/studios/${STUDIO_ID}/credentials/${secondKey.keyId}`,
        {
          token: f.h.adminToken,
        },
      );
      assert.equal(revoked.status, 200);
      assertProblem(await f.gateway("/session/validate", body, { key: secondKey }), 401, "SIGNATURE_INVALID");
    });
    test("amounts must be integers in the body as written", async () => {
      const { playerId, token } = await playing(f, 1_000);
      const text = `{"session_token":"${token}","transaction_id":"f1","round_id":"r-f1","amount":250.0}`;
      assertProblem(await f.gatewayRaw("/bet", text), 400, "MALFORMED_REQUEST");
      const asString = await f.gateway("/bet", {
        session_token: token,
        transaction_id: "f2",
        round_id: "r-f2",
        amount: "250",
      });
      assertProblem(asString, 400, "VALIDATION_FAILED");
      assert.equal(walletCallsOf(f, playerId).filter((c) => c.action === "debit").length, 0);
    });
    test("another studio's key does not open this studio's sessions", async () => {
      const { token } = await playing(f, 1_000);
      const studio = await f.h.request("POST", "/admin/studios", {
        token: f.h.adminToken,
        body: { id: `other-${kind}`, name: "Other", launchUrlTemplate: "https://other.example/?t={token}" },
      });
      assert.equal(studio.status, 201, studio.text);
      const key = await f.h.request("POST", `/admin/studios/other-${kind}/credentials`, {
        token: f.h.adminToken,
        body: { label: "x" },
      });
      const otherKey = { keyId: key.json.key.id as string, secret: key.json.secret as string };
      assertProblem(
        await f.gateway("/session/validate", { session_token: token }, { key: otherKey }),
        404,
        "SESSION_NOT_FOUND",
      );
      assertProblem(
        await f.gateway(
          "/bet",
          { session_token: token, transaction_id: "o1", round_id: "o1", amount: 1 },
          { key: otherKey },
        ),
        404,
        "SESSION_NOT_FOUND",
      );
      const disabled = await f.h.request("PATCH", `/admin/studios/other-${kind}`, {
        token: f.h.adminToken,
        body: { status: "disabled" },
      });
      assert.equal(disabled.status, 200);
      assertProblem(
        await f.gateway("/balance", { session_token: token }, { key: otherKey }),
        403,
        "STUDIO_DISABLED",
      );
    });
    test("the gateway's catalogue is public and documented", async () => {
      const answer = await f.h.request("GET", "/gateway/v1/problems");
      assert.equal(answer.status, 200);
      const codes = answer.json.items.map((item: { code: string }) => item.code);
      for (const code of ["SIGNATURE_INVALID", "INSUFFICIENT_FUNDS", "TRANSACTION_CONFLICT", "BET_FAILED"]) {
        assert.ok(codes.includes(code), code);
      }
      for (const item of answer.json.items) assert.ok(item.doc.length > 10 && item.status >= 400, item.code);
    });
  });
}
