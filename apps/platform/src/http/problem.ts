/**
 * RFC 9457 problem details. Every REST error leaves the service in this shape:
 * `{ type, title, status, detail, code, instance, requestId, …extensions }` with
 * `Content-Type: application/problem+json`.
 */
export const PROBLEM_TYPE_BASE = "https://croupier.dev/problems/";
export const PROBLEM_CONTENT_TYPE = "application/problem+json; charset=utf-8";

/** One catalogue entry: a stable code's HTTP status, title and one line of documentation. */
export interface ProblemDefinition {
  readonly status: number;
  readonly title: string;
  readonly doc: string;
}

export type ProblemCatalogue = Readonly<Record<string, ProblemDefinition>>;

/** What a handler throws to answer with a problem; the error handler renders it. */
export class ProblemError extends Error {
  readonly code: string;
  readonly status: number;
  readonly title: string;
  readonly extensions: Readonly<Record<string, unknown>>;
  readonly headers: Readonly<Record<string, string>>;

  constructor(
    code: string,
    definition: ProblemDefinition,
    detail: string,
    extensions: Record<string, unknown> = {},
    headers: Record<string, string> = {},
  ) {
    super(detail);
    this.name = "ProblemError";
    this.code = code;
    this.status = definition.status;
    this.title = definition.title;
    this.extensions = extensions;
    this.headers = headers;
  }
}

/**
 * Binds a surface's catalogue: `problem("OPERATOR_NOT_FOUND", "…")` only compiles for codes the
 * surface declares, so every code a surface can emit is documented in its catalogue.
 *
 * @example
 * const problem = problemFactory(adminProblems);
 * throw problem("OPERATOR_NOT_FOUND", "No operator op_123.");
 */
export function problemFactory<C extends ProblemCatalogue>(catalogue: C) {
  function problem(
    code: keyof C & string,
    detail: string,
    extensions?: Record<string, unknown>,
  ): ProblemError {
    const definition = catalogue[code];
    if (definition === undefined) throw new Error(`problem code ${code} is not in the catalogue`);
    return new ProblemError(code, definition, detail, extensions);
  }
  /** A service's `{ ok: false, code, message }` as a problem. */
  problem.from = (failure: { code: keyof C & string; message: string; details?: Record<string, unknown> }) =>
    problem(failure.code, failure.message, failure.details);
  return problem;
}

/** The JSON body of a problem. */
export function problemBody(
  code: string,
  definition: Pick<ProblemDefinition, "status" | "title">,
  detail: string,
  instance: string,
  requestId: string,
  extensions: Readonly<Record<string, unknown>> = {},
): Record<string, unknown> {
  return {
    ...extensions,
    type: `${PROBLEM_TYPE_BASE}${code}`,
    title: definition.title,
    status: definition.status,
    detail,
    code,
    instance,
    requestId,
  };
}
