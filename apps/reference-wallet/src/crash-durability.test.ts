import assert from "node:assert/strict";
import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { after, describe, it } from "node:test";
import { fileURLToPath } from "node:url";
import { signCall, type DebitRequest, type WalletResponse } from "@croupier/protocol";
import { DEMO_ADMIN_TOKEN, DEMO_SALT } from "./config.ts";

const serverScript = fileURLToPath(new URL("./server.ts", import.meta.url));
const WORKERS = 32;
const MAX_DEBITS = 2_000;
const KILL_AFTER_ANSWERS = 100;
const STAKE = 10;

async function start(dataDir: string): Promise<{ child: ChildProcess; baseUrl: string }> {
  const child = spawn(process.execPath, [serverScript], {
    env: { PATH: process.env.PATH, PORT: "0", DATA_DIR: dataDir, DEMO_MODE: "true", LOG_LEVEL: "warn" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  child.stdout!.on("data", (chunk: Buffer) => (out += chunk.toString()));
  child.stderr!.resume();
  const deadline = Date.now() + 30_000;
  let match: RegExpExecArray | null;
  while ((match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(out)) === null) {
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`server did not start:\n${out}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  return { child, baseUrl: match[1]! };
}

function debit(callId: string): Omit<DebitRequest, "timestamp" | "key"> {
  return {
    action: "debit",
    call_id: callId,
    player_id: "demo-eur-1",
    session_id: "crash",
    currency: "EUR",
    game_id: "g",
    round_id: `r-${callId}`,
    amount: STAKE,
    rb: 0,
    round_closed: true,
  };
}

async function send(baseUrl: string, callId: string): Promise<WalletResponse> {
  const call = signCall(debit(callId), DEMO_SALT, Date.now());
  const response = await fetch(`${baseUrl}/wallet`, {
    method: "POST",
    headers: call.headers,
    body: call.body,
  });
  return (await response.json()) as WalletResponse;
}

describe("durability", () => {
  const dirs: string[] = [];
  after(async () => {
    for (const dir of dirs) await rm(dir, { recursive: true, force: true });
  });

  it("every answered debit survives kill -9, and the balance matches the ledger", async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), "reference-wallet-crash-"));
    dirs.push(dataDir);
    const first = await start(dataDir);
    const answered = new Map<string, WalletResponse>();
    let next = 0;
    // Workers keep calls in flight until the kill, so some are cut off mid-way.
    const worker = async () => {
      while (next < MAX_DEBITS && first.child.signalCode === null) {
        const callId = `crash-${next++}`;
        try {
          answered.set(callId, await send(first.baseUrl, callId));
        } catch {
          return; // cut off by the kill: outcome unknown, checked through the ledger below
        }
        // SIGKILL: no shutdown hook runs, whatever was in flight is lost or committed.
        if (answered.size === KILL_AFTER_ANSWERS) first.child.kill("SIGKILL");
      }
    };
    await Promise.all(Array.from({ length: WORKERS }, worker));
    if (first.child.exitCode === null && first.child.signalCode === null) first.child.kill("SIGKILL");
    if (first.child.exitCode === null && first.child.signalCode === null) await once(first.child, "exit");
    assert.ok(answered.size >= KILL_AFTER_ANSWERS);

    const second = await start(dataDir);
    try {
      // Each answered call is on disk: a retry replays exactly the answer first given.
      const replays = await Promise.all([...answered.keys()].map((callId) => send(second.baseUrl, callId)));
      [...answered.entries()].forEach(([callId, answer], i) => {
        assert.equal(answer.status, "ok");
        assert.deepEqual(replays[i], answer, callId);
      });
      const auth = { authorization: `Bearer ${DEMO_ADMIN_TOKEN}` };
      let debits = 0;
      let cursor: string | null = null;
      do {
        const query: string =
          cursor === null ? "limit=200" : `limit=200&before=${encodeURIComponent(cursor)}`;
        const page = (await (
          await fetch(`${second.baseUrl}/admin/players/demo-eur-1/transactions?${query}`, { headers: auth })
        ).json()) as { items: { kind: string; amount: number }[]; next_cursor: string | null };
        debits += page.items.filter((item) => item.kind === "debit").length;
        cursor = page.next_cursor;
      } while (cursor !== null);
      const player = (await (
        await fetch(`${second.baseUrl}/admin/players/demo-eur-1`, { headers: auth })
      ).json()) as { balance: number };
      assert.ok(debits >= answered.size, `${debits} debits in the ledger, ${answered.size} answered`);
      assert.equal(player.balance, 100_000 - STAKE * debits);
    } finally {
      second.child.kill("SIGTERM");
      await once(second.child, "exit");
    }
  });
});
