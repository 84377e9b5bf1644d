/**
 * Builds one workspace package into a folder that `npm pack` / `npm publish` can take as it is:
 * the compiled JavaScript and declarations under `lib/`, the JSON files the sources read at run
 * time, README, CHANGELOG, LICENSE and the publish manifest (see publish-manifest.ts).
 *
 *   node scripts/packaging/stage-package.ts packages/wallet-sdk [out-dir]   (default: <package>/dist)
 *   npm publish packages/wallet-sdk/dist
 *
 * The workspace's own package.json is never rewritten, so nothing that runs at the same time
 * (tests, the dev server) ever sees it point at compiled files.
 */
import { execFileSync } from "node:child_process";
import { copyFileSync, cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { LIB_DIR, namedFiles, publishManifest, type Manifest } from "./publish-manifest.ts";

const REPOSITORY_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const TSC = join(REPOSITORY_ROOT, "node_modules/typescript/bin/tsc");
const DOCUMENTS = ["README.md", "CHANGELOG.md", "LICENSE"];

/**
 * Stages the package at `packageDir` into `outDir` (emptied first) and returns its manifest.
 * Throws when the build fails or the package lacks something an operator needs.
 *
 * @example
 * stagePackage("packages/protocol", "/tmp/stage/protocol");
 */
export function stagePackage(packageDir: string, outDir: string = join(packageDir, "dist")): Manifest {
  const source = JSON.parse(readFileSync(join(packageDir, "package.json"), "utf8")) as Manifest;
  rmSync(outDir, { recursive: true, force: true });
  const lib = join(outDir, LIB_DIR);
  execFileSync(process.execPath, [TSC, "-p", join(packageDir, "tsconfig.build.json"), "--outDir", lib], {
    stdio: ["ignore", "inherit", "inherit"],
  });
  // Data files the code opens by URL (the protocol's test vectors) are not compiled: copy them.
  for (const file of readdirSync(join(packageDir, "src"), { recursive: true, encoding: "utf8" })) {
    if (file.endsWith(".json") && !file.split(sep).includes("test")) {
      cpSync(join(packageDir, "src", file), join(lib, file));
    }
  }
  for (const document of DOCUMENTS) {
    const from = join(packageDir, document);
    if (!existsSync(from)) throw new Error(`${source.name}: ${document} is missing`);
    copyFileSync(from, join(outDir, document));
  }
  const manifest = publishManifest(source);
  writeFileSync(join(outDir, "package.json"), `${JSON.stringify(manifest, null, 2)}\n`);
  for (const file of namedFiles(manifest)) {
    if (!existsSync(join(outDir, file))) throw new Error(`${source.name}: ${file} was not built`);
  }
  for (const bin of typeof manifest.bin === "object" ? Object.values(manifest.bin) : []) {
    if (!readFileSync(join(outDir, bin), "utf8").startsWith("#!/usr/bin/env node\n")) {
      throw new Error(`${source.name}: ${bin} has no #!/usr/bin/env node line`);
    }
  }
  return manifest;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [packageDir, outDir] = process.argv.slice(2);
  if (packageDir === undefined) {
    process.stderr.write("usage: node scripts/packaging/stage-package.ts <package-dir> [out-dir]\n");
    process.exit(2);
  }
  const manifest = stagePackage(resolve(packageDir), outDir === undefined ? undefined : resolve(outDir));
  process.stdout.write(`${manifest.name}@${manifest.version} staged\n`);
}
