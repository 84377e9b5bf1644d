import { randomUUID } from "node:crypto";
import { STATUS_CODES } from "node:http";
import type { Socket } from "node:net";
import type { FastifyInstance } from "fastify";
import { commonProblems } from "./common-problems.ts";
import { PROBLEM_CONTENT_TYPE, problemBody } from "./problem.ts";

/** Node's parser codes worth their own answer; every other unreadable request is MALFORMED_REQUEST. */
const CLIENT_ERRORS: Readonly<Record<string, keyof typeof commonProblems>> = {
  ERR_HTTP_REQUEST_TIMEOUT: "REQUEST_TIMEOUT",
  HPE_HEADER_OVERFLOW: "HEADERS_TOO_LARGE",
};

const DETAILS: Readonly<Partial<Record<keyof typeof commonProblems, string>>> = {
  REQUEST_TIMEOUT: "The request did not arrive in time.",
  HEADERS_TOO_LARGE: "The request's headers are larger than this service reads.",
  MALFORMED_REQUEST: "The request could not be parsed as HTTP/1.1.",
};

/**
 * Fastify's `clientErrorHandler`: what Node's HTTP parser refuses before Fastify sees a request
 * (a broken request line or header, headers too large, a request that never finished) is answered
 * as a problem like every other error, not with the framework's own JSON. Mirrors Fastify's
 * default: nothing to answer on a reset or destroyed socket, and the socket is closed after.
 */
export function problemClientErrorHandler(this: FastifyInstance, error: Error, socket: Socket): void {
  const errorCode = (error as { code?: unknown }).code;
  if (errorCode === "ECONNRESET" || socket.destroyed) return;
  const code = (typeof errorCode === "string" ? CLIENT_ERRORS[errorCode] : undefined) ?? "MALFORMED_REQUEST";
  const definition = commonProblems[code];
  const requestId = randomUUID();
  // Mostly network noise or a misconfigured proxy: not worth more than a debug line.
  this.log.debug({ err: error, requestId }, "client error before routing");
  if (socket.writable) {
    const problem = problemBody(code, definition, DETAILS[code] ?? definition.doc, "", requestId);
    // No request was read, so there is no path to name as the instance.
    delete problem.instance;
    const body = JSON.stringify(problem);
    socket.write(
      `HTTP/1.1 ${definition.status} ${STATUS_CODES[definition.status] ?? ""}\r\n` +
        `Content-Type: ${PROBLEM_CONTENT_TYPE}\r\nContent-Length: ${Buffer.byteLength(body)}\r\n` +
        `Connection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy(error);
}
