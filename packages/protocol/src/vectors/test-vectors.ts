import { readFileSync } from "node:fs";
import type { ErrorCode } from "../errors/error-codes.ts";

/**
 * One request and the verdict every operator must reach on it. Feed `body` (the raw bytes, as a
 * UTF-8 string) and `headers` to your gate with the clock at `now`, the given salts, window and
 * body-signature setting; the verdict must be `{ ok: true }` (accepted: go on to the business
 * rules) or the given protocol error code.
 *
 * @example
 * for (const v of loadTestVectors()) {
 *   const verdict = verifyWalletRequest(v.body, v.headers, { salts: v.salts, nowMs: v.now * 1000,
 *     windowSeconds: v.window_seconds, requireBodySignature: v.require_body_signature });
 * }
 */
export interface TestVector {
  name: string;
  description: string;
  salts: string[];
  /** The operator's clock, unix seconds. */
  now: number;
  window_seconds: number;
  require_body_signature: boolean;
  headers: Record<string, string>;
  /** The raw request body. */
  body: string;
  expected: { ok: true } | { code: ErrorCode };
}

/**
 * Where the committed vectors live, for tools in other languages or that copy the file.
 *
 * @example
 * const json = await readFile(testVectorsUrl, "utf8");
 */
export const testVectorsUrl: URL = new URL("./test-vectors.json", import.meta.url);

/**
 * Reads the committed vectors (`src/vectors/test-vectors.json`).
 *
 * @example
 * loadTestVectors().filter((v) => "code" in v.expected).length; // the refusals
 */
export function loadTestVectors(): TestVector[] {
  const file = JSON.parse(readFileSync(testVectorsUrl, "utf8")) as { vectors: TestVector[] };
  return file.vectors;
}
