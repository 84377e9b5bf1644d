import assert from "node:assert/strict";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { after, before, describe, it } from "node:test";
import { serveMemoryWallet, type RunningWallet } from "../testing/broken-wallets/serve.ts";
import { kitOptions, startTestWallet, TEST_SALT } from "../testing/harness.ts";
import { runConformance } from "./run-conformance.ts";

describe("set-up problems abort the run before any check, and say why", () => {
  let running: RunningWallet;
  before(async () => {
    running = await startTestWallet("none");
  });
  after(() => running.close());

  it("an unreachable URL is UNREACHABLE with the network error", async () => {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    await new Promise<void>((resolve) => server.close(() => resolve()));
    const report = await runConformance(kitOptions(`http://127.0.0.1:${port}/wallet`));
    assert.equal(report.status, "aborted");
    assert.equal(report.abort?.code, "UNREACHABLE");
    assert.match(report.abort?.message ?? "", /ECONNREFUSED/);
    assert.equal(report.checks.length, 0);
  });

  it("a URL that answers 404 is UNREACHABLE: not the callback", async () => {
    const report = await runConformance(kitOptions(running.url.replace("/wallet", "/nothing-here")));
    assert.equal(report.abort?.code, "UNREACHABLE");
    assert.match(report.abort?.message ?? "", /HTTP 404/);
  });

  it("a wrong salt is BAD_SALT", async () => {
    const report = await runConformance(kitOptions(running.url, { salt: "not-the-salt" }));
    assert.equal(report.abort?.code, "BAD_SALT");
  });

  it("an unknown test player is PLAYER_SETUP and names the player", async () => {
    const report = await runConformance(kitOptions(running.url, { players: ["cf-player-1", "ghost"] }));
    assert.equal(report.abort?.code, "PLAYER_SETUP");
    assert.match(report.abort?.message ?? "", /"ghost"/);
  });

  it("another currency is CURRENCY", async () => {
    const report = await runConformance(kitOptions(running.url, { currency: "GBP" }));
    assert.equal(report.abort?.code, "CURRENCY");
  });

  it("a test player with too little money is PLAYER_SETUP", async () => {
    const poor = await serveMemoryWallet({
      salt: TEST_SALT,
      players: {
        "cf-player-1": { currency: "EUR", balance: 999 },
        "cf-player-2": { currency: "EUR", balance: 5_000 },
      },
    });
    try {
      const report = await runConformance(kitOptions(poor.url));
      assert.equal(report.abort?.code, "PLAYER_SETUP");
      assert.match(report.abort?.message ?? "", /999 minor units/);
    } finally {
      await poor.close();
    }
  });

  it("bad options are BAD_OPTIONS, all listed at once", async () => {
    const report = await runConformance({ url: "ftp://x", salt: "", players: ["a"], currency: "eur" });
    assert.equal(report.abort?.code, "BAD_OPTIONS");
    for (const part of [/http/, /salt/, /two test players/, /currency/])
      assert.match(report.abort?.message ?? "", part);
  });

  it("an unknown --only name is BAD_OPTIONS", async () => {
    const report = await runConformance(kitOptions(running.url, { only: ["rollback", "no.such-check"] }));
    assert.equal(report.abort?.code, "BAD_OPTIONS");
    assert.match(report.abort?.message ?? "", /no\.such-check/);
  });

  it("--only runs just the named checks and areas, in run order", async () => {
    const report = await runConformance(
      kitOptions(running.url, { only: ["debit.insufficient-funds", "rollback"] }),
    );
    assert.equal(report.status, "passed");
    assert.deepEqual(
      report.checks.map((c) => c.id),
      [
        "debit.insufficient-funds",
        "rollback.debit-once",
        "rollback.credit-once",
        "rollback.unknown-original",
        "rollback.late-original",
        "rollback.refused-original",
        "rollback.amount-mismatch",
      ],
    );
  });
});
