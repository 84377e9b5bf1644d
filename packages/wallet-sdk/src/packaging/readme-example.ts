import { readFile } from "node:fs/promises";

/**
 * The marker before the README's example wallet. The packed-install test runs that very block,
 * so the example an operator copies is the one known to pass the conformance kit.
 */
export const EXAMPLE_MARKER =
  "<!-- example: wallet.ts, run as it is by src/packaging/packed-install.test.ts -->";

/**
 * The TypeScript code block right after {@link EXAMPLE_MARKER} in the SDK's README.
 *
 * @example
 * await writeFile(join(scratch, "wallet.ts"), await readmeExample());
 */
export async function readmeExample(): Promise<string> {
  const readme = await readFile(new URL("../../README.md", import.meta.url), "utf8");
  const at = readme.indexOf(EXAMPLE_MARKER);
  if (at < 0) throw new Error(`the README has no example marked ${EXAMPLE_MARKER}`);
  const block = /^\s*```ts\n([\s\S]*?)\n```/.exec(readme.slice(at + EXAMPLE_MARKER.length));
  if (block?.[1] === undefined)
    throw new Error("the README's marked example is not followed by a ```ts block");
  return `${block[1]}\n`;
}
