import { decodeCursor, type CursorPosition } from "../pagination/cursor.ts";
import { commonProblems } from "./common-problems.ts";
import { problemFactory } from "./problem.ts";

const problem = problemFactory(commonProblems);

/** `limit` and the decoded `cursor` of a list request; a foreign or damaged cursor is INVALID_CURSOR. */
export function pageParams(
  query: { readonly limit?: number | undefined; readonly cursor?: string | undefined },
  sortKeyKind: "number" | "string" = "number",
): { limit: number | undefined; after: CursorPosition | undefined } {
  if (query.cursor === undefined) return { limit: query.limit, after: undefined };
  const after = decodeCursor(query.cursor, sortKeyKind);
  if (after === undefined)
    throw problem("INVALID_CURSOR", "The cursor is not valid for this list; start without one.");
  return { limit: query.limit, after };
}
