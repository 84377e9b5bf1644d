import type { ChildProcess } from "node:child_process";
import { createInterface } from "node:readline";

/** Longest a test waits for a child's line before giving up (a start on a busy 2-core machine). */
export const CHILD_LINE_DEADLINE_MS = 60_000;

/**
 * The first line of the child's stdout that matches, or a rejection as soon as the child exits
 * (or the deadline passes) without printing one, carrying everything it printed: a child that
 * dies at start fails the test at once, with its reason, instead of leaving it waiting forever.
 *
 * @example
 * const child = spawn(process.execPath, [script], { stdio: ["ignore", "pipe", "pipe"] });
 * const line = await waitForChildLine(child, /^\{"port"/);
 */
export function waitForChildLine(
  child: ChildProcess,
  pattern: RegExp,
  deadlineMs: number = CHILD_LINE_DEADLINE_MS,
): Promise<string> {
  const output: string[] = [];
  return new Promise<string>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    const errors = child.stderr === null ? undefined : createInterface({ input: child.stderr });
    const finish = (settle: () => void) => {
      clearTimeout(timer);
      child.off("exit", onExit);
      lines.off("line", onLine);
      errors?.off("line", onError);
      settle();
    };
    const onLine = (line: string) => {
      output.push(line);
      if (pattern.test(line)) finish(() => resolve(line));
    };
    const onError = (line: string) => output.push(line);
    const onExit = (code: number | null, signal: NodeJS.Signals | null) =>
      finish(() =>
        reject(
          new Error(`child exited (${code ?? signal}) before printing ${pattern}:\n${output.join("\n")}`),
        ),
      );
    const timer = setTimeout(
      () =>
        finish(() =>
          reject(new Error(`child printed no ${pattern} within ${deadlineMs} ms:\n${output.join("\n")}`)),
        ),
      deadlineMs,
    );
    lines.on("line", onLine);
    errors?.on("line", onError);
    child.once("exit", onExit);
    if (child.exitCode !== null || child.signalCode !== null) onExit(child.exitCode, child.signalCode);
  });
}

/**
 * An environment for a child process that must open the database the test names, and no other:
 * every variable in `values` is set, to "" when the test gives no value, rather than inherited, so
 * a developer's TEST_DATABASE_URL or DATABASE_URL never redirects the child.
 *
 * @example
 * spawn(process.execPath, [script], {
 *   env: childEnv({ TEST_DATABASE_URL: db.location.databaseUrl, TEST_SQLITE_FILE: db.location.sqliteFile }),
 * });
 */
export function childEnv(
  values: Readonly<Record<string, string | undefined>>,
  base: NodeJS.ProcessEnv = process.env,
): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...base };
  for (const [name, value] of Object.entries(values)) env[name] = value ?? "";
  return env;
}
