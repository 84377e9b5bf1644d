import { fork, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import type { UsageReport } from "./targets/child-ready.ts";

/** Seeding 10 000 players on a slow disk takes a while; a target silent longer than this is stuck. */
const START_TIMEOUT_MS = 180_000;
const STOP_TIMEOUT_MS = 15_000;

export interface RunningTarget {
  readonly port: number;
  /** Starts the server's CPU and event-loop accounting (call after the warm-up). */
  mark(): void;
  /** What the server spent since `mark()`. */
  report(): Promise<UsageReport>;
  stop(): Promise<void>;
}

/** Forks a bench target and waits for its `{ type: "ready", port }` message. */
export async function startTarget(
  script: string,
  options: { env: Record<string, string>; cpuProfileDir?: string | undefined; preload?: string | undefined },
): Promise<RunningTarget> {
  const execArgv = [
    ...(options.cpuProfileDir === undefined ? [] : ["--cpu-prof", `--cpu-prof-dir=${options.cpuProfileDir}`]),
    ...(options.preload === undefined ? [] : ["--import", options.preload]),
  ];
  const child: ChildProcess = fork(script, [], {
    env: { ...process.env, ...options.env },
    execArgv,
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${script} did not start in time`)), START_TIMEOUT_MS);
    child.on("message", (message: { type?: string; port?: number }) => {
      if (message.type === "ready" && typeof message.port === "number") {
        clearTimeout(timer);
        resolve(message.port);
      }
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`${script} exited with ${code} before it was ready`));
    });
  });
  return {
    port,
    mark() {
      child.send({ type: "mark" });
    },
    async report() {
      const reply = new Promise<UsageReport>((resolve) => {
        const listener = (message: { type?: string }) => {
          if (message.type !== "report") return;
          child.off("message", listener);
          resolve(message as UsageReport);
        };
        child.on("message", listener);
      });
      child.send({ type: "report" });
      return await reply;
    },
    async stop() {
      if (child.exitCode !== null) return;
      const exited = once(child, "exit");
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), STOP_TIMEOUT_MS);
      await exited;
      clearTimeout(timer);
    },
  };
}
