import type { ProblemCatalogue } from "./problem.ts";

/**
 * Problems any surface can produce, raised by the HTTP layer itself rather than by a service.
 * Each surface's catalogue includes these.
 */
export const commonProblems = {
  VALIDATION_FAILED: {
    status: 400,
    title: "Request validation failed",
    doc: "A parameter, query field or body field is missing or malformed; `errors` lists each field with the rule it broke.",
  },
  MALFORMED_REQUEST: {
    status: 400,
    title: "Malformed request",
    doc: "The request could not be read: invalid JSON, an empty body where one is required, or a bad header.",
  },
  INVALID_CURSOR: {
    status: 400,
    title: "Invalid cursor",
    doc: "The `cursor` query parameter is not one this list returned; start again without it.",
  },
  UNAUTHORIZED: {
    status: 401,
    title: "Authentication required",
    doc: "No valid bearer token: it is missing, malformed, unknown, revoked or expired.",
  },
  ROUTE_NOT_FOUND: {
    status: 404,
    title: "Route not found",
    doc: "No route matches this method and path.",
  },
  METHOD_NOT_ALLOWED: {
    status: 405,
    title: "Method not allowed",
    doc: "The path exists but not with this method; the `Allow` header lists the methods it takes.",
  },
  REQUEST_TIMEOUT: {
    status: 408,
    title: "Request timeout",
    doc: "The request did not arrive completely in time; the connection is closed.",
  },
  PAYLOAD_TOO_LARGE: {
    status: 413,
    title: "Payload too large",
    doc: "The request body exceeds the size limit.",
  },
  UNSUPPORTED_MEDIA_TYPE: {
    status: 415,
    title: "Unsupported media type",
    doc: "Request bodies must be `application/json`.",
  },
  HEADERS_TOO_LARGE: {
    status: 431,
    title: "Request headers too large",
    doc: "The request's headers exceed the size this service reads; the connection is closed.",
  },
  RATE_LIMITED: {
    status: 429,
    title: "Too many requests",
    doc: "Too many requests (or failed authentications) from this client; wait for `Retry-After` seconds.",
  },
  INTERNAL_ERROR: {
    status: 500,
    title: "Internal error",
    doc: "Something failed on our side; nothing about the request was wrong. Quote `requestId` to support.",
  },
  SERVICE_UNAVAILABLE: {
    status: 503,
    title: "Service unavailable",
    doc: "A dependency (the database) is not answering; retry later.",
  },
} as const satisfies ProblemCatalogue;
