import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import type { UnsignedWalletRequest } from "@croupier/protocol";
import { Registry } from "prom-client";
import { createCallbackClient } from "./callback-client.ts";
import { sendWalletCall } from "./send-wallet-call.ts";
import { testEndpoint } from "./test/test-endpoint.ts";
import { startTestWallet, type Fault, type TestWallet } from "./test/test-wallet.ts";
import { TEST_SALT } from "./test/test-endpoint.ts";

let n = 0;
function balanceCall(): UnsignedWalletRequest {
  n += 1;
  return {
    action: "balance",
    call_id: `c${n}`,
    player_id: "p1",
    session_id: "s1",
    currency: "EUR",
    game_id: "g1",
  };
}
function debitCall(amount: number): UnsignedWalletRequest {
  n += 1;
  return {
    action: "debit",
    call_id: `d${n}`,
    player_id: "p1",
    session_id: "s1",
    currency: "EUR",
    game_id: "g1",
    round_id: "r1",
    amount,
    rb: 0,
    round_closed: false,
  };
}

describe("sendWalletCall", () => {
  let wallet: TestWallet;
  let faults: Fault[] = [];
  before(async () => {
    wallet = await startTestWallet({ salts: [TEST_SALT], fault: () => faults.shift() ?? "none" });
    wallet.addPlayer("p1", 10_000);
  });
  after(() => wallet.close());

  test("sends a signed native call and reads the answer", async () => {
    const client = createCallbackClient({ privateNetworks: "tests-any-environment" });
    const result = await sendWalletCall(testEndpoint(wallet.url), debitCall(250), { client });
    assert.deepEqual(result.outcome, { kind: "ok", balance: 9_750 });
    assert.equal(result.method, "POST");
    assert.equal(result.httpStatus, 200);
    assert.equal(result.responseBody, '{"status":"ok","balance":9750}');
    assert.match(result.requestBody!, /"amount":250/);
    assert.equal(result.request, result.requestBody);
    assert.ok(result.latencyMicros > 0);
    await client.close();
  });

  test("with private networks refused, a loopback wallet is never reached, by IP or by name", async () => {
    const client = createCallbackClient({ privateNetworks: false });
    const before = wallet.received.length;
    const byIp = await sendWalletCall(testEndpoint(wallet.url), debitCall(100), { client });
    assert.equal(byIp.outcome.kind, "unknown");
    assert.match(byIp.outcome.kind === "unknown" ? byIp.outcome.reason : "", /non-public address/);
    // A name is checked when connecting, on what it resolves to (here: loopback).
    const byName = await sendWalletCall(
      testEndpoint(wallet.url.replace("127.0.0.1", "localhost")),
      debitCall(100),
      { client },
    );
    assert.equal(byName.outcome.kind, "unknown");
    assert.match(byName.outcome.kind === "unknown" ? byName.outcome.reason : "", /EPRIVATE|private/);
    assert.equal(wallet.received.length, before, "nothing reached the wallet");
    await client.close();
  });

  test("private networks enabled (ALLOW_PRIVATE_CALLBACK_URLS) reach a loopback wallet in sandbox, never in live", async () => {
    const client = createCallbackClient({ privateNetworks: true });
    const before = wallet.received.length;
    const live = await sendWalletCall(testEndpoint(wallet.url, { environment: "live" }), debitCall(100), {
      client,
    });
    assert.equal(live.outcome.kind, "unknown");
    const liveByName = await sendWalletCall(
      testEndpoint(wallet.url.replace("127.0.0.1", "localhost"), { environment: "live" }),
      debitCall(100),
      { client },
    );
    assert.equal(liveByName.outcome.kind, "unknown");
    assert.equal(wallet.received.length, before, "no live call reached the loopback wallet");
    const sandbox = await sendWalletCall(testEndpoint(wallet.url), debitCall(100), { client });
    assert.equal(sandbox.outcome.kind, "ok");
    await client.close();
  });

  test("every attempt gets a fresh timestamp and key, the rest identical", async () => {
    let now = Date.now();
    const client = createCallbackClient({ privateNetworks: "tests-any-environment", clock: () => now });
    const call = debitCall(1);
    const first = await sendWalletCall(testEndpoint(wallet.url), call, { client });
    now += 5_000;
    const second = await sendWalletCall(testEndpoint(wallet.url), call, { client });
    const a = JSON.parse(first.requestBody!) as Record<string, unknown>;
    const b = JSON.parse(second.requestBody!) as Record<string, unknown>;
    assert.notEqual(a.timestamp, b.timestamp);
    assert.notEqual(a.key, b.key);
    assert.deepEqual({ ...a, timestamp: 0, key: "" }, { ...b, timestamp: 0, key: "" });
    // The wallet replays its stored answer: one debit applied.
    assert.deepEqual(second.outcome, first.outcome);
    assert.equal(wallet.applied.get(call.call_id), 1);
    await client.close();
  });

  for (const [fault, reason, cause] of [
    ["http-500", /HTTP status 500/, "http_status"],
    ["garbage", /./, "bad_body"],
    ["internal-error", /INTERNAL_ERROR/, "internal_error"],
    ["reset", /network/, "network"],
    ["hang", /no answer within 200 ms/, "timeout"],
    ["apply-then-hang", /no answer within 200 ms/, "timeout"],
    ["oversize", /exceeds/, "too_large"],
  ] as const) {
    test(`${fault} is an unknown outcome, counted under its typed cause`, async () => {
      const registry = new Registry();
      const client = createCallbackClient({ privateNetworks: "tests-any-environment", registry });
      faults = [fault];
      const result = await sendWalletCall(testEndpoint(wallet.url, { timeoutMs: 200 }), balanceCall(), {
        client,
      });
      assert.equal(result.outcome.kind, "unknown");
      assert.match((result.outcome as { reason: string }).reason, reason);
      assert.equal(result.outcome.kind === "unknown" && result.outcome.cause, cause);
      const counted = (await registry.getSingleMetric("croupier_wallet_callback_outcomes_total")!.get())
        .values;
      assert.deepEqual(
        counted.map((value) => [value.labels.outcome, value.labels.code, value.value]),
        [["unknown", cause, 1]],
      );
      await client.close();
    });
  }

  test("a callback URL that is not http(s) is not sent", async () => {
    const client = createCallbackClient({ privateNetworks: "tests-any-environment" });
    const result = await sendWalletCall(testEndpoint("ftp://example.com/wallet"), balanceCall(), { client });
    assert.equal(result.outcome.kind === "not_sent" && result.outcome.cause, "no_endpoint");
    await client.close();
  });

  test("redirects are not followed", async () => {
    const client = createCallbackClient({ privateNetworks: "tests-any-environment" });
    faults = ["redirect"];
    const before = wallet.received.length;
    const result = await sendWalletCall(testEndpoint(wallet.url), balanceCall(), { client });
    assert.equal(result.httpStatus, 302);
    assert.deepEqual(result.outcome, { kind: "unknown", cause: "http_status", reason: "HTTP status 302" });
    assert.equal(wallet.received.length, before + 1, "the redirect target was never called");
    await client.close();
  });

  test("an answer over 64 KiB is an unknown outcome, recorded capped", async () => {
    const client = createCallbackClient({ privateNetworks: "tests-any-environment" });
    faults = ["oversize"];
    const result = await sendWalletCall(testEndpoint(wallet.url), balanceCall(), { client });
    assert.equal(result.outcome.kind, "unknown");
    assert.ok((result.responseBody?.length ?? 0) <= 65_536);
    await client.close();
  });

  test("the GameHub profile: GET with a query, GameHub answers", async () => {
    const client = createCallbackClient({ privateNetworks: "tests-any-environment" });
    const endpoint = testEndpoint(wallet.gameHubUrl, { profile: "gamehub" });
    const ok = await sendWalletCall(endpoint, debitCall(100), { client });
    assert.equal(ok.method, "GET");
    assert.equal(ok.requestBody, undefined);
    const query = new URL(ok.url).searchParams;
    assert.equal(query.get("username"), "p1");
    assert.equal(query.get("gameplay_final"), "0");
    assert.equal(query.get("session_id"), "s1");
    assert.equal(ok.outcome.kind, "ok");
    const refused = await sendWalletCall(endpoint, debitCall(1_000_000), { client });
    assert.equal(refused.outcome.kind, "refused");
    assert.equal((refused.outcome as { code: string }).code, "INSUFFICIENT_FUNDS");
    await client.close();
  });

  test("an operator clock 40 s off: TIMESTAMP_EXPIRED, counted as an auth alarm", async () => {
    const registry = new Registry();
    const client = createCallbackClient({ privateNetworks: "tests-any-environment", registry });
    wallet.options.clock = () => Date.now() + 40_000;
    try {
      const result = await sendWalletCall(testEndpoint(wallet.url), balanceCall(), { client });
      assert.equal(result.outcome.kind, "refused");
      assert.equal((result.outcome as { code: string }).code, "TIMESTAMP_EXPIRED");
    } finally {
      wallet.options.clock = undefined;
    }
    const text = await registry.metrics();
    assert.match(
      text,
      /croupier_wallet_callback_auth_refusals_total\{[^}]*code="TIMESTAMP_EXPIRED"[^}]*\} 1/,
    );
    await client.close();
  });

  test("the circuit opens after consecutive unknown outcomes and recovers after one trial", async () => {
    let now = Date.now();
    const registry = new Registry();
    const client = createCallbackClient({
      privateNetworks: "tests-any-environment",
      clock: () => now,
      registry,
    });
    const endpoint = testEndpoint(wallet.url, { breaker: { failureThreshold: 3, cooldownMs: 10_000 } });
    faults = ["http-500", "http-500", "http-500"];
    for (let i = 0; i < 3; i += 1) {
      assert.equal((await sendWalletCall(endpoint, balanceCall(), { client })).outcome.kind, "unknown");
    }
    const before = wallet.received.length;
    const blocked = await sendWalletCall(endpoint, balanceCall(), { client });
    assert.deepEqual(blocked.outcome, {
      kind: "not_sent",
      cause: "circuit_open",
      reason: "circuit open: the operator's recent calls had no usable answer",
      retryAtMs: now + 10_000,
    });
    assert.equal(wallet.received.length, before, "nothing sent while open");
    assert.match(await registry.metrics(), /croupier_wallet_circuit_open\{[^}]*\} 1/);

    // A test call may bypass the circuit.
    const probe = await sendWalletCall(endpoint, balanceCall(), { client }, { bypassLimits: true });
    assert.equal(probe.outcome.kind, "ok");
    assert.equal(
      client.circuitRetryAtMs(endpoint),
      now + 10_000,
      "a bypassing call leaves the circuit alone",
    );

    // After the cooldown one trial goes; it fails: open again for a new cooldown.
    now += 10_000;
    faults = ["http-500"];
    assert.equal((await sendWalletCall(endpoint, balanceCall(), { client })).outcome.kind, "unknown");
    assert.equal((await sendWalletCall(endpoint, balanceCall(), { client })).outcome.kind, "not_sent");
    // Next trial succeeds: closed.
    now += 10_000;
    assert.equal((await sendWalletCall(endpoint, balanceCall(), { client })).outcome.kind, "ok");
    assert.equal(client.circuitRetryAtMs(endpoint), undefined);
    assert.equal((await sendWalletCall(endpoint, balanceCall(), { client })).outcome.kind, "ok");
    assert.match(await registry.metrics(), /croupier_wallet_circuit_open\{[^}]*\} 0/);
    await client.close();
  });

  test("concurrency is capped per operator; a full queue is not sent", async () => {
    const client = createCallbackClient({
      privateNetworks: "tests-any-environment",
      maxQueuedPerOperator: 3,
    });
    const endpoint = testEndpoint(wallet.url, { maxConcurrency: 2, timeoutMs: 2_000 });
    faults = Array.from({ length: 5 }, () => ({ delayMs: 50 }));
    const peakBefore = wallet.maxInFlight();
    const results = await Promise.all(
      Array.from({ length: 6 }, () => sendWalletCall(endpoint, balanceCall(), { client })),
    );
    const kinds = results.map((result) => result.outcome.kind);
    assert.deepEqual(kinds.filter((kind) => kind === "ok").length, 5);
    const refused = results.find((result) => result.outcome.kind === "not_sent");
    assert.equal((refused?.outcome as { cause: string }).cause, "queue_full");
    assert.ok(wallet.maxInFlight() <= Math.max(peakBefore, 2));
    await client.close();
  });

  test("a call that waits longer than the timeout for a slot is not sent", async () => {
    const client = createCallbackClient({ privateNetworks: "tests-any-environment" });
    const endpoint = testEndpoint(wallet.url, { maxConcurrency: 1, timeoutMs: 200 });
    faults = ["hang", "hang", "hang"];
    const before = wallet.received.length;
    // The first holds the only slot for the whole timeout; the last in line cannot get it in time.
    const results = await Promise.all(
      [1, 2, 3].map(() => sendWalletCall(endpoint, balanceCall(), { client })),
    );
    assert.equal(results[0]!.outcome.kind, "unknown");
    assert.deepEqual(results[2]!.outcome.kind === "not_sent" && results[2]!.outcome.cause, "queue_timeout");
    assert.ok(wallet.received.length - before <= 2);
    faults = [];
    await client.close();
  });
});
