import { readFile } from "node:fs/promises";
import { join } from "node:path";
import fastifyStatic from "@fastify/static";
import { BACKOFFICE_DIST, BACKOFFICE_UI_PATH, isBackofficeBuilt } from "@croupier/backoffice";
import type { FastifyReply } from "fastify";
import type { TypedFastify } from "../http/types.ts";

/**
 * The app runs its own scripts and talks to this origin only. Mantine sets CSS variables in
 * style attributes and one <style> element, hence 'unsafe-inline' for styles (never scripts).
 * Nobody may frame it: the backoffice holds secrets worth clickjacking for.
 */
const UI_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
  "connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

function html(reply: FastifyReply, status: number, body: string): FastifyReply {
  return reply
    .code(status)
    .type("text/html; charset=utf-8")
    .header("cache-control", "no-cache")
    .header("referrer-policy", "same-origin")
    .header("x-content-type-options", "nosniff")
    .header("x-frame-options", "DENY")
    .header("content-security-policy", UI_CSP)
    .send(body);
}

const NOT_BUILT =
  "<!doctype html><title>Backoffice unavailable</title><h1>Backoffice unavailable</h1>" +
  "<p>The web UI is not built: run <code>npm run build</code>.</p>";

/**
 * The backoffice web UI at `/ui/`: hashed assets under `/ui/assets/` (cached for good) and
 * `index.html` for every other path below `/ui/`, so the app's own routes survive a reload.
 */
export async function backofficeAppRoutes(app: TypedFastify, options: { dist?: string } = {}): Promise<void> {
  const dist = options.dist ?? BACKOFFICE_DIST;
  const built = isBackofficeBuilt(dist);
  if (built) {
    await app.register(fastifyStatic, {
      root: join(dist, "assets"),
      prefix: `${BACKOFFICE_UI_PATH}assets/`,
      decorateReply: false,
      index: false,
      maxAge: "365d",
      immutable: true,
    });
  }
  let indexHtml: string | undefined;
  const serveIndex = async (_request: unknown, reply: FastifyReply) => {
    if (!built) return html(reply, 503, NOT_BUILT);
    indexHtml ??= await readFile(join(dist, "index.html"), "utf8");
    return html(reply, 200, indexHtml);
  };
  const schema = { hide: true };
  // Not built: the assets' URL space still exists (the same routes whether built or not), and says why it is empty.
  if (!built)
    app.get(`${BACKOFFICE_UI_PATH}assets/*`, { schema }, async (_request, reply) =>
      html(reply, 503, NOT_BUILT),
    );
  app.get("/ui", { schema }, async (_request, reply) => reply.redirect(BACKOFFICE_UI_PATH, 302));
  app.get(BACKOFFICE_UI_PATH, { schema }, serveIndex);
  app.get(`${BACKOFFICE_UI_PATH}*`, { schema }, serveIndex);
}
