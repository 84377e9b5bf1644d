// `npm run rtp -- --title X` at the repository root must reach the CLI with its flags: the root
// script runs the workspace's script through a nested `npm run`, which keeps only what follows
// its own `--` (issue 12, item 23). A quick run with few rounds and nothing written.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { test } from "node:test";

const ROOT = join(import.meta.dirname, "..", "..", "..", "..");

test("npm run rtp -- --title X --rounds N --no-write at the root simulates only X, N rounds", () => {
  const run = spawnSync(
    "npm",
    ["run", "--silent", "rtp", "--", "--title", "lucky-sevens", "--rounds", "2000", "--no-write"],
    {
      cwd: ROOT,
      encoding: "utf8",
      // The nested scripts must find this Node (24), not the machine's own.
      env: { ...process.env, PATH: `${dirname(process.execPath)}:${process.env.PATH ?? ""}` },
      timeout: 60_000,
    },
  );
  assert.equal(run.status, 0, `${run.stdout}\n${run.stderr}`);
  const rows = run.stdout.split("\n").filter((line) => /^\| [a-z][a-z0-9-]* \| /.test(line));
  assert.deepEqual(
    rows.map((line) => line.split("|")[1]?.trim()),
    ["lucky-sevens"],
    "only the title asked for",
  );
  assert.match(run.stdout, /2\.0e3 rounds per title/);
});
