import assert from "node:assert/strict";
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { after, describe, test } from "node:test";

import { BUILT_IN_TITLES } from "./builtin-studio/catalogue-titles.ts";
import { PLATFORM_NODE_FLAGS } from "./node-flags.ts";

const SERVER = new URL("./server.ts", import.meta.url).pathname;

interface Started {
  child: ChildProcess;
  url: string;
  lines: string[];
}

/** Starts server.ts as a real process; resolves with its URL once it listens, or rejects with its output. */
function startServer(
  env: Record<string, string>,
  nodeFlags: readonly string[] = PLATFORM_NODE_FLAGS,
): Promise<Started> {
  const child = spawn(process.execPath, [...nodeFlags, SERVER], {
    env: { PATH: process.env.PATH ?? "", HOST: "127.0.0.1", PORT: "0", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const lines: string[] = [];
  return new Promise((resolve, reject) => {
    const onLine = (line: string) => {
      lines.push(line);
      const match = /"msg":"Server listening at (http:\/\/127\.0\.0\.1:\d+)"/.exec(line);
      if (match?.[1] !== undefined) resolve({ child, url: match[1], lines });
    };
    createInterface({ input: child.stdout! }).on("line", onLine);
    createInterface({ input: child.stderr! }).on("line", onLine);
    child.on("exit", (code) =>
      reject(Object.assign(new Error(`server exited with ${code}`), { code, lines })),
    );
  });
}

function exitCode(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) resolve(child.exitCode);
    else child.on("exit", (code) => resolve(code));
  });
}

describe("server.ts", () => {
  const dataDir = mkdtempSync(join(tmpdir(), "croupier-server-"));
  after(() => rmSync(dataDir, { recursive: true, force: true }));

  test("first start: migrates, creates the key file and the first admin, serves, stops cleanly on SIGTERM", async () => {
    const started = await startServer({
      DATA_DIR: dataDir,
      ADMIN_EMAIL: "first@croupier.test",
      ADMIN_PASSWORD: "first admin password",
    });
    try {
      assert.ok(existsSync(join(dataDir, "secret.key")));
      assert.ok(existsSync(join(dataDir, "platform.sqlite")));
      assert.ok(started.lines.some((l) => l.includes("CROUPIER_SECRET_KEY is not set")));
      assert.ok(!started.lines.some((l) => l.includes("Started without")), "started with its V8 flags");
      const health = await fetch(`${started.url}/healthz`);
      assert.equal(health.status, 200);
      const login = await fetch(`${started.url}/admin/login`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ email: "first@croupier.test", password: "first admin password" }),
      });
      assert.equal(login.status, 200);
      // Without the demo, the built-in studio and its titles are registered.
      const { token } = (await login.json()) as { token: string };
      const games = await fetch(`${started.url}/admin/catalogue/games?limit=200`, {
        headers: { authorization: `Bearer ${token}` },
      });
      const gameIds = ((await games.json()) as { items: Array<{ id: string; provider: string }> }).items;
      assert.deepEqual(gameIds.map((g) => g.id).sort(), BUILT_IN_TITLES.map((t) => t.id).sort());
      // Every log line of a request carries its id.
      const requestLines = started.lines.filter((l) => l.includes('"url":"/healthz"'));
      assert.ok(requestLines.length > 0 && requestLines.every((l) => l.includes('"reqId"')));
      // Secrets never reach the log.
      assert.ok(!started.lines.some((l) => l.includes("first admin password")));
      // Nor do the tokens of player URLs (/play/sst_…, /launch/lt_…), in request lines or errors.
      const secret = randomBytes(32).toString("base64url");
      for (const path of [`/play/sst_${secret}`, `/launch/lt_${secret}`, `/play/sst_${secret}%E0`]) {
        assert.ok((await fetch(`${started.url}${path}`, { redirect: "manual" })).status >= 400, path);
      }
      // The log is written asynchronously: wait for the last request's line.
      const deadline = Date.now() + 10_000;
      while (!started.lines.some((l) => l.includes("/launch/lt_") && l.includes("request completed"))) {
        assert.ok(Date.now() < deadline, `the requests were logged:\n${started.lines.join("\n")}`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      assert.ok(
        started.lines.some((l) => l.includes("/play/sst_[redacted]")),
        "the request is logged, its token redacted",
      );
      assert.deepEqual(
        started.lines.filter((l) => l.includes(secret)),
        [],
        "no log line carries a token",
      );
    } finally {
      started.child.kill("SIGTERM");
    }
    assert.equal(await exitCode(started.child), 0);
  });

  test("npm start gives the V8 flags; started without them, it says which are missing", async () => {
    const manifest = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as {
      scripts: { start: string };
    };
    assert.equal(manifest.scripts.start, `node ${PLATFORM_NODE_FLAGS.join(" ")} src/server.ts`);
    const bare = mkdtempSync(join(tmpdir(), "croupier-server-flags-"));
    try {
      const started = await startServer({ DATA_DIR: bare }, ["--no-minor-gc-task"]);
      try {
        const warning = started.lines.find((l) => l.includes("Started without"));
        assert.ok(warning?.includes("Started without --max-semi-space-size=8:"), warning);
      } finally {
        started.child.kill("SIGTERM");
      }
      assert.equal(await exitCode(started.child), 0);
    } finally {
      rmSync(bare, { recursive: true, force: true });
    }
  });

  test("a restart with another secret key refuses to start, naming the cause", async () => {
    const failed = await startServer({
      DATA_DIR: dataDir,
      CROUPIER_SECRET_KEY: randomBytes(32).toString("base64"),
    }).then(
      () => assert.fail("the server must not start"),
      (error: { code: number; lines: string[] }) => error,
    );
    assert.equal(failed.code, 1);
    assert.ok(failed.lines.some((l) => l.includes("not the key this database was set up with")));
  });

  test("invalid configuration exits 1 listing every problem", async () => {
    const failed = await startServer({ DATA_DIR: dataDir, PORT: "http", LOG_LEVEL: "chatty" }).then(
      () => assert.fail("the server must not start"),
      (error: { code: number; lines: string[] }) => error,
    );
    assert.equal(failed.code, 1);
    const output = failed.lines.join("\n");
    assert.match(output, /PORT/);
    assert.match(output, /LOG_LEVEL/);
  });
});
