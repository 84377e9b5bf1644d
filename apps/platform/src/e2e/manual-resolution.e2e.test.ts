// End to end: a credit the wallet definitely refuses waits for a person; the admin API lists it
// and resolves it (retry now, or mark resolved with a reason), and the audit log records who did what.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { testDialects } from "../db/test-databases.ts";
import { eventually } from "./support/http.ts";
import { roundIds, startWorld, type PlayingSession, type World } from "./support/world.ts";

const REFUSAL = JSON.stringify({ status: "error", code: "PLAYER_BLOCKED", message: "frozen" });

for (const kind of testDialects) {
  describe(`manual resolution through the admin API (${kind})`, () => {
    let w: World;
    const refuseCreditsOf = new Set<string>();
    before(async () => {
      w = await startWorld(kind);
      w.proxy.decide = (call) =>
        call.action === "credit" && refuseCreditsOf.has(String(call.player_id))
          ? { kind: "answer", body: REFUSAL }
          : { kind: "pass" };
    });
    after(async () => w?.close());

    /** A round whose closing win the wallet refuses: the credit goes to `manual`. */
    async function manualCredit(amount: number): Promise<{ s: PlayingSession; callId: string }> {
      const s = await w.playing(1_000);
      const ids = roundIds();
      refuseCreditsOf.add(s.playerId);
      const bet = await w.gateway("/bet", {
        session_token: s.token,
        transaction_id: ids.bet,
        round_id: ids.round,
        amount: 100,
      });
      assert.equal(bet.status, 200, bet.text);
      const win = await w.gateway("/win", {
        session_token: s.token,
        transaction_id: ids.win,
        round_id: ids.round,
        amount,
        round_closed: true,
      });
      assert.equal(win.status, 200, win.text);
      const credit = (await w.callsOf({ playerId: s.playerId })).find((c) => c.action === "credit");
      assert.ok(credit !== undefined);
      await eventually(async () => (await w.call(credit.call_id))?.state === "manual", "credit in manual");
      return { s, callId: credit.call_id };
    }

    const admin = (method: string, path: string, body?: unknown) =>
      w.http(method, path, { token: w.adminToken, ...(body === undefined ? {} : { body }) });

    test("the queue lists manual calls; retry now delivers and is audited", async () => {
      const { s, callId } = await manualCredit(400);
      const queue = await admin("GET", `/admin/wallet-calls?operatorId=${w.operator.operatorId}`);
      assert.equal(queue.status, 200, queue.text);
      const listed = queue.json.items.find((c: { callId: string }) => c.callId === callId);
      assert.equal(listed.state, "manual");
      assert.equal(listed.errorCode, "PLAYER_BLOCKED");
      assert.equal(listed.amountMinor, 400);
      const detail = await admin("GET", `/admin/wallet-calls/${callId}`);
      assert.equal(detail.json.attempts.length, 1);
      assert.equal(detail.json.attempts[0].outcome, "refused");

      // Only admins: no token, or an operator's backoffice session, is refused.
      assert.equal((await w.http("GET", "/admin/wallet-calls")).status, 401);
      assert.equal((await w.http("GET", "/admin/wallet-calls", { token: w.operator.boToken })).status, 401);

      refuseCreditsOf.delete(s.playerId);
      const retried = await admin("POST", `/admin/wallet-calls/${callId}/retry`);
      assert.equal(retried.status, 200, retried.text);
      assert.equal(retried.json.state, "ok");
      assert.equal(retried.json.call.attempts, 2);
      assert.equal(await w.wallet.balance(s.playerId), 1_000 - 100 + 400);
      const again = await admin("POST", `/admin/wallet-calls/${callId}/retry`);
      assert.equal(again.status, 409);
      assert.equal(again.json.code, "CALL_NOT_RETRYABLE");

      const audit = await admin("GET", `/admin/audit-log?targetId=${callId}`);
      assert.equal(audit.json.items.length, 1);
      const entry = audit.json.items[0];
      assert.equal(entry.action, "wallet_call.retry");
      assert.equal(entry.actorKind, "admin");
      assert.equal(entry.details.from, "manual");
      assert.equal(entry.details.to, "ok");
      assert.equal(entry.details.operatorId, w.operator.operatorId);
    });

    test("mark resolved needs a reason, closes the call, is audited; the operator sees it resolved", async () => {
      const { callId } = await manualCredit(250);
      for (const body of [{}, { reason: "" }, { reason: "   " }]) {
        assert.equal((await admin("POST", `/admin/wallet-calls/${callId}/resolve`, body)).status, 400);
      }
      const resolved = await admin("POST", `/admin/wallet-calls/${callId}/resolve`, {
        reason: "Operator credited the player by hand, ticket OPS-42.",
      });
      assert.equal(resolved.status, 200, resolved.text);
      assert.equal(resolved.json.state, "resolved");
      assert.equal(resolved.json.resolutionNote, "Operator credited the player by hand, ticket OPS-42.");
      const twice = await admin("POST", `/admin/wallet-calls/${callId}/resolve`, { reason: "again" });
      assert.equal(twice.status, 409);
      assert.equal(twice.json.code, "CALL_NOT_MANUAL");
      const audit = await admin("GET", `/admin/audit-log?targetId=${callId}&action=wallet_call.resolve`);
      assert.equal(audit.json.items.length, 1);
      assert.equal(
        audit.json.items[0].details.reason,
        "Operator credited the player by hand, ticket OPS-42.",
      );
      const queue = await admin("GET", `/admin/wallet-calls?operatorId=${w.operator.operatorId}`);
      assert.ok(!queue.json.items.some((c: { callId: string }) => c.callId === callId));
      const resolvedList = await admin(
        "GET",
        `/admin/wallet-calls?state=resolved&operatorId=${w.operator.operatorId}`,
      );
      assert.ok(resolvedList.json.items.some((c: { callId: string }) => c.callId === callId));
      const seen = await w.http("GET", `/v1/transactions/${callId}`, { token: w.operator.apiToken });
      assert.equal(seen.json.status, "resolved");

      assert.equal((await admin("GET", "/admin/wallet-calls/c_nope")).json.code, "CALL_NOT_FOUND");
      assert.equal((await admin("POST", "/admin/wallet-calls/c_nope/retry")).status, 404);
      assert.equal((await admin("GET", "/admin/wallet-calls?from=2026-13-01")).status, 400);
      const badRange = await admin("GET", "/admin/wallet-calls?from=2026-02-01&to=2026-01-01");
      assert.equal(badRange.json.code, "INVALID_TIME_RANGE");
    });
  });
}
