import swaggerUi from "@fastify/swagger-ui";
import type { FastifyInstance } from "fastify";

/**
 * The Swagger UI at `/docs`, in its own context so that its security headers apply to its pages
 * only (the game pages set their own CSP). The UI's CSP is @fastify/swagger-ui's own (hashes of
 * its inline script and style), with two changes: `frame-ancestors 'none'` instead of 'self'
 * (no site, not even ours, may frame it: clickjacking) and without `upgrade-insecure-requests`,
 * which would break the page on a plain-HTTP development host.
 */
export async function docsPlugin(app: FastifyInstance): Promise<void> {
  app.addHook("onRequest", async (_request, reply) => {
    reply.header("x-frame-options", "DENY");
    reply.header("x-content-type-options", "nosniff");
    reply.header("referrer-policy", "no-referrer");
  });
  await app.register(swaggerUi, {
    routePrefix: "/docs",
    staticCSP: true,
    transformStaticCSP: docsCsp,
  });
}

/** @fastify/swagger-ui's CSP with frame-ancestors 'none' and no upgrade-insecure-requests. */
export function docsCsp(header: string): string {
  return header
    .replace(/frame-ancestors [^;]*;/, "frame-ancestors 'none';")
    .replace(/\s*upgrade-insecure-requests;?/, "")
    .trim();
}
