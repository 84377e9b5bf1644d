#!/usr/bin/env node
import { writeFile } from "node:fs/promises";
import { ALL_CHECKS } from "../checks/index.ts";
import { toJson } from "../report/json-report.ts";
import { toJunitXml } from "../report/junit-report.ts";
import { progressPrinter } from "../report/progress.ts";
import { painterFor } from "../report/style.ts";
import { toText } from "../report/text-report.ts";
import { runConformance } from "../runner/run-conformance.ts";
import { KIT_VERSION } from "../version.ts";
import { parseCli, USAGE } from "./parse-args.ts";

/** Exit codes, as documented in --help and the README. */
const EXIT_PASSED = 0;
const EXIT_FAILED = 1;
const EXIT_USAGE = 2;

/**
 * The `croupier-conformance` command. Progress goes to stderr, the report to stdout, and the
 * exit code is the verdict: 0 passed, 1 a required check failed, 2 usage error or unreachable.
 */
async function main(argv: readonly string[]): Promise<number> {
  const command = parseCli(argv, process.env);
  switch (command.kind) {
    case "help":
      process.stdout.write(USAGE);
      return EXIT_PASSED;
    case "version":
      process.stdout.write(`${KIT_VERSION}\n`);
      return EXIT_PASSED;
    case "list":
      for (const check of ALL_CHECKS) {
        process.stdout.write(
          `${check.id.padEnd(40)} ${check.required ? "required" : "advisory"}  ${check.title}\n`,
        );
      }
      return EXIT_PASSED;
    case "usage-error":
      process.stderr.write(`croupier-conformance: ${command.message}\n\n${USAGE}`);
      return EXIT_USAGE;
    case "run":
      break;
  }

  // First Ctrl-C: finish the check in progress, roll back and settle balances, then stop.
  // A second one exits at once (Node's default), leaving the balances as they are.
  const stop = new AbortController();
  process.once("SIGINT", () => {
    process.stderr.write("\nStopping after this check; rolling back (Ctrl-C again to quit at once)…\n");
    stop.abort();
    process.once("SIGINT", () => process.exit(130));
  });
  const report = await runConformance(command.options, {
    onProgress: progressPrinter(process.stderr),
    signal: stop.signal,
  });
  process.stdout.write(toText(report, painterFor(process.stdout)));
  try {
    if (command.jsonPath !== undefined) await writeFile(command.jsonPath, toJson(report));
    if (command.junitPath !== undefined) await writeFile(command.junitPath, toJunitXml(report));
  } catch (error) {
    process.stderr.write(`croupier-conformance: could not write the report: ${(error as Error).message}\n`);
    return EXIT_USAGE;
  }
  if (report.status === "aborted") return EXIT_USAGE;
  return report.status === "passed" ? EXIT_PASSED : EXIT_FAILED;
}

// A reader that stops early (`| head`) is not an error of the run.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE") throw error;
  });
}
process.exitCode = await main(process.argv.slice(2));
