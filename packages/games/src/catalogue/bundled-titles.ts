import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { createCatalogue, type Catalogue } from "./catalogue.ts";

const SRC = join(import.meta.dirname, "..");

/**
 * The title files shipped in this package: every `*.json` in a `titles/` folder under `src/`.
 * Reading the package's own data files is the package's only I/O; it happens once, on first
 * use, so a studio adds a title by dropping a file in the right folder.
 *
 * @example
 * bundledTitleFiles().map((f) => f.file); // ["blackjack/titles/blackjack-classic.json", ...]
 */
export function bundledTitleFiles(): { file: string; json: unknown }[] {
  return readdirSync(SRC, { recursive: true, encoding: "utf8" })
    .filter((f) => /(^|[/\\])titles[/\\][^/\\]+\.json$/.test(f))
    .sort()
    .map((file) => {
      try {
        return { file, json: JSON.parse(readFileSync(join(SRC, file), "utf8")) as unknown };
      } catch (error) {
        throw new Error(`${file}: not valid JSON (${(error as Error).message})`, { cause: error });
      }
    });
}

let bundled: Catalogue | undefined;

/**
 * The catalogue of bundled titles. A broken bundled file is a packaging bug, so it throws with
 * the file and field named (tests load every bundled title).
 *
 * @example
 * bundledCatalogue().get("keno-ten")?.rtp.toPercent(4); // "96.4327"
 */
export function bundledCatalogue(): Catalogue {
  if (bundled) return bundled;
  const files = bundledTitleFiles();
  const r = createCatalogue(files.map((f) => f.json));
  if (!r.ok) {
    const index = Number(/^titles\[(\d+)\]/.exec(r.message)?.[1]);
    throw new Error(`${files[index]?.file ?? "title file"}: ${r.message.replace(/^titles\[\d+\] /, "")}`);
  }
  bundled = r.catalogue;
  return bundled;
}
