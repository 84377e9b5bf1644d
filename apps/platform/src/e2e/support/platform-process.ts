// Test support: the platform as a real process (`node src/server.ts`), started, killed and
// restarted on a fixed port so clients keep one URL across restarts.
import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import { createInterface } from "node:readline";
import { PLATFORM_NODE_FLAGS } from "../../node-flags.ts";

const SERVER = new URL("../../server.ts", import.meta.url).pathname;
const DEFAULT_START_DEADLINE_MS = 30_000;
const KEPT_LINES = 200;

/** A port nothing listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export interface PlatformProcess {
  readonly url: string;
  readonly running: boolean;
  /** Starts the server and resolves once /healthz answers. */
  start(): Promise<void>;
  /** SIGKILL: no cleanup of any kind, as after a power cut or the OOM killer. */
  kill(): Promise<void>;
  /** SIGTERM and wait; resolves with the exit code. */
  stop(): Promise<number | null>;
  /** The last lines the process wrote (for failure messages). */
  output(): string[];
}

/**
 * `startDeadlineMs`: how long a start may take before it counts as failed. A soak on a loaded
 * machine restarts the server over a hundred times and must not stop for one slow start.
 */
export function platformProcess(
  env: Readonly<Record<string, string>>,
  port: number,
  startDeadlineMs = DEFAULT_START_DEADLINE_MS,
): PlatformProcess {
  const url = `http://127.0.0.1:${port}`;
  const lines: string[] = [];
  let child: ChildProcess | undefined;
  let exited: Promise<number | null> = Promise.resolve(null);

  const keep = (line: string) => {
    lines.push(line);
    if (lines.length > KEPT_LINES) lines.shift();
  };

  return {
    url,
    get running() {
      return child !== undefined && child.exitCode === null && child.signalCode === null;
    },
    async start() {
      const spawned = spawn(process.execPath, [...PLATFORM_NODE_FLAGS, SERVER], {
        env: {
          PATH: process.env.PATH ?? "",
          HOST: "127.0.0.1",
          PORT: String(port),
          LOG_LEVEL: "warn",
          // The tests' wallets listen on loopback, which callback URLs may reach only when enabled.
          ALLOW_PRIVATE_CALLBACK_URLS: "true",
          ...env,
        },
        stdio: ["ignore", "pipe", "pipe"],
      });
      child = spawned;
      createInterface({ input: spawned.stdout! }).on("line", keep);
      createInterface({ input: spawned.stderr! }).on("line", keep);
      exited = new Promise((resolve) => spawned.once("exit", (code) => resolve(code)));
      const until = Date.now() + startDeadlineMs;
      for (;;) {
        if (spawned.exitCode !== null)
          throw new Error(`platform exited with ${spawned.exitCode}:\n${lines.join("\n")}`);
        try {
          const health = await fetch(`${url}/healthz`);
          if (health.status === 200) return;
        } catch {
          // not listening yet
        }
        if (Date.now() > until) throw new Error(`platform did not start:\n${lines.join("\n")}`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    },
    async kill() {
      child?.kill("SIGKILL");
      await exited;
    },
    async stop() {
      child?.kill("SIGTERM");
      return exited;
    },
    output: () => [...lines],
  };
}
