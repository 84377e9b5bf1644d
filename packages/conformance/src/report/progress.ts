import type { ProgressEvent } from "../runner/types.ts";
import { painterFor, statusLabel } from "./style.ts";

/**
 * A live progress display for `runConformance`'s `onProgress`. On a TTY each check shows as
 * "running" and is replaced by its verdict when it ends; elsewhere (CI logs) one plain line is
 * written per finished check.
 *
 * @example
 * await runConformance(options, { onProgress: progressPrinter(process.stderr) });
 */
export function progressPrinter(stream: NodeJS.WriteStream): (event: ProgressEvent) => void {
  const tty = stream.isTTY === true;
  const paint = painterFor(stream);
  return (event) => {
    if (event.type === "run-start") {
      stream.write(`Running ${event.checks.length} checks (run ${event.runId})\n`);
    } else if (event.type === "check-start" && tty) {
      stream.write(`${paint("gray", "....")} ${counter(event.index, event.total)} ${event.check.id}`);
    } else if (event.type === "check-end") {
      const r = event.result;
      const line = `${statusLabel(r.status, r.required, paint)} ${counter(event.index, event.total)} ${r.id.padEnd(40)} ${String(r.durationMs).padStart(5)} ms`;
      stream.write(tty ? `\r\x1b[2K${line}\n` : `${line}\n`);
    }
  };
}

function counter(index: number, total: number): string {
  const width = String(total).length;
  return `[${String(index + 1).padStart(width)}/${total}]`;
}
