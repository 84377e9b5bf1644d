import { spawn, type ChildProcess } from "node:child_process";
import { createInterface } from "node:readline";

/** A child process whose output lines are printed with a `[name]` prefix. */
export interface NamedChild {
  readonly name: string;
  readonly process: ChildProcess;
  /** Resolves with the exit code (or the signal's name) once it has exited. */
  readonly exited: Promise<number | string>;
}

export function startChild(
  name: string,
  script: string,
  env: NodeJS.ProcessEnv,
  write: (line: string) => void,
  nodeFlags: readonly string[] = [],
): NamedChild {
  const child = spawn(process.execPath, [...nodeFlags, script], { env, stdio: ["ignore", "pipe", "pipe"] });
  const prefix = `[${name}]`.padEnd(11);
  createInterface({ input: child.stdout! }).on("line", (line) => write(`${prefix}${line}`));
  createInterface({ input: child.stderr! }).on("line", (line) => write(`${prefix}${line}`));
  const exited = new Promise<number | string>((resolve) =>
    child.once("exit", (code, signal) => resolve(code ?? signal ?? "unknown")),
  );
  return { name, process: child, exited };
}

/** SIGTERM, then SIGKILL if it has not exited within `graceMs`. */
export async function stopChild(child: NamedChild, graceMs: number): Promise<number | string> {
  if (child.process.exitCode !== null || child.process.signalCode !== null) return child.exited;
  child.process.kill("SIGTERM");
  const timer = setTimeout(() => child.process.kill("SIGKILL"), graceMs);
  try {
    return await child.exited;
  } finally {
    clearTimeout(timer);
  }
}

/** Polls `url` until it answers 200; rejects if the child exits first or the deadline passes. */
export async function waitForHealth(url: string, child: NamedChild, deadlineMs: number): Promise<void> {
  const until = Date.now() + deadlineMs;
  let exited = false;
  void child.exited.then(() => (exited = true));
  for (;;) {
    if (exited) throw new Error(`${child.name} exited before it was ready`);
    try {
      if ((await fetch(url)).status === 200) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > until) throw new Error(`${child.name} did not answer ${url} within ${deadlineMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
