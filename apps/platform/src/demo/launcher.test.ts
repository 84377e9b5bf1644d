// The root `npm start`: the launcher with both servers as child processes, the seed, the banner's
// curl line, a restart that prints the same credential, and stopping when either server dies.
import assert from "node:assert/strict";
import { execFile, spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { networkInterfaces, tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { promisify } from "node:util";
import { after, describe, test } from "node:test";
import { freePort } from "../e2e/support/platform-process.ts";

const LAUNCHER = new URL("./launcher.ts", import.meta.url).pathname;

interface Launched {
  readonly child: ChildProcess;
  readonly lines: string[];
  readonly exited: Promise<number | null>;
}

function launch(env: Record<string, string>): Promise<Launched> {
  const child = spawn(process.execPath, [LAUNCHER], {
    env: { PATH: process.env.PATH ?? "", LOG_LEVEL: "warn", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const lines: string[] = [];
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const onLine = (line: string) => {
      lines.push(line);
      if (line.startsWith("Then read the history")) resolve({ child, lines, exited });
    };
    createInterface({ input: child.stdout! }).on("line", onLine);
    createInterface({ input: child.stderr! }).on("line", onLine);
    void exited.then((code) => reject(new Error(`launcher exited ${code}:\n${lines.join("\n")}`)));
  });
}

function pidOf(lines: readonly string[], name: string): number {
  const line = [...lines].reverse().find((l) => l.includes(`${name} started, pid`));
  return Number(/pid (\d+)/.exec(line ?? "")?.[1]);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe("npm start: the demo launcher", { timeout: 120_000 }, () => {
  const dataDir = mkdtempSync(join(tmpdir(), "croupier-demo-"));
  const running: ChildProcess[] = [];
  after(() => {
    for (const child of running) if (child.exitCode === null) child.kill("SIGKILL");
    rmSync(dataDir, { recursive: true, force: true });
  });

  test("first start seeds, the pasted curl launches a game, a restart prints the same credential", async () => {
    const port = await freePort();
    const env = {
      DATA_DIR: dataDir,
      PORT: String(port),
      WALLET_PORT: String(await freePort()),
      PUBLIC_URL: `http://127.0.0.1:${port}`,
    };
    const first = await launch(env);
    running.push(first.child);
    const curl = first.lines.find((l) => l.trim().startsWith("curl -sS -X POST"))!.trim();
    const { stdout } = await promisify(execFile)("sh", ["-c", curl]);
    const session = JSON.parse(stdout) as { launch_url: string; session_id: string };
    // Opening the launch URL asks the wallet for the balance: salts and callback URL are in sync.
    const opened = await fetch(session.launch_url, { redirect: "manual" });
    assert.equal(opened.status, 302, await opened.text());
    const saved = JSON.parse(readFileSync(join(dataDir, "demo-credentials.json"), "utf8")) as {
      apiToken: string;
    };
    assert.ok(first.lines.some((l) => l.trim() === saved.apiToken));
    // The demo listens on loopback only (its admin password is on the screen): this machine's
    // other addresses do not answer.
    const outside = Object.values(networkInterfaces())
      .flat()
      .filter((a) => a !== undefined && !a.internal && a.family === "IPv4");
    for (const address of outside) {
      await assert.rejects(fetch(`http://${address!.address}:${port}/healthz`), `not on ${address!.address}`);
    }
    const pids = [pidOf(first.lines, "wallet"), pidOf(first.lines, "platform")];
    first.child.kill("SIGTERM");
    assert.equal(await first.exited, 0);
    assert.deepEqual(pids.map(alive), [false, false]);

    const second = await launch(env);
    running.push(second.child);
    assert.ok(
      second.lines.some((l) => l.trim() === saved.apiToken),
      "the same credential is printed again",
    );
    const me = await fetch(`http://127.0.0.1:${port}/v1/sessions/${session.session_id}`, {
      headers: { authorization: `Bearer ${saved.apiToken}` },
    });
    assert.equal(me.status, 200, "same operator, same data");
    // If one server dies, the launcher stops the other and exits with an error.
    const platformPid = pidOf(second.lines, "platform");
    process.kill(pidOf(second.lines, "wallet"), "SIGKILL");
    assert.equal(await second.exited, 1);
    assert.equal(alive(platformPid), false);
  });
});
