import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { after, before, describe, test } from "node:test";
import { testDialects } from "../db/test-databases.ts";
import { assertProblem, playing } from "../provider-gateway/test/gateway-helpers.ts";
import { startGamePlay, type GamePlayFixture } from "../sessions/test/game-play-fixture.ts";
import { startHarness, type Harness } from "../test/platform-harness.ts";

/**
 * Issue 12, item 1, over real HTTP: others' failures, from the same IP or naming the same key,
 * never lock out a valid /v1 credential or a correctly signed studio request; failures are
 * counted per credential / key id, and per IP only for requests that name none; X-Forwarded-For
 * is believed only from the proxies TRUST_PROXY names.
 */
const wellFormedSecret = () => randomBytes(32).toString("base64url");
const randomId = () => randomBytes(8).toString("hex");

for (const kind of testDialects) {
  describe(`failed authentications never lock out a valid credential (${kind})`, () => {
    let h: Harness;
    let operatorB: string;
    before(async () => {
      // The default limits: 30 failures per minute per key.
      h = await startHarness(kind);
      const { token } = await h.approvedOperator();
      const created = await h.request("POST", "/backoffice/credentials", {
        token,
        body: { environment: "sandbox", label: "operator B" },
      });
      assert.equal(created.status, 201, created.text);
      operatorB = created.json.token as string;
    });
    after(async () => h?.close());

    test("100 bad /v1 tokens of every kind from one IP, then operator B's valid credential → 200", async () => {
      const [, , idPart] = operatorB.split("_") as [string, string, string];
      const forgedB = `crp_sandbox_${idPart}_${wellFormedSecret()}`;
      for (let i = 0; i < 35; i++) {
        assert.notEqual((await h.request("GET", "/v1/me", { token: `crp_sandbox_bad${i}` })).status, 200);
        assert.notEqual((await h.request("GET", "/v1/me", { token: forgedB })).status, 200);
        const randomToken = `crp_sandbox_${randomId()}_${wellFormedSecret()}`;
        assertProblem(await h.request("GET", "/v1/me", { token: randomToken }), 401, "UNAUTHORIZED");
      }
      const valid = await h.request("GET", "/v1/me", { token: operatorB });
      assert.equal(valid.status, 200, valid.text);

      // The keys that failed too often wait; each is counted on its own.
      const forged = await h.request("GET", "/v1/me", { token: forgedB });
      assertProblem(forged, 429, "RATE_LIMITED");
      assert.ok(Number(forged.headers.get("retry-after")) > 0);
      assertProblem(await h.request("GET", "/v1/me", { token: "crp_sandbox_bad" }), 429, "RATE_LIMITED");
      assertProblem(await h.request("GET", "/v1/me"), 429, "RATE_LIMITED");
      const fresh = `crp_sandbox_${randomId()}_${wellFormedSecret()}`;
      assertProblem(await h.request("GET", "/v1/me", { token: fresh }), 401, "UNAUTHORIZED");
      assert.equal((await h.request("GET", "/v1/me", { token: operatorB })).status, 200);
    });
  });

  describe(`bad gateway signatures never lock out a correctly signed studio (${kind})`, () => {
    let f: GamePlayFixture;
    before(async () => {
      f = await startGamePlay(kind);
    });
    after(async () => f?.close());

    test("31 bad signatures with the studio's key id and 31 unsigned, then a signed request → 200", async () => {
      const { token } = await playing(f, 1_000);
      const body = { session_token: token };
      const wrongKey = { ...f.studioKey, secret: "gws_wrong" };
      for (let i = 0; i < 31; i++) {
        assert.notEqual((await f.gateway("/session/validate", body, { key: wrongKey })).status, 200);
        const unsigned = await f.h.request("POST", "/gateway/v1/session/validate", { body });
        assert.notEqual(unsigned.status, 200);
      }
      const valid = await f.gateway("/session/validate", body);
      assert.equal(valid.status, 200, valid.text);

      const blocked = await f.gateway("/session/validate", body, { key: wrongKey });
      assertProblem(blocked, 429, "RATE_LIMITED");
      assert.ok(Number(blocked.headers.get("retry-after")) > 0);
      const otherKey = { keyId: "gwk_0000000000000000", secret: "gws_wrong" };
      assertProblem(await f.gateway("/session/validate", body, { key: otherKey }), 401, "SIGNATURE_INVALID");
      assert.equal((await f.gateway("/session/validate", body)).status, 200);
    });
  });
}

describe("X-Forwarded-For is believed only from the proxies TRUST_PROXY names", () => {
  const limits = { apiAuthFailures: { max: 3, windowMs: 60_000 } };

  test("from a named proxy: each forwarded client is counted on its own", async () => {
    const h = await startHarness("sqlite", {
      appOptions: { limits, trustProxy: ["10.0.0.0/8", "127.0.0.1"] },
    });
    try {
      const from = (ip: string) => ({ headers: { "x-forwarded-for": ip } });
      for (let i = 0; i < 3; i++)
        assertProblem(await h.request("GET", "/v1/me", from("203.0.113.7")), 401, "UNAUTHORIZED");
      assertProblem(await h.request("GET", "/v1/me", from("203.0.113.7")), 429, "RATE_LIMITED");
      assertProblem(await h.request("GET", "/v1/me", from("198.51.100.9")), 401, "UNAUTHORIZED");
    } finally {
      await h.close();
    }
  });

  test("from anyone else: the header is ignored, and a client cannot pick a new IP with it", async () => {
    const h = await startHarness("sqlite", { appOptions: { limits, trustProxy: ["10.0.0.0/8"] } });
    try {
      for (let i = 0; i < 3; i++) {
        const answer = await h.request("GET", "/v1/me", { headers: { "x-forwarded-for": `203.0.113.${i}` } });
        assertProblem(answer, 401, "UNAUTHORIZED");
      }
      const spoofed = await h.request("GET", "/v1/me", { headers: { "x-forwarded-for": "198.51.100.9" } });
      assertProblem(spoofed, 429, "RATE_LIMITED");
    } finally {
      await h.close();
    }
  });
});
