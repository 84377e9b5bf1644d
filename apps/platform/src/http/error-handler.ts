import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { commonProblems } from "./common-problems.ts";
import { REQUEST_ID_HEADER } from "./request-id.ts";
import { createRouteMethods } from "./route-methods.ts";
import { PROBLEM_CONTENT_TYPE, ProblemError, problemBody, type ProblemDefinition } from "./problem.ts";

/** One field that failed validation: where it is and which rule it broke. */
export interface FieldError {
  readonly in: string;
  readonly field: string;
  readonly message: string;
}

interface ValidationIssue {
  readonly instancePath?: string;
  readonly schemaPath?: string;
  readonly keyword?: string;
  readonly params?: Record<string, unknown>;
  readonly message?: string;
}

/** Most field errors listed in one answer (a limit on everything). */
const MAX_FIELD_ERRORS = 20;

/**
 * Validator output (Ajv-shaped, from TypeBox) → one error per field, in body order. A union
 * produces one error per branch plus a summary; only the summary is kept, and the
 * additional-property errors name the offending property.
 */
export function fieldErrors(location: string, issues: readonly ValidationIssue[]): FieldError[] {
  const byField = new Map<string, string>();
  for (const issue of issues) {
    const path = (issue.instancePath ?? "").split("/").slice(1).map(unescapePointer);
    if (issue.keyword === "boolean" && issue.schemaPath?.endsWith("additionalProperties")) continue;
    if (
      issue.schemaPath !== undefined &&
      /\/anyOf\/\d+/.test(issue.schemaPath) &&
      issue.keyword !== "anyOf"
    ) {
      continue; // one branch of a union: the union's own summary follows
    }
    if (issue.keyword === "required") {
      const names = requiredNames(issue.params);
      for (const name of names) byField.set(joinField([...path, name]), "is required");
      if (names.length > 0) continue;
    }
    if (issue.keyword === "additionalProperties") {
      const names = listParam(issue.params?.additionalProperties ?? issue.params?.additionalProperty);
      for (const name of names) byField.set(joinField([...path, name]), "is not allowed");
      if (names.length > 0) continue;
    }
    const field = joinField(path);
    if (!byField.has(field))
      byField.set(
        field,
        issue.keyword === "anyOf" ? "has an unexpected shape or value" : (issue.message ?? "is invalid"),
      );
  }
  return [...byField]
    .slice(0, MAX_FIELD_ERRORS)
    .map(([field, message]) => ({ in: location, field, message }));
}

function requiredNames(params: Record<string, unknown> | undefined): string[] {
  return listParam(params?.requiredProperties ?? params?.missingProperty);
}

function listParam(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === "string");
  return [];
}

function unescapePointer(part: string): string {
  return part.replace(/~1/g, "/").replace(/~0/g, "~");
}

function joinField(path: readonly string[]): string {
  return path.length === 0 ? "(root)" : path.join(".");
}

/** Sends a problem. `instance` is the request path (without the query, which may hold a cursor). */
export function sendProblem(
  request: FastifyRequest,
  reply: FastifyReply,
  code: string,
  definition: Pick<ProblemDefinition, "status" | "title">,
  detail: string,
  extensions?: Readonly<Record<string, unknown>>,
): FastifyReply {
  const instance = request.url.split("?")[0] ?? request.url;
  return reply
    .code(definition.status)
    .type(PROBLEM_CONTENT_TYPE)
    .send(problemBody(code, definition, detail, instance, request.id, extensions));
}

/** What Fastify refuses in a URL before routing, in our words. */
const MALFORMED_URL_DETAILS: Readonly<Record<string, string>> = {
  FST_ERR_BAD_URL: "The URL has a malformed %-escape.",
  FST_ERR_MAX_PARAM_LENGTH: "A path segment is longer than any id here can be.",
};

/**
 * Fastify's `frameworkErrors`: what it refuses before any route or hook runs (a malformed
 * %-escape in the URL, a path segment past `maxParamLength`), answered as problems like the rest
 * instead of its own JSON with its internal codes.
 */
export function frameworkErrorProblem(
  error: FastifyError,
  request: FastifyRequest,
  reply: FastifyReply,
): FastifyReply {
  // The app's hooks (which set it on every other answer) do not run before routing.
  reply.header(REQUEST_ID_HEADER, request.id);
  const malformed = MALFORMED_URL_DETAILS[error.code];
  if (malformed !== undefined)
    return sendProblem(request, reply, "MALFORMED_REQUEST", commonProblems.MALFORMED_REQUEST, malformed);
  return internalError(request, reply, error, "request could not be routed");
}

/** A 500: the error goes to the log; the client gets only the request id to quote. */
function internalError(
  request: FastifyRequest,
  reply: FastifyReply,
  error: unknown,
  logMessage: string,
): FastifyReply {
  request.log.error({ err: error }, logMessage);
  return sendProblem(
    request,
    reply,
    "INTERNAL_ERROR",
    commonProblems.INTERNAL_ERROR,
    `An unexpected error occurred. Quote request id ${request.id} when contacting support.`,
  );
}

const FASTIFY_CODES: Readonly<Record<string, keyof typeof commonProblems>> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: "UNSUPPORTED_MEDIA_TYPE",
  FST_ERR_CTP_BODY_TOO_LARGE: "PAYLOAD_TOO_LARGE",
};

/**
 * Installs the root error and not-found handlers. Every child context inherits them, so the
 * whole service answers errors in one shape. A 5xx never carries the error's message or stack:
 * those go to the log under the request id the client sees.
 */
export function installProblemHandlers(app: FastifyInstance): void {
  // Every route registered after this (all of them: the plugins come later) is known here.
  const routeMethods = createRouteMethods();
  app.addHook("onRoute", (route) => routeMethods.add(route.method, route.url));
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split("?")[0] ?? "/";
    const allowed = routeMethods.allowed(path);
    if (allowed.length > 0) {
      reply.header("allow", allowed.join(", "));
      return sendProblem(
        request,
        reply,
        "METHOD_NOT_ALLOWED",
        commonProblems.METHOD_NOT_ALLOWED,
        `${request.method} is not allowed on ${path}; allowed: ${allowed.join(", ")}.`,
      );
    }
    return sendProblem(
      request,
      reply,
      "ROUTE_NOT_FOUND",
      commonProblems.ROUTE_NOT_FOUND,
      `No route for ${request.method} ${path}.`,
    );
  });

  app.setErrorHandler((error: FastifyError | ProblemError, request, reply) => {
    if (error instanceof ProblemError) {
      // A problem is an answer the code chose (a refused or failed bet, an unreachable wallet):
      // worth a line when it is a 5xx, never an error with a stack trace (a fault run logged
      // hundreds). Unexpected errors below still are.
      if (error.status >= 500)
        request.log.warn({ code: error.code, status: error.status, detail: error.message }, "problem");
      reply.headers(error.headers);
      return sendProblem(request, reply, error.code, error, error.message, error.extensions);
    }
    if (error.validation !== undefined) {
      const errors = fieldErrors(error.validationContext ?? "request", error.validation);
      const first = errors[0];
      const detail =
        first === undefined
          ? "The request is invalid."
          : `${first.in} field ${first.field} ${first.message}.`;
      return sendProblem(request, reply, "VALIDATION_FAILED", commonProblems.VALIDATION_FAILED, detail, {
        errors,
      });
    }
    const mapped = error.code === undefined ? undefined : FASTIFY_CODES[error.code];
    if (mapped !== undefined) {
      return sendProblem(request, reply, mapped, commonProblems[mapped], error.message);
    }
    const status = error.statusCode ?? 500;
    if (status === 429) {
      return sendProblem(
        request,
        reply,
        "RATE_LIMITED",
        commonProblems.RATE_LIMITED,
        "Too many requests; retry later.",
      );
    }
    if (status >= 400 && status < 500) {
      // Fastify's own client errors (bad JSON, bad content-length, …): their messages are safe.
      return sendProblem(
        request,
        reply,
        "MALFORMED_REQUEST",
        { ...commonProblems.MALFORMED_REQUEST, status },
        error.message,
      );
    }
    return internalError(request, reply, error, "unhandled error");
  });
}
