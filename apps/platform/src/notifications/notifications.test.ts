import assert from "node:assert/strict";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { after, before, describe, test } from "node:test";
import { setTimeout as sleep } from "node:timers/promises";
import { bodySignature } from "@croupier/protocol";
import { insertClosedRound } from "../billing/test/closed-rounds.ts";
import { testDialects } from "../db/test-databases.ts";
import { startHarness, type Harness } from "../test/platform-harness.ts";

interface Received {
  headers: IncomingMessage["headers"];
  body: string;
}

/** A webhook receiver on loopback that fails its first `failFirst` requests with 500. */
async function startReceiver(failFirst: number) {
  const received: Received[] = [];
  let seen = 0;
  const server: Server = createServer((req, res) => {
    let body = "";
    req.on("data", (chunk: Buffer) => (body += chunk.toString()));
    req.on("end", () => {
      seen += 1;
      if (seen <= failFirst) {
        res.writeHead(500).end();
        return;
      }
      received.push({ headers: req.headers, body });
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

async function until<T>(read: () => T | Promise<T>, done: (v: T) => boolean): Promise<T> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) assert.fail(`not reached: ${JSON.stringify(value).slice(0, 300)}`);
    await sleep(50);
  }
}

for (const kind of testDialects) {
  describe(`notifications to operators (${kind})`, () => {
    let h: Harness;
    let receiver: Awaited<ReturnType<typeof startReceiver>>;
    before(async () => {
      h = await startHarness(kind, { appOptions: { billingWorkers: { intervalMs: 50, lagMs: 0 } } });
      receiver = await startReceiver(1);
    });
    after(async () => {
      await receiver?.close();
      await h?.close();
    });

    test("events are delivered signed to the webhook, retried after a failure, and listed", async () => {
      const { operatorId, email } = await h.register();
      const token = await h.login(email);
      const none = await h.request("GET", "/backoffice/notifications/webhook", { token });
      assert.equal(none.status, 200, none.text);
      assert.deepEqual(none.json, {
        url: null,
        updatedAtMs: null,
        lastDelivery: null,
        pending: 0,
        retrying: false,
      });
      const set = await h.request("PUT", "/backoffice/notifications/webhook", {
        token,
        body: { url: receiver.url },
      });
      assert.equal(set.status, 200, set.text);
      const secret = set.json.signingSecret as string;
      assert.ok(secret.length >= 32);
      const bad = await h.request("PUT", "/backoffice/notifications/webhook", {
        token,
        body: { url: "ftp://x" },
      });
      assert.equal(bad.json.code, "INVALID_CALLBACK_URL");

      await h.approve(operatorId);
      await h.request("POST", "/backoffice/environments/sandbox/salt-keys/rotate", { token });
      await h.request("POST", `/admin/operators/${operatorId}/billing/top-ups`, {
        token: h.adminToken,
        body: { amountMinor: 100, currency: "EUR", idempotencyKey: "n1" },
      });
      await h.request("PATCH", "/backoffice/billing/settings", {
        token,
        body: { lowCreditThresholdMinor: 500 },
      });
      await insertClosedRound(h.db.db, {
        roundId: `${operatorId}_manual`,
        operatorId,
        closedAtMs: Date.now(),
        calls: [
          { action: "debit", amountMinor: 100 },
          { action: "credit", amountMinor: 300, state: "manual" },
        ],
      });

      const expected = [
        "application.approved",
        "credit.low",
        "salt_rotation.started",
        "wallet_call.manual_resolution",
      ];
      const received = await until(
        () => receiver.received.map((r) => JSON.parse(r.body) as { type: string; operatorId: string }),
        (events) => expected.every((e) => events.some((x) => x.type === e)),
      );
      assert.ok(received.every((e) => e.operatorId === operatorId));
      for (const r of receiver.received) {
        const id = r.headers["webhook-id"] as string;
        const timestamp = Number(r.headers["webhook-timestamp"]);
        assert.equal(r.headers["webhook-signature"], bodySignature(id, timestamp, r.body, secret));
      }
      const listed = await until(
        async () =>
          (await h.request("GET", "/backoffice/notifications", { token })).json.items as Array<{
            event: string;
            state: string;
            attempts: number;
          }>,
        (items) => expected.every((e) => items.some((i) => i.event === e && i.state === "delivered")),
      );
      assert.ok(
        listed.some((i) => i.attempts >= 2),
        "the first failed delivery was retried",
      );
      // The page reads what is configured and how deliveries go; the secret is not shown again.
      const status = await h.request("GET", "/backoffice/notifications/webhook", { token });
      assert.equal(status.json.url, receiver.url);
      assert.equal(typeof status.json.updatedAtMs, "number");
      assert.equal(status.json.lastDelivery.state, "delivered");
      assert.ok(expected.includes(status.json.lastDelivery.event));
      assert.equal(typeof status.json.lastDelivery.deliveredAtMs, "number");
      assert.ok(!status.text.includes(secret), "the signing secret is not in the status");
      assert.equal("signingSecret" in status.json, false);
      // Exactly once per cause.
      assert.equal(listed.filter((i) => i.event === "wallet_call.manual_resolution").length, 1);
      const other = await h.approvedOperator();
      const theirHook = await h.request("GET", "/backoffice/notifications/webhook", { token: other.token });
      assert.equal(theirHook.json.url, null, "another operator does not see this webhook");
      const theirs = await h.request("GET", "/backoffice/notifications", { token: other.token });
      assert.ok(
        theirs.json.items.every(
          (i: { payload: { operatorId: string } }) => i.payload.operatorId === other.operatorId,
        ),
      );
    });
  });
}
