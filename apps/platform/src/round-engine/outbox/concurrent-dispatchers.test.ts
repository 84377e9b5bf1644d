import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import pino from "pino";
import { createCallbackClient } from "../../callbacks/callback-client.ts";
import { staticLookup, testEndpoint, TEST_SALT } from "../../callbacks/test/test-endpoint.ts";
import { startTestWallet, type Fault, type TestWallet } from "../../callbacks/test/test-wallet.ts";
import { connectDb, type PlatformDb } from "../../db/connect.ts";
import { openTestDb, type TestDb } from "../../db/test-databases.ts";
import { newCallRow } from "./call-rows.ts";
import { startDispatcher } from "./dispatcher.ts";
import { createOutbox } from "./outbox.ts";

const CALLS = 500;

let db: TestDb;
let second: PlatformDb;
let wallet: TestWallet;

before(async () => {
  db = await openTestDb("postgres");
  second = connectDb({ databaseUrl: db.location.databaseUrl });
  let n = 0;
  wallet = await startTestWallet({
    salts: [TEST_SALT],
    // Slow enough that calls overlap, and faulty enough that many are retried.
    fault: (): Fault => {
      n += 1;
      if (n % 7 === 0) return "http-500";
      if (n % 11 === 0) return "apply-then-reset";
      return { delayMs: n % 5 };
    },
  });
  for (let p = 0; p < 50; p += 1) wallet.addPlayer(`p${p}`, 0);
});

after(async () => {
  await wallet.close();
  await second.close();
  await db.dispose();
});

test("two dispatchers on one PostgreSQL: every call delivered once, none by both at once", async () => {
  const nowMs = Date.now();
  const rows = Array.from({ length: CALLS }, (_, i) =>
    newCallRow(
      {
        callId: `c_load_${i}`,
        operatorId: "op_test",
        environment: "sandbox",
        action: "credit",
        sessionId: "s",
        playerId: `p${i % 50}`,
        currency: "EUR",
        gameId: "slots",
        roundId: `r_${i}`,
        amountMinor: 1 + (i % 9),
        roundClosed: true,
        ref: "win:w",
      },
      { nowMs, horizonMs: 3_600_000 },
    ),
  );
  await db.db.insertInto("wallet_calls").values(rows).execute();

  const logger = pino({ level: "silent" });
  // A generous timeout: an attempt abandoned on timeout may still reach the wallet later, which
  // would look like an overlap here although no two senders held the call.
  const lookup = staticLookup(testEndpoint(wallet.url, { timeoutMs: 10_000, maxConcurrency: 64 }));
  // Two "processes": separate pools, outboxes, owners and clients; shortest backoff (1 s).
  const processes = [db, second].map((platformDb, index) => {
    const outbox = createOutbox({ db: platformDb, logger, ownerId: `proc${index}`, random: () => 0 });
    const client = createCallbackClient({ privateNetworks: "tests-any-environment", logger });
    const dispatcher = startDispatcher({ outbox, client, lookup }, { pollIntervalMs: 5, claimBatch: 16 });
    return { outbox, client, dispatcher };
  });
  try {
    const deadline = Date.now() + 60_000;
    for (;;) {
      const left = await db.db
        .selectFrom("wallet_calls")
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .where("state", "<>", "ok")
        .executeTakeFirstOrThrow();
      if (Number(left.n) === 0) break;
      assert.ok(Date.now() < deadline, `${left.n} calls still not delivered`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  } finally {
    for (const { dispatcher, outbox, client } of processes) {
      await dispatcher.stop();
      await outbox.close();
      await client.close();
    }
  }

  assert.deepEqual(wallet.overlaps, [], "no call_id was in flight twice at once");
  for (const row of rows) assert.equal(wallet.applied.get(row.call_id), 1, `${row.call_id} applied once`);
  const expected = rows.reduce((sum, row) => sum + (row.amount_minor ?? 0), 0);
  let total = 0;
  for (let p = 0; p < 50; p += 1) total += wallet.balanceOf(`p${p}`);
  assert.equal(total, expected);
  const senders = await db.db.selectFrom("wallet_call_attempts").select(["sender"]).execute();
  const byProcess = new Set(senders.map((row) => row.sender.split("#")[0]));
  assert.deepEqual([...byProcess].sort(), ["proc0", "proc1"], "both processes did work");
  assert.ok(senders.length > CALLS, "faults forced retries");
});
