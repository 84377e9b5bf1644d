// Claims (the provider gateway's transaction rows) written in the same group commit as the call
// they lead to, and their answers written behind: on SQLite and PostgreSQL.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import pino from "pino";
import { openTestDb, testDialects, type TestDb } from "../../db/test-databases.ts";
import { newTxRow } from "../../provider-gateway/transactions.ts";
import { newRoundRow } from "../open-round.ts";
import type { OutboxOp } from "./batch-ops.ts";
import type { CallClaim } from "./riding-writes.ts";
import { newCallRow } from "../outbox/call-rows.ts";
import { createOutbox, type Outbox } from "../outbox/outbox.ts";
import { afterAttempt } from "../outbox/retry-policy.ts";

const session = {
  operatorId: "op",
  environment: "live" as const,
  sessionId: "ses_1",
  playerId: "p1",
  currency: "EUR",
  gameId: "g",
};

function claimOf(txId: string, roundId: string, amountMinor: number): CallClaim["row"] {
  return newTxRow(
    {
      studioId: "studio",
      txId,
      kind: "bet",
      sessionId: session.sessionId,
      roundRef: roundId,
      roundId,
      amountMinor,
      roundClosed: false,
      rollbackOf: null,
    },
    1_000,
  );
}

function debitOp(
  callId: string,
  roundId: string,
  txId: string,
  options: { opensRound?: boolean; amountMinor?: number; guard?: "bet" | "win" } = {},
): OutboxOp {
  const amountMinor = options.amountMinor ?? 100;
  return {
    kind: "insert-call",
    row: newCallRow(
      {
        ...session,
        callId,
        action: options.guard === "win" ? "credit" : "debit",
        roundId,
        amountMinor,
        ref: `${options.guard ?? "bet"}:${txId}`,
      },
      { nowMs: 1_000, horizonMs: 60_000 },
    ),
    guard: options.guard ?? "bet",
    closesRound: false,
    voidIfNoDebit: false,
    ...(options.opensRound === false ? {} : { opensRound: newRoundRow(session, roundId, 1_000) }),
    claim: {
      row: claimOf(txId, roundId, amountMinor),
      unrecordedRefusals: options.guard === "win" ? ["ROUND_NOT_FOUND", "ROUND_MISMATCH"] : [],
    },
  };
}

for (const kind of testDialects) {
  describe(`claims in the group commit (${kind})`, () => {
    let db: TestDb;
    let outbox: Outbox;
    before(async () => {
      db = await openTestDb(kind);
      outbox = createOutbox({ db, logger: pino({ level: "silent" }) });
    });
    after(async () => {
      await outbox.close();
      await db.dispose();
    });

    const claimRow = (txId: string) =>
      db.db
        .selectFrom("gateway_transactions")
        .selectAll()
        .where("studio_id", "=", "studio")
        .where("tx_id", "=", txId)
        .executeTakeFirst();
    const callsOfRound = (roundId: string) =>
      db.db.selectFrom("wallet_calls").selectAll().where("round_id", "=", roundId).execute();

    test("the claim, the round and the debit commit together; the same claim again writes nothing", async () => {
      const first = await outbox.batcher.submit(debitOp("c_1", "r_1", "tx_1"));
      assert.equal(first.kind, "inserted");
      assert.equal((await claimRow("tx_1"))?.state, "pending");
      assert.equal(
        (await db.db.selectFrom("rounds").select("status").where("round_id", "=", "r_1").executeTakeFirst())
          ?.status,
        "open",
      );
      const again = await outbox.batcher.submit(debitOp("c_2", "r_1", "tx_1"));
      assert.equal(again.kind, "claim-exists");
      assert.equal(again.kind === "claim-exists" ? again.row.tx_id : "", "tx_1");
      assert.deepEqual(
        (await callsOfRound("r_1")).map((call) => call.call_id),
        ["c_1"],
      );
    });

    test("twins in one batch: the first claims, the second finds its claim and sends nothing", async () => {
      const [a, b] = await Promise.all([
        outbox.batcher.submit(debitOp("c_3", "r_2", "tx_2")),
        outbox.batcher.submit(debitOp("c_4", "r_2", "tx_2")),
      ]);
      assert.equal(a?.kind, "inserted");
      assert.equal(b?.kind, "claim-exists");
      assert.equal((await callsOfRound("r_2")).length, 1);
    });

    test("a round of another session refuses the bet and records the claim with it", async () => {
      await outbox.batcher.submit(debitOp("c_5", "r_3", "tx_3"));
      const other = debitOp("c_6", "r_3", "tx_4");
      const foreign: OutboxOp =
        other.kind === "insert-call" && other.opensRound !== undefined
          ? { ...other, opensRound: { ...other.opensRound, session_id: "ses_other", request_hash: "other" } }
          : other;
      const result = await outbox.batcher.submit(foreign);
      assert.deepEqual(result, { kind: "refused", code: "ROUND_MISMATCH" });
      assert.equal((await claimRow("tx_4"))?.state, "pending", "a final refusal keeps its id");
    });

    test("a win before its round exists is refused without claiming its id", async () => {
      const result = await outbox.batcher.submit(
        debitOp("c_7", "r_none", "w_1", { guard: "win", opensRound: false }),
      );
      assert.deepEqual(result, { kind: "refused", code: "ROUND_NOT_FOUND" });
      assert.equal(await claimRow("w_1"), undefined);
    });

    test("an answer settles a pending claim once; a later one does not overwrite it", async () => {
      await outbox.batcher.submit(debitOp("c_8", "r_4", "tx_5"));
      const settle = (outcome: string) =>
        outbox.batcher.submit({
          kind: "settle-claim",
          studioId: "studio",
          txId: "tx_5",
          resultCode: "OK",
          outcome,
          nowMs: 2_000,
        });
      assert.equal((await settle('{"ok":true}')).kind, "noted");
      await settle('{"ok":false}');
      const row = await claimRow("tx_5");
      assert.equal(row?.state, "done");
      assert.equal(row?.outcome, '{"ok":true}');
      assert.equal(row?.updated_at_ms, 2_000);
    });

    test("a claim and its answer in one batch: written once, already answered", async () => {
      const [inserted, noted] = await Promise.all([
        outbox.batcher.submit(debitOp("c_9", "r_5", "tx_6")),
        outbox.batcher.submit({
          kind: "settle-claim",
          studioId: "studio",
          txId: "tx_6",
          resultCode: "INSUFFICIENT_FUNDS",
          outcome: '{"ok":false}',
          nowMs: 3_000,
        }),
      ]);
      assert.equal(inserted?.kind, "inserted");
      assert.equal(noted?.kind, "noted");
      const row = await claimRow("tx_6");
      assert.equal(row?.state, "done");
      assert.equal(row?.result_code, "INSUFFICIENT_FUNDS");
    });

    test("an answer bound to its debit is stored only if the debit's acknowledgement is recorded", async () => {
      const op = debitOp("c_10", "r_6", "tx_7");
      const leased: OutboxOp =
        op.kind === "insert-call"
          ? { ...op, row: { ...op.row, lease_owner: "me#1", lease_until_at_ms: 9e12 } }
          : op;
      assert.equal((await outbox.batcher.submit(leased)).kind, "inserted");
      const settle = () =>
        outbox.batcher.submit({
          kind: "settle-claim",
          studioId: "studio",
          txId: "tx_7",
          resultCode: "OK",
          outcome: '{"ok":true}',
          nowMs: 5_000,
          ifCallOk: "c_10",
        });
      // The debit's outcome is not on record yet: the answer waits (a repeat drives the bet again).
      assert.deepEqual(await settle(), { kind: "skipped", why: "not-ok" });
      assert.equal((await claimRow("tx_7"))?.state, "pending");
      // A record under a lease that is not the call's (lost lease) does not make it ok either.
      const call = (await callsOfRound("r_6"))[0]!;
      const acknowledged = afterAttempt(call, { kind: "ok", balance: 900 }, 5_000, () => 0);
      const record = (leaseOwner: string) =>
        outbox.batcher.submit({
          kind: "record",
          callId: "c_10",
          leaseOwner,
          attempt: undefined,
          transition: acknowledged,
          rollback: undefined,
          nowMs: 5_000,
        });
      const [stale, skipped] = await Promise.all([record("other#1"), settle()]);
      assert.equal(stale?.kind, "stale");
      assert.deepEqual(skipped, { kind: "skipped", why: "not-ok" });
      // In the commit that records the acknowledgement, the answer is stored with it.
      const [applied, noted] = await Promise.all([record("me#1"), settle()]);
      assert.equal(applied?.kind, "applied");
      assert.equal(noted?.kind, "noted");
      const row = await claimRow("tx_7");
      assert.equal(row?.state, "done");
      assert.equal(row?.outcome, '{"ok":true}');
    });

    test("answering an id never claimed changes nothing", async () => {
      await outbox.batcher.submit({
        kind: "settle-claim",
        studioId: "studio",
        txId: "never",
        resultCode: "OK",
        outcome: "{}",
        nowMs: 4_000,
      });
      assert.equal(await claimRow("never"), undefined);
    });
  });
}
