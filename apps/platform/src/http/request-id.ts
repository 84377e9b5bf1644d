import { randomUUID } from "node:crypto";
import type { IncomingMessage } from "node:http";

export const REQUEST_ID_HEADER = "x-request-id";
const CLIENT_ID_PATTERN = /^[A-Za-z0-9._:-]{8,64}$/;

/**
 * Keeps a caller's (or proxy's) `X-Request-Id` when it looks like an id, so one id follows a
 * request across systems; otherwise a UUID. Anything else is not trusted into the logs.
 */
export function requestIdFor(request: IncomingMessage): string {
  const given = request.headers[REQUEST_ID_HEADER];
  return typeof given === "string" && CLIENT_ID_PATTERN.test(given) ? given : randomUUID();
}
