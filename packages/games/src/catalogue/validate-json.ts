import type { TSchema } from "typebox";
import Value from "typebox/value";
import { fail, type GameError } from "../result.ts";

/**
 * Turns a JSON pointer (`/reels/2/13`) into the field path studios read: array indices in
 * brackets, object keys after dots (`reels[2][13]`, `pays.A.3`). `root` tells the two apart.
 */
export function fieldPath(pointer: string, root?: unknown): string {
  if (pointer === "") return "(title)";
  let path = "";
  let node = root;
  for (const raw of pointer.split("/").slice(1)) {
    const key = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    path += Array.isArray(node) ? `[${key}]` : path ? `.${key}` : key;
    node = node !== null && typeof node === "object" ? (node as Record<string, unknown>)[key] : undefined;
  }
  return path;
}

/** An `INVALID_TITLE` error naming the field. */
export function titleError(field: string, message: string): GameError {
  return fail("INVALID_TITLE", `${field}: ${message}`);
}

/**
 * Structural check of a title file against its TypeBox schema; the error names the first few
 * offending fields, e.g. `reels[2][13]: must be string`.
 */
export function checkShape(schema: TSchema, json: unknown): GameError | null {
  if (Value.Check(schema, json)) return null;
  const problems: string[] = [];
  for (const error of Value.Errors(schema, json)) {
    // An unknown key yields a `boolean` error at the key (kept: it names the field) and an
    // `additionalProperties` error at its parent (dropped: a duplicate).
    if (error.keyword === "additionalProperties") continue;
    const message = error.keyword === "boolean" ? "unknown field" : error.message;
    problems.push(`${fieldPath(error.instancePath, json)}: ${message}`);
    if (problems.length === 5) break;
  }
  return fail("INVALID_TITLE", problems.join("; "));
}
