import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { insertOperator } from "../catalogue/test/fixtures.ts";
import { openTestDb, testDialects, type TestDb } from "../db/test-databases.ts";
import { expireIdleSessions } from "./expire-sessions.ts";
import { currentStatus } from "./sessions.ts";
import type { SessionRow } from "./tables.ts";
import { testSessionRow } from "./test/session-rows.ts";

const IDLE_MS = 30 * 60_000;

const sessionRow = (id: string, overrides: Partial<SessionRow>) => testSessionRow("op_exp", id, overrides);

for (const kind of testDialects) {
  describe(`session expiry (${kind})`, () => {
    let db: TestDb;
    let now = 0;
    const deps = () => ({ db: db.db, clock: () => now });
    before(async () => {
      db = await openTestDb(kind);
      await insertOperator(db, "op_exp");
    });
    after(async () => db?.dispose());

    test("idle active sessions and unopened launches expire; others stay", async () => {
      now = 10 * 3_600_000;
      await db.db
        .insertInto("game_sessions")
        .values([
          sessionRow("idle", { last_activity_at_ms: now - IDLE_MS - 1 }),
          sessionRow("busy", { last_activity_at_ms: now - IDLE_MS + 1_000 }),
          sessionRow("unopened", {
            status: "created",
            launched_at_ms: null,
            studio_token_hash: null,
            launch_expires_at_ms: now - 1,
          }),
          sessionRow("fresh-link", {
            status: "created",
            launched_at_ms: null,
            studio_token_hash: null,
            launch_expires_at_ms: now + 1,
          }),
          sessionRow("ended", { status: "ended", end_reason: "operator", last_activity_at_ms: 0 }),
        ])
        .execute();
      assert.deepEqual(await expireIdleSessions(deps(), { idleTimeoutMs: IDLE_MS }), {
        idle: 1,
        notOpened: 1,
      });
      const rows = await db.db
        .selectFrom("game_sessions")
        .select(["id", "status", "end_reason"])
        .orderBy("id")
        .execute();
      assert.deepEqual(rows, [
        { id: "busy", status: "active", end_reason: null },
        { id: "ended", status: "ended", end_reason: "operator" },
        { id: "fresh-link", status: "created", end_reason: null },
        { id: "idle", status: "expired", end_reason: "idle" },
        { id: "unopened", status: "expired", end_reason: "launch_not_opened" },
      ]);
      assert.deepEqual(await expireIdleSessions(deps(), { idleTimeoutMs: IDLE_MS }), {
        idle: 0,
        notOpened: 0,
      });
    });

    test("a bet's status check expires an idle session, unless activity was recorded meanwhile", async () => {
      now = 20 * 3_600_000;
      const stale = sessionRow("racy", { last_activity_at_ms: now - IDLE_MS - 5 });
      await db.db.insertInto("game_sessions").values(stale).execute();
      // Another request touched it after this one read it: the stale read must not expire it.
      await db.db
        .updateTable("game_sessions")
        .set({ last_activity_at_ms: now })
        .where("id", "=", "racy")
        .execute();
      assert.equal(await currentStatus(deps(), stale, IDLE_MS), "active");
      now += IDLE_MS + 1;
      const fresh = await db.db
        .selectFrom("game_sessions")
        .selectAll()
        .where("id", "=", "racy")
        .executeTakeFirstOrThrow();
      assert.equal(await currentStatus(deps(), fresh, IDLE_MS), "expired");
    });
  });
}
