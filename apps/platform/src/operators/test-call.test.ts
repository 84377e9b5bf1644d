import assert from "node:assert/strict";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { after, before, describe, test } from "node:test";
import { computeKey, verifyBodySignature } from "@croupier/protocol";
import { startHarness, type Harness } from "../test/platform-harness.ts";
import { createWalletCallSender } from "./test-call.ts";
import { startWalletStub, type WalletStub } from "../test/wallet-stub.ts";

describe("send a test call", () => {
  let h: Harness;
  let wallet: WalletStub;
  let operator: { operatorId: string; token: string };
  let salt: string;
  before(async () => {
    h = await startHarness("sqlite");
    operator = await h.approvedOperator();
    salt = (await h.request("GET", "/backoffice/environments/sandbox/salt-keys", { token: operator.token }))
      .json.keys[0].salt;
    wallet = await startWalletStub({ salts: [salt], players: { alice: 5_000 } });
    await h.request("PATCH", "/backoffice/environments/sandbox/wallet-settings", {
      token: operator.token,
      body: { callbackUrl: wallet.url, timeoutMs: 1_000 },
    });
  });
  after(async () => {
    await wallet?.close();
    await h?.close();
  });

  test("returns the signed request sent, the answer and the time taken", async () => {
    const answer = await h.request("POST", "/backoffice/environments/sandbox/test-call", {
      token: operator.token,
      body: { playerId: "alice", currency: "GBP" },
    });
    assert.equal(answer.status, 200, answer.text);
    const report = answer.json;
    assert.equal(report.request.method, "POST");
    assert.equal(report.request.url, wallet.url);
    const sent = JSON.parse(report.request.body);
    assert.equal(sent.action, "balance");
    assert.equal(sent.player_id, "alice");
    assert.equal(sent.currency, "GBP");
    assert.equal(sent.key, computeKey(sent.timestamp, salt));
    assert.ok(verifyBodySignature(report.request.headers, report.request.body, [salt]));
    assert.deepEqual(report.outcome, { kind: "ok", balance: 5_000 });
    assert.equal(report.response.httpStatus, 200);
    assert.deepEqual(JSON.parse(report.response.body), { status: "ok", balance: 5_000 });
    assert.equal(typeof report.durationMs, "number");
    assert.ok(report.durationMs >= 0);
    // What the wallet received is what the report says was sent.
    assert.deepEqual(wallet.calls.at(-1)?.body, sent);
  });

  test("an unknown player is a definite refusal; the operator's first currency is the default", async () => {
    const answer = await h.request("POST", "/backoffice/environments/sandbox/test-call", {
      token: operator.token,
      body: { playerId: "nobody" },
    });
    assert.equal(answer.json.outcome.kind, "refused");
    assert.equal(answer.json.outcome.code, "PLAYER_NOT_FOUND");
    assert.equal(JSON.parse(answer.json.request.body).currency, "EUR");
  });

  test("a wallet that does not answer in time is an unknown outcome with no response", async () => {
    const silent: Server = createServer(() => {
      /* never answers */
    });
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    try {
      const url = `http://127.0.0.1:${(silent.address() as AddressInfo).port}/`;
      await h.request("PATCH", "/backoffice/environments/sandbox/wallet-settings", {
        token: operator.token,
        body: { callbackUrl: url, timeoutMs: 500 },
      });
      const answer = await h.request("POST", "/backoffice/environments/sandbox/test-call", {
        token: operator.token,
        body: { playerId: "alice" },
      });
      assert.equal(answer.status, 200);
      assert.equal(answer.json.response, null);
      assert.equal(answer.json.outcome.kind, "unknown");
      assert.match(answer.json.outcome.reason, /no answer within 500 ms/);
      assert.ok(answer.json.durationMs >= 400);
    } finally {
      silent.closeAllConnections();
      await new Promise((resolve) => silent.close(resolve));
      await h.request("PATCH", "/backoffice/environments/sandbox/wallet-settings", {
        token: operator.token,
        body: { callbackUrl: wallet.url },
      });
    }
  });

  test("garbage and non-200 answers are unknown outcomes, shown as received", async () => {
    wallet.override = { status: 200, body: "<html>hello</html>" };
    try {
      const answer = await h.request("POST", "/backoffice/environments/sandbox/test-call", {
        token: operator.token,
        body: { playerId: "alice" },
      });
      assert.equal(answer.json.outcome.kind, "unknown");
      assert.equal(answer.json.response.body, "<html>hello</html>");
      wallet.override = { status: 503, body: '{"status":"ok","balance":1}' };
      const unavailable = await h.request("POST", "/backoffice/environments/sandbox/test-call", {
        token: operator.token,
        body: { playerId: "alice" },
      });
      assert.equal(unavailable.json.outcome.kind, "unknown");
      assert.equal(unavailable.json.response.httpStatus, 503);
    } finally {
      wallet.override = undefined;
    }
  });

  test("callback URLs must be http(s)", async () => {
    for (const callbackUrl of [
      "ftp://wallet.example/x",
      "not a url",
      "https://user:pw@wallet.example/",
      "javascript:alert(1)",
    ]) {
      const answer = await h.request("PATCH", "/backoffice/environments/sandbox/wallet-settings", {
        token: operator.token,
        body: { callbackUrl },
      });
      assert.equal(answer.status, 400, callbackUrl);
      assert.ok(["INVALID_CALLBACK_URL", "VALIDATION_FAILED"].includes(answer.json.code), answer.text);
    }
    const bounds = await h.request("PATCH", "/backoffice/environments/sandbox/wallet-settings", {
      token: operator.token,
      body: { timeoutMs: 10 },
    });
    assert.equal(bounds.status, 400);
    assert.equal(bounds.json.errors[0].field, "timeoutMs");
  });
});

describe("the wallet call sender outside development", () => {
  test("refuses private addresses, by IP literal and by name, without connecting", async () => {
    let reached = 0;
    const server: Server = createServer((_req, res) => {
      reached += 1;
      res.end('{"status":"ok","balance":1}');
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const port = (server.address() as AddressInfo).port;
    try {
      const send = createWalletCallSender({ clock: Date.now, allowPrivateNetworks: false });
      const unsigned = {
        action: "balance" as const,
        call_id: "c1",
        player_id: "p1",
        session_id: "s1",
        currency: "EUR",
        game_id: "g1",
      };
      for (const callbackUrl of [`http://127.0.0.1:${port}/`, `http://localhost:${port}/`]) {
        const report = await send(
          { callbackUrl, salt: "s", profile: "native", timeoutMs: 1_000, environment: "sandbox" },
          unsigned,
        );
        assert.equal(report.outcome.kind, "unknown", callbackUrl);
        assert.match(
          report.outcome.kind === "unknown" ? report.outcome.reason : "",
          /non-public|EPRIVATE/,
          callbackUrl,
        );
        assert.equal(report.response, null);
      }
      assert.equal(reached, 0);
      // Enabled private networks are for sandbox only: a live test call is still refused.
      const allowed = createWalletCallSender({ clock: Date.now, allowPrivateNetworks: true });
      for (const callbackUrl of [`http://127.0.0.1:${port}/`, `http://localhost:${port}/`]) {
        const live = await allowed(
          { callbackUrl, salt: "s", profile: "native", timeoutMs: 1_000, environment: "live" },
          unsigned,
        );
        assert.equal(live.outcome.kind, "unknown", callbackUrl);
      }
      assert.equal(reached, 0);
      const report = await allowed(
        {
          callbackUrl: `http://localhost:${port}/`,
          salt: "s",
          profile: "native",
          timeoutMs: 1_000,
          environment: "sandbox",
        },
        unsigned,
      );
      assert.deepEqual(report.outcome, { kind: "ok", balance: 1 });
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
