/**
 * What an operator installs, tested as they would get it: the three published packages are
 * built and packed, installed from their tarballs into a project outside the workspace, the
 * SDK README's example wallet is written there and started, and the installed
 * `croupier-conformance` binary must pass it — on Node 22 and on Node 24, the maintained LTS
 * lines the packages declare. The project also type-checks against the shipped declarations.
 * Needs the npm registry (better-sqlite3, typescript, the `node` package for Node 22).
 */
import assert from "node:assert/strict";
import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { readFile, rm, writeFile, mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { CONSUMER_TS, TSCONFIG_JSON } from "./consumer-files.ts";
import { nodeBinDir } from "./node-runtime.ts";
import { readmeExample } from "./readme-example.ts";
import { envWithNode, mustRun, runCommand } from "./run-command.ts";
import { installScratchProject, packPublished, type Packed } from "./scratch-project.ts";

const SALT = "packed-install-salt-0123456789";
const PLAYERS = "test-player-1,test-player-2";
const STEP_TIMEOUT_MS = 180_000;

let dir: string;
let packed: Packed[];
let project: string;
const running = new Set<ChildProcess>();

/** Starts the README's wallet with `node` from `binDir` and resolves with its port. */
async function startReadmeWallet(binDir: string): Promise<{ child: ChildProcess; port: number }> {
  await rm(join(project, "wallet.db"), { force: true });
  const child = spawn(join(binDir, "node"), ["wallet.ts"], {
    cwd: project,
    env: envWithNode(binDir, { WALLET_SALT: SALT, PORT: "0" }),
    stdio: ["ignore", "pipe", "pipe"],
  });
  running.add(child);
  child.once("exit", () => running.delete(child));
  let output = "";
  const port = await new Promise<number>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString("utf8");
      const match = /listening on http:\/\/localhost:(\d+)\//.exec(output);
      if (match?.[1] !== undefined) resolve(Number(match[1]));
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.once("exit", (code) =>
      reject(new Error(`the wallet exited (${code}) before listening:\n${output}`)),
    );
  });
  return { child, port };
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, "exit");
  child.kill("SIGTERM");
  await exited;
}

describe("the packed packages, installed outside the workspace", { timeout: 600_000 }, () => {
  before(
    async () => {
      dir = await mkdtemp(join(tmpdir(), "croupier-packed-"));
      packed = await packPublished(dir);
      project = await installScratchProject(dir, packed);
      await writeFile(join(project, "wallet.ts"), await readmeExample());
      await writeFile(join(project, "consumer.ts"), CONSUMER_TS);
      await writeFile(join(project, "tsconfig.json"), TSCONFIG_JSON);
    },
    { timeout: STEP_TIMEOUT_MS },
  );

  after(async () => {
    await Promise.all([...running].map(stop));
    if (dir !== undefined) await rm(dir, { recursive: true, force: true });
  });

  it("hold compiled JavaScript, declarations, README, CHANGELOG and an MIT LICENSE: no sources, no tests", () => {
    for (const { name, files, manifest } of packed) {
      for (const file of [
        "package.json",
        "README.md",
        "CHANGELOG.md",
        "LICENSE",
        "lib/index.js",
        "lib/index.d.ts",
      ]) {
        assert.ok(files.includes(file), `${name}: ${file} is packed`);
      }
      for (const file of files) {
        assert.match(
          file,
          /^(package\.json|README\.md|CHANGELOG\.md|LICENSE|lib\/.+\.(js|d\.ts|json))$/,
          `${name}: ${file}`,
        );
        assert.doesNotMatch(file, /\.test\.|\/test\/|\/testing\//, `${name}: ${file} is test code`);
      }
      assert.equal(manifest.license, "MIT");
      assert.match(JSON.stringify(manifest.engines), /"node":">=22/);
      assert.doesNotMatch(
        JSON.stringify(manifest.exports),
        /(?<!\.d)\.ts"/,
        `${name}: exports name no .ts source`,
      );
      assert.equal(manifest.devDependencies, undefined);
      assert.equal(manifest.scripts, undefined);
    }
    const conformance = packed.find((p) => p.name === "conformance");
    assert.deepEqual(conformance?.manifest.bin, { "croupier-conformance": "lib/cli/main.js" });
  });

  it(
    "type-check in a plain module: nodenext project, the README's wallet included",
    { timeout: STEP_TIMEOUT_MS },
    async () => {
      const tsc = join(project, "node_modules", "typescript", "bin", "tsc");
      const result = await runCommand(process.execPath, [tsc, "-p", "tsconfig.json"], { cwd: project });
      assert.equal(result.code, 0, result.stdout + result.stderr);
    },
  );

  it("the installed protocol finds its test vectors", async () => {
    const count = await mustRun(
      process.execPath,
      [
        "--input-type=module",
        "-e",
        'import { loadTestVectors } from "@croupier/protocol"; console.log(loadTestVectors().length)',
      ],
      { cwd: project },
    );
    assert.ok(Number(count) > 50, count);
  });

  it("the README's wallet refuses to start without WALLET_SALT", async () => {
    const result = await runCommand(process.execPath, ["wallet.ts"], {
      cwd: project,
      env: { ...process.env, WALLET_SALT: "", PORT: "0" },
    });
    assert.notEqual(result.code, 0);
    assert.match(
      result.stderr,
      /createWalletHandler: salts\[0\] has 0 characters; a salt key needs at least 16/,
    );
  });

  for (const major of [22, 24]) {
    it(
      `on Node ${major}: the README's wallet passes the installed croupier-conformance`,
      { timeout: STEP_TIMEOUT_MS },
      async () => {
        const binDir = await nodeBinDir(major);
        const version = await mustRun(join(binDir, "node"), ["--version"], {});
        assert.match(version, new RegExp(`^v${major}\\.`));
        const wallet = await startReadmeWallet(binDir);
        try {
          // The binary as npm linked it: its #!/usr/bin/env node finds this Node first on PATH.
          const kit = await runCommand(
            join(project, "node_modules", ".bin", "croupier-conformance"),
            [
              "--url",
              `http://127.0.0.1:${wallet.port}/`,
              "--players",
              PLAYERS,
              "--currency",
              "EUR",
              "--json",
              "report.json",
            ],
            { cwd: project, env: envWithNode(binDir, { CROUPIER_SALT: SALT, NO_COLOR: "1" }) },
          );
          assert.equal(kit.code, 0, kit.stdout + kit.stderr);
          assert.match(kit.stdout, /PASSED: every required check passed/);
          const report = JSON.parse(await readFile(join(project, "report.json"), "utf8")) as {
            status: string;
          };
          assert.equal(report.status, "passed");
        } finally {
          await stop(wallet.child);
        }
      },
    );
  }
});
