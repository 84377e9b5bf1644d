import { spawn, type SpawnOptions } from "node:child_process";

/** What a finished command left. */
export interface CommandResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs a command to its end and collects its output. Never rejects on a non-zero exit: the
 * caller asserts on `code` and shows `stderr`.
 *
 * @example
 * const { code, stdout } = await runCommand("npm", ["--version"], { cwd });
 */
export function runCommand(
  command: string,
  args: readonly string[],
  options: SpawnOptions,
): Promise<CommandResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { ...options, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout?.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr?.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.once("error", reject);
    child.once("close", (code) => resolve({ code, stdout, stderr }));
  });
}

/**
 * Runs a command and returns its stdout; a non-zero exit rejects with its output, so that a
 * failing step of the scratch install says what npm or tsc printed.
 */
export async function mustRun(
  command: string,
  args: readonly string[],
  options: SpawnOptions,
): Promise<string> {
  const result = await runCommand(command, args, options);
  if (result.code !== 0) {
    throw new Error(`${command} ${args.join(" ")} exited ${result.code}\n${result.stdout}\n${result.stderr}`);
  }
  return result.stdout;
}

/** `env` with `binDir` first on PATH, so that `node` (and `#!/usr/bin/env node`) is that one. */
export function envWithNode(binDir: string, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return { ...process.env, PATH: `${binDir}:${process.env.PATH ?? ""}`, ...extra };
}
