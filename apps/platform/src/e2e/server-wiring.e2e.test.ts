// server.ts wires the round engine's background work: the abandoned-round sweeper runs on
// ROUND_ABANDON_AFTER_MS, /metrics shows the engine's gauges, SIGTERM stops everything in order.
import assert from "node:assert/strict";
import { after, describe, test } from "node:test";
import { loadConfig } from "../config.ts";
import { openTestDb, type TestDb } from "../db/test-databases.ts";
import { eventually } from "./support/http.ts";
import { freePort, platformProcess, type PlatformProcess } from "./support/platform-process.ts";

describe("server.ts wiring", () => {
  test("ROUND_ABANDON_AFTER_MS and ROUND_SWEEP_INTERVAL_MS are read and bounded", () => {
    const defaults = loadConfig({}, "/srv");
    assert.ok(defaults.ok);
    assert.equal(defaults.config.roundAbandonAfterMs, 600_000);
    assert.equal(defaults.config.roundSweepIntervalMs, 60_000);
    const short = loadConfig({ ROUND_ABANDON_AFTER_MS: "5000" }, "/srv");
    assert.ok(short.ok);
    assert.equal(short.config.roundSweepIntervalMs, 2_500, "sweeps at least twice per abandon time");
    const bad = loadConfig({ ROUND_ABANDON_AFTER_MS: "10", ROUND_SWEEP_INTERVAL_MS: "soon" }, "/srv");
    assert.ok(!bad.ok);
    assert.equal(bad.errors.filter((e) => /ROUND_(ABANDON_AFTER|SWEEP_INTERVAL)_MS/.test(e)).length, 2);
  });

  let db: TestDb | undefined;
  let server: PlatformProcess | undefined;
  after(async () => {
    if (server?.running) await server.kill();
    await db?.dispose();
  });

  test("the sweeper closes an abandoned round, /metrics shows the engine, SIGTERM exits 0", async () => {
    db = await openTestDb("sqlite");
    await db.db
      .insertInto("rounds")
      .values({
        round_id: "rnd_abandoned",
        operator_id: "op_gone",
        environment: "sandbox",
        session_id: "ses_gone",
        player_id: "p",
        currency: "EUR",
        game_id: "g",
        status: "open",
        request_hash: "h",
        opened_at_ms: Date.now() - 60_000,
        closed_at_ms: null,
        close_reason: null,
      })
      .execute();
    const port = await freePort();
    server = platformProcess(
      {
        DATA_DIR: db.location.sqliteFile!.replace(/\/platform\.sqlite$/, ""),
        ROUND_ABANDON_AFTER_MS: "1000",
        ROUND_SWEEP_INTERVAL_MS: "200",
        LOG_LEVEL: "info",
      },
      port,
    );
    await server.start();
    await eventually(async () => {
      const round = await db!.db
        .selectFrom("rounds")
        .select(["status", "close_reason"])
        .where("round_id", "=", "rnd_abandoned")
        .executeTakeFirstOrThrow();
      // No debit of it was ever acknowledged: it closes without a call.
      return round.status === "void";
    }, "abandoned round closed");
    const metrics = await (await fetch(`${server.url}/metrics`)).text();
    for (const name of [
      "croupier_rounds_open 0",
      "croupier_outbox_pending_calls 0",
      "croupier_outbox_oldest_pending_age_seconds 0",
      "croupier_outbox_manual_calls 0",
    ]) {
      assert.ok(metrics.includes(name), name);
    }
    assert.equal(await server.stop(), 0);
    const lines = server.output();
    const shutdown = lines.findIndex((l) => l.includes("shutting down"));
    assert.ok(
      shutdown >= 0 && lines.slice(shutdown).some((l) => l.includes('"msg":"stopped"')),
      lines.join("\n"),
    );
  });
});
