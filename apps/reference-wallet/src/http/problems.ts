import type { FastifyError, FastifyReply, FastifyRequest } from "fastify";

/**
 * The admin API's error catalogue. Every refusal the wallet's REST surface gives is one of these
 * codes, as an RFC 9457 problem+json body: `type`, `title`, `status`, `detail`, `instance` and our
 * `code` extension. Codes are stable; the same bad request always yields the same code, in the
 * precedence auth → media type → JSON → schema → player → business rule.
 */
export const PROBLEMS = {
  UNAUTHORIZED: { status: 401, title: "Missing or wrong admin token" },
  NOT_FOUND: { status: 404, title: "No such route" },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, title: "The body must be application/json" },
  BODY_TOO_LARGE: { status: 413, title: "The body is larger than the limit" },
  MALFORMED_JSON: { status: 400, title: "The body is not valid JSON" },
  INVALID_REQUEST: { status: 400, title: "The request does not match the schema" },
  INVALID_CURSOR: { status: 400, title: "The pagination cursor is not one this wallet issued" },
  PLAYER_NOT_FOUND: { status: 404, title: "No player with this id" },
  PLAYER_EXISTS: { status: 409, title: "A player with this id already exists" },
  REFERENCE_CONFLICT: {
    status: 409,
    title: "This reference was already used for a different adjustment",
  },
  INSUFFICIENT_FUNDS: { status: 422, title: "The withdrawal is larger than the balance" },
  BAD_REQUEST: { status: 400, title: "The request cannot be processed" },
  INTERNAL_ERROR: { status: 500, title: "Internal error" },
} as const satisfies Record<string, { status: number; title: string }>;

export type ProblemCode = keyof typeof PROBLEMS;

export interface Problem {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly code: ProblemCode;
  readonly detail: string;
  readonly instance?: string;
  readonly [extension: string]: unknown;
}

/** A URN rather than a URL: the codes are documented in the README, not served. */
function problemType(code: ProblemCode): string {
  return `urn:croupier:reference-wallet:problem:${code.toLowerCase().replaceAll("_", "-")}`;
}

export function problem(
  code: ProblemCode,
  detail: string,
  extensions: Readonly<Record<string, unknown>> = {},
): Problem {
  const { status, title } = PROBLEMS[code];
  return { type: problemType(code), title, status, code, detail, ...extensions };
}

export function sendProblem(reply: FastifyReply, body: Problem): FastifyReply {
  const withInstance = { ...body, instance: reply.request.url.split("?")[0] };
  return reply.status(body.status).type("application/problem+json").send(withInstance);
}

/**
 * Turns whatever Fastify or a handler threw into a problem. Client mistakes keep their 4xx
 * status and get a stable code; anything else is a logged 500 whose body says nothing
 * about the inside (no message, no stack).
 */
export function problemFromError(thrown: unknown, request: FastifyRequest): Problem {
  const error = (thrown instanceof Error ? thrown : new Error(String(thrown))) as FastifyError;
  switch (error.code) {
    case "FST_ERR_VALIDATION":
      return problem("INVALID_REQUEST", error.message, {
        errors: (error.validation ?? []).map((issue) => ({
          in: error.validationContext,
          pointer: issue.instancePath === "" ? "/" : issue.instancePath,
          detail: issue.message,
        })),
      });
    // Also what Fastify answers for `__proto__` keys (prototype poisoning).
    case "FST_ERR_CTP_INVALID_JSON_BODY":
    case "FST_ERR_CTP_EMPTY_JSON_BODY":
      return problem("MALFORMED_JSON", error.message);
    case "FST_ERR_CTP_BODY_TOO_LARGE":
      return problem("BODY_TOO_LARGE", error.message);
    case "FST_ERR_CTP_INVALID_MEDIA_TYPE":
    case "FST_ERR_CTP_INVALID_CONTENT_LENGTH":
      return error.statusCode === 415
        ? problem("UNSUPPORTED_MEDIA_TYPE", error.message)
        : problem("BAD_REQUEST", error.message);
  }
  const status = error.statusCode ?? 500;
  if (status >= 400 && status < 500) {
    return { ...problem("BAD_REQUEST", error.message), status };
  }
  request.log.error({ err: error }, "request failed");
  return problem("INTERNAL_ERROR", "The wallet could not complete the request; it has been logged.");
}
