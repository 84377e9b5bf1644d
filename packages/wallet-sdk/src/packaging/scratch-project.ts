import { readFileSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { envWithNode, mustRun } from "./run-command.ts";

const REPOSITORY_ROOT = fileURLToPath(new URL("../../../../", import.meta.url));
const STAGE_SCRIPT = join(REPOSITORY_ROOT, "scripts/packaging/stage-package.ts");

/** The published packages, in the order they depend on each other. */
export const PUBLISHED = ["protocol", "wallet-sdk", "conformance"] as const;

/** One packed tarball and what `npm pack` says it holds. */
export interface Packed {
  readonly name: string;
  readonly tarball: string;
  readonly files: readonly string[];
  readonly manifest: Record<string, unknown>;
}

/**
 * Builds each published package with scripts/packaging/stage-package.ts into `dir/stage` and
 * packs it with `npm pack` into `dir/tarballs`, as a release would.
 */
export async function packPublished(dir: string): Promise<Packed[]> {
  const env = envWithNode(dirname(process.execPath));
  const tarballs = join(dir, "tarballs");
  await mkdir(tarballs, { recursive: true });
  // The builds are independent (each reads the others' sources), so they run side by side.
  await Promise.all(
    PUBLISHED.map((name) =>
      mustRun(
        process.execPath,
        [STAGE_SCRIPT, join(REPOSITORY_ROOT, "packages", name), join(dir, "stage", name)],
        {
          env,
        },
      ),
    ),
  );
  const packed: Packed[] = [];
  for (const name of PUBLISHED) {
    const staged = join(dir, "stage", name);
    const out = await mustRun(
      "npm",
      ["pack", staged, "--pack-destination", tarballs, "--json", "--loglevel=error"],
      {
        cwd: dir,
        env,
      },
    );
    const [info] = JSON.parse(out) as Array<{ filename: string; files: Array<{ path: string }> }>;
    if (info === undefined) throw new Error(`npm pack ${name}: no output`);
    packed.push({
      name,
      tarball: join(tarballs, info.filename),
      files: info.files.map((file) => file.path),
      manifest: JSON.parse(readFileSync(join(staged, "package.json"), "utf8")) as Record<string, unknown>,
    });
  }
  return packed;
}

/** The version of a package installed in the workspace, so the scratch install hits npm's cache. */
function workspaceVersion(name: string): string {
  const manifest = join(REPOSITORY_ROOT, "node_modules", name, "package.json");
  return (JSON.parse(readFileSync(manifest, "utf8")) as { version: string }).version;
}

/**
 * A project like an operator's, outside the workspace: the three tarballs, better-sqlite3 for
 * the SQLite store, and TypeScript with the type packages a TypeScript operator would add.
 */
export async function installScratchProject(dir: string, packed: readonly Packed[]): Promise<string> {
  const project = join(dir, "operator-wallet");
  await mkdir(project, { recursive: true });
  await writeFile(
    join(project, "package.json"),
    `${JSON.stringify({ name: "operator-wallet", private: true, type: "module" }, null, 2)}\n`,
  );
  const registryPackages = ["better-sqlite3", "typescript", "@types/node", "@types/better-sqlite3"].map(
    (name) => `${name}@${workspaceVersion(name)}`,
  );
  await mustRun(
    "npm",
    [
      "install",
      ...packed.map((p) => p.tarball),
      ...registryPackages,
      "--prefer-offline",
      "--no-audit",
      "--no-fund",
      "--loglevel=error",
    ],
    { cwd: project, env: envWithNode(dirname(process.execPath)) },
  );
  return project;
}
