import type { FastifyInstance, FastifyRequest } from "fastify";
import { commonProblems } from "./common-problems.ts";
import { ProblemError } from "./problem.ts";

/**
 * The NUL character (U+0000) is refused everywhere, in the path, the query and JSON bodies, before
 * any route sees it. No field of any surface means it, and the stores disagree about it:
 * PostgreSQL cannot hold it in text (a query with it fails, answered as 500) while SQLite takes
 * it, so the same request would mean different things on the two. One check here answers both
 * the same way: 400 VALIDATION_FAILED.
 */
export function installNulCharacterGuard(app: FastifyInstance): void {
  app.addHook("onRequest", async (request) => {
    if (urlHasNul(request.url)) throw nulProblem("url", "path or query");
  });
  app.addHook("preValidation", async (request: FastifyRequest) => {
    if (request.body !== undefined && request.body !== null && hasNulString(request.body)) {
      throw nulProblem("body", "body");
    }
  });
}

const ENCODED_NUL = /%00/i;

/** `%00` anywhere in the raw URL (a literal NUL cannot reach here: the HTTP parser refuses it). */
export function urlHasNul(url: string): boolean {
  return ENCODED_NUL.test(url) || url.includes("\u0000");
}

/**
 * Whether any string (value or key) in a parsed JSON body contains NUL. Iterative, so a deeply
 * nested body cannot overflow the stack here; bodies are bounded by BODY_LIMIT_BYTES.
 */
export function hasNulString(body: unknown): boolean {
  const pending: unknown[] = [body];
  while (pending.length > 0) {
    const value = pending.pop();
    if (typeof value === "string") {
      if (value.includes("\u0000")) return true;
    } else if (Array.isArray(value)) {
      for (const item of value) pending.push(item);
    } else if (typeof value === "object" && value !== null) {
      for (const [key, item] of Object.entries(value)) {
        if (key.includes("\u0000")) return true;
        pending.push(item);
      }
    }
  }
  return false;
}

function nulProblem(part: "url" | "body", where: string): ProblemError {
  return new ProblemError(
    "VALIDATION_FAILED",
    commonProblems.VALIDATION_FAILED,
    `The request's ${where} contains a NUL character (U+0000, %00), which no field accepts.`,
    { errors: [{ in: part, field: "", message: "must not contain a NUL character" }] },
  );
}
