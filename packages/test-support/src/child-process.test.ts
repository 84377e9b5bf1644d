import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { describe, test } from "node:test";
import { childEnv, waitForChildLine } from "./child-process.ts";

const run = (code: string, env: NodeJS.ProcessEnv = process.env) =>
  spawn(process.execPath, ["-e", code], { env, stdio: ["ignore", "pipe", "pipe"] });

describe("waiting on a child process", () => {
  test("resolves with the first matching line", async () => {
    const child = run(`console.log("starting"); console.log('{"port": 41}'); setTimeout(() => {}, 200)`);
    assert.equal(await waitForChildLine(child, /^\{"port"/), '{"port": 41}');
  });

  test("rejects as soon as the child exits without the line, with what it printed", async () => {
    const child = run(`console.error("cannot connect to the database"); process.exit(3)`);
    // A deadline far beyond the test runner's own: only the exit can end this wait.
    await assert.rejects(
      waitForChildLine(child, /^\{"port"/, 10 * 60_000),
      /exited \(3\)[\s\S]*cannot connect/,
    );
  });

  test("childEnv sets the named variables instead of inheriting the parent's", async () => {
    const env = childEnv(
      { TEST_DATABASE_URL: undefined, TEST_SQLITE_FILE: "/tmp/x.sqlite" },
      {
        PATH: process.env.PATH,
        TEST_DATABASE_URL: "postgres://parent/db",
      },
    );
    const child = run(
      `console.log(JSON.stringify([process.env.TEST_DATABASE_URL, process.env.TEST_SQLITE_FILE]))`,
      env,
    );
    assert.equal(await waitForChildLine(child, /^\[/), '["","/tmp/x.sqlite"]');
  });
});
