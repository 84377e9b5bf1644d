// SSRF through operators' callback URLs, over real HTTP: an operator must not make the platform
// read a service on its own network (a loopback admin port, /metrics through the GET profile),
// by an IP literal in any spelling or by a name that resolves there. Private addresses are
// allowed only for sandbox and only when enabled (ALLOW_PRIVATE_CALLBACK_URLS); never for live.
// Test calls are throttled per operator.
import assert from "node:assert/strict";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { after, before, describe, test } from "node:test";
import { testDialects } from "../db/test-databases.ts";
import { startHarness, type Harness } from "../test/platform-harness.ts";

/** A service only this machine should see; counts every request that reaches it. */
async function startInternalService(): Promise<{
  url: string;
  port: number;
  hits: () => number;
  close: () => Promise<void>;
}> {
  let hits = 0;
  const server: Server = createServer((_request, response) => {
    hits += 1;
    response.setHeader("content-type", "application/json");
    response.end('{"status":"ok","balance":1,"secret":"internal"}');
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    hits: () => hits,
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

for (const kind of testDialects) {
  describe(`callback URLs cannot reach private addresses (${kind})`, () => {
    let internal: Awaited<ReturnType<typeof startInternalService>>;
    before(async () => {
      internal = await startInternalService();
    });
    after(async () => internal?.close());

    const setUrl = (
      h: Harness,
      token: string,
      environment: string,
      callbackUrl: string,
      profile = "native",
    ) =>
      h.request("PATCH", `/backoffice/environments/${environment}/wallet-settings`, {
        token,
        body: { callbackUrl, profile },
      });
    const testCall = (h: Harness, token: string, environment: string) =>
      h.request("POST", `/backoffice/environments/${environment}/test-call`, {
        token,
        body: { playerId: "p1" },
      });
    /** What DNS re-pointing a public name would do: the stored URL now leads to a private address. */
    const forceUrl = (
      h: Harness,
      operatorId: string,
      environment: "sandbox" | "live",
      url: string,
      profile: "native" | "gamehub" = "native",
    ) =>
      h.db.db
        .updateTable("operator_wallet_settings")
        .set({ callback_url: url, profile })
        .where("operator_id", "=", operatorId)
        .where("environment", "=", environment)
        .execute();

    describe("by default (ALLOW_PRIVATE_CALLBACK_URLS unset)", () => {
      let h: Harness;
      let op: { operatorId: string; token: string };
      before(async () => {
        h = await startHarness(kind, {
          privateNetworks: false,
          appOptions: { limits: { testCallsPerMinute: 1_000 } },
        });
        op = await h.approvedOperator();
      });
      after(async () => h?.close());

      test("a loopback, private or special address is refused in every spelling", async () => {
        const port = internal.port;
        for (const host of [
          "127.0.0.1",
          "localhost",
          "[::1]",
          "[::127.0.0.1]",
          "[::ffff:127.0.0.1]",
          "[::ffff:0:127.0.0.1]",
          "[64:ff9b::127.0.0.1]",
          "10.0.0.8",
          "169.254.169.254",
          "192.0.2.2",
          "2130706433",
        ]) {
          const answer = await setUrl(h, op.token, "sandbox", `http://${host}:${port}/wallet`);
          assert.equal(answer.status, 400, `${host}: ${answer.text}`);
          assert.equal(answer.json.code, "INVALID_CALLBACK_URL", host);
        }
        const metrics = await setUrl(
          h,
          op.token,
          "sandbox",
          `${h.baseUrl.replace("127.0.0.1", "localhost")}/metrics`,
          "gamehub",
        );
        assert.equal(metrics.status, 400, "the GET profile cannot be pointed at /metrics");
        assert.equal(internal.hits(), 0);
      });

      test("a stored URL that leads to loopback is never connected to by the test call (native or GET profile)", async () => {
        for (const [url, profile] of [
          [`${internal.url}/wallet`, "native"],
          [`http://localhost:${internal.port}/wallet`, "native"],
          [`http://[::ffff:7f00:1]:${internal.port}/wallet`, "native"],
          [`${h.baseUrl}/metrics`, "gamehub"],
        ] as const) {
          await forceUrl(h, op.operatorId, "sandbox", url, profile);
          const answer = await testCall(h, op.token, "sandbox");
          assert.equal(answer.status, 200, answer.text);
          assert.equal(answer.json.outcome.kind, "unknown", url);
          assert.equal(answer.json.response, null, `${url}: nothing was read`);
          assert.ok(!answer.text.includes("process_cpu"), "no metrics in the answer");
        }
        assert.equal(internal.hits(), 0);
      });
    });

    describe("with ALLOW_PRIVATE_CALLBACK_URLS on: sandbox only", () => {
      let h: Harness;
      let op: { operatorId: string; token: string };
      before(async () => {
        h = await startHarness(kind, {
          privateNetworks: true,
          appOptions: { limits: { testCallsPerMinute: 3 } },
        });
        op = await h.approvedOperator();
        await h.db.db
          .updateTable("operators")
          .set({ status: "live" })
          .where("id", "=", op.operatorId)
          .execute();
      });
      after(async () => h?.close());

      test("a live callback URL on loopback is refused, and a stored one is never reached; sandbox works", async () => {
        const live = await setUrl(h, op.token, "live", `${internal.url}/wallet`);
        assert.equal(live.status, 400, live.text);
        assert.equal(live.json.code, "INVALID_CALLBACK_URL");
        await forceUrl(h, op.operatorId, "live", `${internal.url}/wallet`);
        const liveCall = await testCall(h, op.token, "live");
        assert.equal(liveCall.status, 200, liveCall.text);
        assert.equal(liveCall.json.outcome.kind, "unknown");
        assert.equal(internal.hits(), 0, "no live call reached the loopback service");

        const sandbox = await setUrl(h, op.token, "sandbox", `${internal.url}/wallet`);
        assert.equal(sandbox.status, 200, sandbox.text);
        const sandboxCall = await testCall(h, op.token, "sandbox");
        assert.equal(sandboxCall.status, 200, sandboxCall.text);
        assert.equal(internal.hits(), 1, "sandbox reaches the developer's local wallet");
      });

      test("test calls are throttled per operator, and one operator's calls do not hold back another's", async () => {
        // Three per minute here; the previous test used two.
        assert.equal((await testCall(h, op.token, "sandbox")).status, 200);
        const over = await testCall(h, op.token, "sandbox");
        assert.equal(over.status, 429, over.text);
        assert.equal(over.json.code, "RATE_LIMITED");
        const other = await h.approvedOperator();
        await setUrl(h, other.token, "sandbox", `${internal.url}/wallet`);
        assert.equal((await testCall(h, other.token, "sandbox")).status, 200);
      });
    });
  });
}
