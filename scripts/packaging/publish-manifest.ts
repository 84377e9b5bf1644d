/**
 * The package.json of a built package, made from the workspace one.
 *
 * In the workspace every `exports` entry points at a `.ts` source (`./src/x.ts`), so that the
 * repository runs without a build step. Node refuses to strip types under `node_modules`, so
 * what an operator installs must point at the compiled JavaScript instead: each source entry
 * becomes `{ types: ./lib/x.d.ts, default: ./lib/x.js }`, `bin` points at the compiled CLI,
 * and what only the workspace needs (scripts, devDependencies) goes.
 */

/** The fields of a package.json this module reads or writes. */
export interface Manifest {
  name: string;
  version: string;
  exports?: ExportsValue;
  bin?: string | Record<string, string>;
  files?: string[];
  scripts?: Record<string, string>;
  devDependencies?: Record<string, string>;
  [field: string]: unknown;
}
type ExportsValue = string | null | { [key: string]: ExportsValue };

/** Where the compiled sources go inside the built package. */
export const LIB_DIR = "lib";

/** Fields of the workspace manifest that have no meaning in the published one. */
const WORKSPACE_ONLY_FIELDS = ["scripts", "devDependencies", "private", "files"] as const;

/**
 * `./src/a/b.ts` → `./lib/a/b.js` (or `.d.ts`). Anything that is not a source path is an
 * error: a published entry that still names a `.ts` file would fail at the operator's.
 *
 * @example
 * compiledPath("./src/sqlite.ts", ".js"); // "./lib/sqlite.js"
 */
export function compiledPath(sourcePath: string, extension: ".js" | ".d.ts"): string {
  const match = /^(?:\.\/)?src\/(.+)\.ts$/.exec(sourcePath);
  if (match === null) throw new Error(`not a source path under src/: ${sourcePath}`);
  return `./${LIB_DIR}/${match[1]}${extension}`;
}

function compiledExports(value: ExportsValue): ExportsValue {
  if (value === null) return null;
  if (typeof value === "string") {
    if (!value.endsWith(".ts")) return value;
    return { types: compiledPath(value, ".d.ts"), default: compiledPath(value, ".js") };
  }
  return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, compiledExports(inner)]));
}

/**
 * The manifest to publish. `main` and `types` are added for tools that predate `exports`.
 *
 * @example
 * publishManifest({ name: "@croupier/protocol", version: "0.1.0", exports: { ".": "./src/index.ts" } });
 * // exports: { ".": { types: "./lib/index.d.ts", default: "./lib/index.js" }, "./package.json": … }
 */
export function publishManifest(source: Manifest): Manifest {
  const out: Manifest = { ...source };
  for (const field of WORKSPACE_ONLY_FIELDS) delete out[field];
  if (source.exports !== undefined) {
    const exports = compiledExports(source.exports);
    const map =
      typeof exports === "object" && exports !== null && !("types" in exports) ? exports : { ".": exports };
    out.exports = { ...map, "./package.json": "./package.json" };
    const root = map["."];
    if (typeof root === "object" && root !== null && typeof root.default === "string") {
      out.main = root.default;
      out.types = root.types;
    }
  }
  if (typeof source.bin === "string") out.bin = compiledPath(source.bin, ".js").slice(2);
  else if (source.bin !== undefined) {
    out.bin = Object.fromEntries(
      Object.entries(source.bin).map(([name, path]) => [name, compiledPath(path, ".js").slice(2)]),
    );
  }
  out.files = [LIB_DIR, "README.md", "CHANGELOG.md", "LICENSE"];
  return out;
}

/** Every file a manifest's `exports`, `main`, `types` and `bin` name, relative to the package. */
export function namedFiles(manifest: Manifest): string[] {
  const found = new Set<string>();
  const walk = (value: unknown): void => {
    if (typeof value === "string") found.add(value.replace(/^\.\//, ""));
    else if (typeof value === "object" && value !== null) Object.values(value).forEach(walk);
  };
  walk(manifest.exports);
  walk(manifest.main);
  walk(manifest.types);
  walk(manifest.bin);
  return [...found];
}
