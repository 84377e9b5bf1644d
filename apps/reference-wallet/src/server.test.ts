import assert from "node:assert/strict";
import { execFile, spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { mkdtemp, rm, stat } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

const appDir = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const serverScript = path.join(appDir, "src", "server.ts");
const run = promisify(execFile);

/** The environment of a fresh checkout: nothing of ours set, whatever the test runner had. */
function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME };
  return { ...env, ...extra };
}

function startServer(env: Record<string, string>): {
  child: ChildProcess;
  output: () => string;
  stderr: () => string;
} {
  const child = spawn(process.execPath, [serverScript], { cwd: appDir, env: cleanEnv(env), stdio: "pipe" });
  let out = "";
  let err = "";
  child.stdout!.on("data", (chunk: Buffer) => (out += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (err += chunk.toString()));
  return { child, output: () => out, stderr: () => err };
}

async function waitFor(
  condition: () => boolean,
  what: string,
  child: ChildProcess,
  output: () => string,
): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (!condition()) {
    if (child.exitCode !== null) throw new Error(`server exited (${child.exitCode}) before ${what}`);
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; output so far:\n${output()}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe("server.ts as a child process", () => {
  let dataDir: string;
  let server: ReturnType<typeof startServer>;
  let baseUrl: string;

  before(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), "reference-wallet-server-"));
    server = startServer({ PORT: "0", DATA_DIR: path.join(dataDir, "nested"), DEMO_MODE: "true" });
    // The banner ends with a rule after the sign-call hint; log lines may follow it at any time.
    await waitFor(
      () => /Sign a fresh one[\s\S]*\n-{78}\n/.test(server.output()),
      "the end of the start-up banner",
      server.child,
      server.output,
    );
    const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(server.output());
    assert.ok(match, server.output());
    baseUrl = match[1]!;
  });

  after(async () => {
    if (server.child.exitCode === null) server.child.kill("SIGKILL");
    await rm(dataDir, { recursive: true, force: true });
  });

  it("creates DATA_DIR and its SQLite file, seeds and lists the demo players", async () => {
    assert.ok((await stat(path.join(dataDir, "nested", "wallet.sqlite"))).isFile());
    const banner = server.output();
    for (const id of ["demo-eur-1", "demo-eur-2", "demo-eur-3", "demo-usd-1", "demo-jpy-1", "demo-kwd-1"]) {
      assert.ok(banner.includes(id), `banner lists ${id}`);
    }
    assert.match(banner, /Demo admin token: demo-admin-token/);
    assert.match(banner, /PUBLIC demo salt/);
    assert.match(banner, /1000\.000 KWD/);
  });

  it("answers /healthz", async () => {
    const response = await fetch(`${baseUrl}/healthz`);
    assert.equal(response.status, 200);
    assert.deepEqual(await response.json(), { status: "ok" });
  });

  it("prints a curl line that works as pasted", async () => {
    const line = server
      .output()
      .split("\n")
      .find((l) => l.trim().startsWith("curl -sS -X POST"));
    assert.ok(line, "a signed curl line");
    assert.ok(line.includes(`${baseUrl}/wallet`));
    const { stdout } = await run("sh", ["-c", line.trim()]);
    const answer = JSON.parse(stdout) as { status: string; balance: number };
    assert.equal(answer.status, "ok");
    assert.equal(answer.balance, 100_000);
  });

  it("prints a node one-liner that signs and sends a fresh call", async () => {
    const line = server
      .output()
      .split("\n")
      .find((l) => l.trim().startsWith("node ") && l.includes("sign-call.ts"));
    assert.ok(line, "a sign-call one-liner");
    // Run it with this Node (24), whatever `node` is first on PATH here.
    const command = line.trim().replace(/^node /, `${JSON.stringify(process.execPath)} `);
    const { stdout } = await run("sh", ["-c", command], { cwd: appDir, env: cleanEnv({}) });
    assert.equal((JSON.parse(stdout) as { status: string }).status, "ok");
  });

  it("admin API accepts the printed demo token", async () => {
    const response = await fetch(`${baseUrl}/admin/players/demo-jpy-1`, {
      headers: { authorization: "Bearer demo-admin-token" },
    });
    assert.equal(response.status, 200);
    assert.equal(((await response.json()) as { currency: string }).currency, "JPY");
  });

  it("stops cleanly on SIGTERM", async () => {
    const exited = once(server.child, "exit");
    server.child.kill("SIGTERM");
    const [code, signal] = (await exited) as [number | null, string | null];
    assert.equal(signal, null);
    assert.equal(code, 0, server.stderr());
    assert.match(server.output(), /"msg":"stopped"/);
  });
});

describe("server.ts with a bad configuration", () => {
  it("exits 1 with a clear line when the database cannot be reached", async () => {
    const server = startServer({ PORT: "0", DATABASE_URL: "postgres://nobody@127.0.0.1:1/none" });
    const [code] = (await once(server.child, "exit")) as [number | null];
    assert.equal(code, 1);
    assert.match(server.output(), /cannot open the wallet store \(DATABASE_URL\)/);
    assert.match(server.output(), /ECONNREFUSED/);
  });

  it("exits 1 naming every problem, before opening anything", async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), "reference-wallet-badconf-"));
    try {
      const server = startServer({
        PORT: "nope",
        NODE_ENV: "production",
        DATA_DIR: path.join(dataDir, "never"),
      });
      const [code] = (await once(server.child, "exit")) as [number | null];
      assert.equal(code, 1);
      const stderr = server.stderr();
      assert.match(stderr, /invalid configuration/);
      assert.match(stderr, /PORT must be an integer from 0 to 65535; got "nope"/);
      assert.match(stderr, /SALT_KEYS is required outside demo mode/);
      assert.match(stderr, /ADMIN_TOKEN is required outside demo mode/);
      await assert.rejects(stat(path.join(dataDir, "never")), { code: "ENOENT" });
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
