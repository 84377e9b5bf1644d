/**
 * Request headers as Node's `IncomingMessage.headers` (and Fastify, Express) give them:
 * names lower-case, a value a string or, for repeated headers, a list.
 *
 * @example
 * const headers: HeaderBag = { "webhook-id": "c1", "webhook-timestamp": "1767225600" };
 */
export type HeaderBag = Readonly<Record<string, string | readonly string[] | undefined>>;

/**
 * The single value of a header, or undefined when it is missing or repeated (a repeated
 * `webhook-id` is ambiguous, so it is treated as absent).
 *
 * @example
 * singleHeader({ "webhook-id": "c1" }, "webhook-id"); // "c1"
 */
export function singleHeader(headers: HeaderBag, name: string): string | undefined {
  const value = Object.hasOwn(headers, name) ? headers[name] : undefined;
  if (typeof value === "string") return value;
  if (Array.isArray(value) && value.length === 1 && typeof value[0] === "string") return value[0];
  return undefined;
}
