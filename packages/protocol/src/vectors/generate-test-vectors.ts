/**
 * Writes src/vectors/test-vectors.json (`npm run vectors`). Deterministic: fixed salts and clock,
 * no randomness, so the committed file changes only when a case changes.
 */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { format } from "prettier";
import { acceptedCases } from "./cases-accepted.ts";
import { securityCases } from "./cases-security.ts";
import { fieldCases, jsonCases } from "./cases-shape.ts";
import { testVectorsUrl } from "./test-vectors.ts";
import { buildVector } from "./vector-builder.ts";

/** The file's text, formatted as Prettier would, so `prettier --check` agrees with it. */
export async function buildTestVectorsFile(): Promise<string> {
  const vectors = [...acceptedCases, ...securityCases, ...jsonCases, ...fieldCases].map(buildVector);
  const names = new Set<string>();
  for (const vector of vectors) {
    if (names.has(vector.name)) throw new Error(`duplicate vector name ${vector.name}`);
    names.add(vector.name);
  }
  const file = {
    protocol: "croupier-seamless-wallet/1",
    description:
      "Requests and the verdict an operator's gate must reach on each. See packages/protocol/README.md.",
    vectors,
  };
  return format(JSON.stringify(file), { parser: "json", printWidth: 110 });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const text = await buildTestVectorsFile();
  writeFileSync(testVectorsUrl, text);
  console.log(`wrote ${fileURLToPath(testVectorsUrl)}`);
}
