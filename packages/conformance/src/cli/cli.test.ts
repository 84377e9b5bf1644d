import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { fileURLToPath } from "node:url";
import type { RunningWallet } from "../testing/broken-wallets/serve.ts";
import { startTestWallet, TEST_PLAYERS, TEST_SALT } from "../testing/harness.ts";

const MAIN = fileURLToPath(new URL("./main.ts", import.meta.url));
const PLAYERS = Object.keys(TEST_PLAYERS).join(",");

interface Result {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the CLI as an operator would, in its own process. */
function cli(args: readonly string[], env: Record<string, string> = {}): Promise<Result> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [MAIN, ...args], {
      env: { ...process.env, NO_COLOR: "1", CROUPIER_SALT: "", ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

// Each test spawns its own process against its own wallet or files, so they may run at once.
describe("croupier-conformance CLI", { concurrency: true }, () => {
  let good: RunningWallet;
  let broken: RunningWallet;
  let dir: string;
  before(async () => {
    good = await startTestWallet("none");
    broken = await startTestWallet("currency-ignored");
    dir = await mkdtemp(path.join(os.tmpdir(), "conformance-cli-"));
  });
  after(async () => {
    await good.close();
    await broken.close();
    await rm(dir, { recursive: true, force: true });
  });

  it("exits 0 against a correct wallet, with a progress line per check and the reports written", async () => {
    const json = path.join(dir, "report.json");
    const junit = path.join(dir, "report.xml");
    const run = await cli([
      ...["--url", good.url, "--salt", TEST_SALT, "--players", PLAYERS, "--currency", "EUR"],
      ...["--json", json, "--junit", junit],
    ]);
    assert.equal(run.code, 0, run.stdout + run.stderr);
    assert.match(run.stdout, /PASSED: every required check passed\./);
    // Not a TTY: one plain line per finished check on stderr.
    assert.match(run.stderr, /^PASS \[ 1\/\d+\] balance\.shape +\d+ ms$/m);
    assert.match(run.stderr, /^SKIP \[\d+\/\d+\] security\.body-signature/m);
    assert.ok(!run.stderr.includes("\u001b["), "no terminal escapes when not a TTY");
    const report = JSON.parse(await readFile(json, "utf8"));
    assert.equal(report.status, "passed");
    assert.match(await readFile(junit, "utf8"), /<testsuites name="croupier-conformance"/);
  });

  it("exits 1 when a required check fails, and shows the failure's evidence", async () => {
    const run = await cli([
      "--url",
      broken.url,
      "--salt",
      TEST_SALT,
      "--players",
      PLAYERS,
      "--currency",
      "EUR",
    ]);
    assert.equal(run.code, 1);
    assert.match(run.stderr, /^FAIL \[\d+\/\d+\] player\.currency-mismatch/m);
    assert.match(run.stdout, /FAIL player\.currency-mismatch \(required\)/);
    assert.match(run.stdout, /expected: error CURRENCY_MISMATCH/);
    assert.match(run.stdout, /"currency":"USD"/);
  });

  it("takes the salt from CROUPIER_SALT and honours --only", async () => {
    // Its own wallet: the full run above plays with the same test players at the same time.
    const own = await startTestWallet("none");
    try {
      const run = await cli(
        ["--url", own.url, "--players", PLAYERS, "--currency", "eur", "--only", "rollback.late-original"],
        { CROUPIER_SALT: TEST_SALT },
      );
      assert.equal(run.code, 0, run.stdout + run.stderr);
      assert.match(run.stdout, /1 checks in/);
    } finally {
      await own.close();
    }
  });

  it("exits 2 with a clear message when nothing answers at the URL", async () => {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    await new Promise<void>((resolve) => server.close(() => resolve()));
    const json = path.join(dir, "unreachable.json");
    const run = await cli([
      ...["--url", `http://127.0.0.1:${port}/wallet`, "--salt", TEST_SALT, "--players", PLAYERS],
      ...["--currency", "EUR", "--json", json],
    ]);
    assert.equal(run.code, 2);
    assert.match(
      run.stdout,
      /ABORTED \(UNREACHABLE\): No answer from http:\/\/127\.0\.0\.1:\d+\/wallet: .*ECONNREFUSED/,
    );
    assert.equal(JSON.parse(await readFile(json, "utf8")).status, "aborted");
  });

  it("exits 2 on usage errors, naming what is missing or wrong", async () => {
    const missing = await cli(["--url", good.url, "--players", PLAYERS]);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /missing --salt \(or CROUPIER_SALT\), --currency/);
    assert.match(missing.stderr, /Usage: croupier-conformance/);
    const onePlayer = await cli([
      "--url",
      good.url,
      "--salt",
      "s",
      "--players",
      "only-one",
      "--currency",
      "EUR",
    ]);
    assert.equal(onePlayer.code, 2);
    assert.match(onePlayer.stdout, /BAD_OPTIONS.*two test players/);
  });

  it("--list exits 0", async () => {
    const list = await cli(["--list"]);
    assert.equal(list.code, 0);
    assert.match(list.stdout, /^debit\.insufficient-funds +required/m);
    assert.match(list.stdout, /^security\.key-before-timestamp +advisory/m);
  });
});
