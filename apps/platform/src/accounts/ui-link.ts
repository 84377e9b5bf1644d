import type { FastifyRequest } from "fastify";
import type { AppContext } from "../http/types.ts";

/**
 * The web UI page a mailed link opens: at PUBLIC_URL when set, never at the request's Host
 * header when it is (a client chooses that header: a reset asked for with a forged Host would
 * mail the victim a link to the asker's site); without PUBLIC_URL, the origin the request came to.
 */
export function uiLink(ctx: Pick<AppContext, "publicUrl">, request: FastifyRequest, page: string): string {
  const origin = ctx.publicUrl ?? `${request.protocol}://${request.host}`;
  return `${origin}/ui/${page}`;
}
