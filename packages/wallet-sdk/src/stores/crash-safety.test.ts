import assert from "node:assert/strict";
import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { fileURLToPath } from "node:url";
import { test } from "node:test";
import { signCall, type UnsignedWalletRequest } from "@croupier/protocol";
import { moneyCall, NOW_MS, SALT } from "../test/calls.ts";
import { postSigned, type HttpReply } from "../test/http-client.ts";
import { describeEachStore, uniqueId } from "../test/store-fixtures.ts";
import { assertLedgerConsistent, ledgerOf, newPlayer, testHandler } from "../test/wallet-helpers.ts";

const CHILD = fileURLToPath(new URL("../test/crash-child.ts", import.meta.url));
const IN_FLIGHT = 8;
const ANSWERS_BEFORE_KILL = 120;

async function startChild(kind: string, target: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [CHILD, kind, target], { stdio: ["ignore", "pipe", "inherit"] });
  let output = "";
  child.stdout?.setEncoding("utf8");
  for await (const chunk of child.stdout as AsyncIterable<string>) {
    output += chunk;
    const match = /READY (\d+)/.exec(output);
    if (match) return { child, url: `http://127.0.0.1:${match[1]}/wallet` };
  }
  throw new Error(`child exited before listening: ${output}`);
}

/**
 * A wallet process doing debits is killed with SIGKILL while calls are in flight. After
 * reopening the database, every call that was answered is on disk with exactly that answer,
 * and the balance equals the ledger.
 */
describeEachStore("crash safety (SIGKILL mid-stream)", (fixture) => {
  test("every answered call survives; balance equals the ledger", async () => {
    const opening = 1_000_000;
    const player = await newPlayer(fixture.store, opening);
    const { child, url } = await startChild(fixture.kind, fixture.location.target);
    const exited = once(child, "exit");

    const answered: Array<{ request: UnsignedWalletRequest; reply: HttpReply }> = [];
    const unanswered: UnsignedWalletRequest[] = [];
    let killed = false;
    async function worker(): Promise<void> {
      while (!killed) {
        const request = moneyCall("debit", player, uniqueId("crash"), 1 + Math.floor(Math.random() * 100));
        try {
          const reply = await postSigned(url, request);
          answered.push({ request, reply });
          if (answered.length >= ANSWERS_BEFORE_KILL && !killed) {
            killed = true;
            child.kill("SIGKILL");
          }
        } catch {
          unanswered.push(request);
          return;
        }
      }
    }
    await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
    await exited;
    assert.equal(child.signalCode, "SIGKILL");
    assert.ok(answered.length >= ANSWERS_BEFORE_KILL);

    const store = await fixture.reopen();
    for (const { request, reply } of answered) {
      const record = await store.transact((tx) => tx.findCall(request.call_id));
      assert.ok(record, `answered call ${request.call_id} is on disk`);
      assert.equal(JSON.stringify(record.response), reply.text);
    }
    await assertLedgerConsistent(store, player.playerId, opening);
    // Calls cut off by the kill either fully happened or not at all.
    const ledgerCalls = new Set((await ledgerOf(store, player.playerId)).map((row) => row.callId));
    for (const request of unanswered) {
      const record = await store.transact((tx) => tx.findCall(request.call_id));
      assert.equal(record?.applied ?? false, ledgerCalls.has(request.call_id));
    }
    // A retry after the restart replays the answer the platform got before the crash.
    const handler = testHandler(store);
    for (const { request, reply } of answered.slice(-10)) {
      const signed = signCall(request as never, SALT, NOW_MS);
      assert.equal((await handler({ body: signed.body, headers: signed.headers })).body, reply.text);
    }
  });
});
