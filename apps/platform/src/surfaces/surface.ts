import type { FastifyInstance } from "fastify";
import type { ProblemCatalogue, ProblemDefinition } from "../http/problem.ts";

/**
 * The app's surfaces: who calls, how they authenticate, which limits apply. Every route belongs
 * to exactly one; the list is the order `GET /problems` shows them in.
 *
 * - `operatorApi` — `/v1`, operators' servers, API credentials, a request limit per credential;
 * - `backoffice` — `/backoffice`, the operator web UI, operator-user sessions;
 * - `admin` — `/admin`, Croupier staff, admin sessions;
 * - `gateway` — `/gateway/v1`, game studios, HMAC-signed requests;
 * - `gameApi` — `/launch`, `/play`, `/studio/api`, players' browsers, tokens in the URL or short-lived access tokens;
 * - `public` — health, metrics, the API description, the problem catalogues, the lobby.
 */
export const SURFACES = ["operatorApi", "backoffice", "admin", "gateway", "gameApi", "public"] as const;
export type SurfaceName = (typeof SURFACES)[number];

declare module "fastify" {
  interface FastifyInstance {
    /** The surface this context belongs to (decorated by the surface's plugin). */
    readonly surfaceName?: SurfaceName;
  }
}

/** One registered route and the surface it was registered in. */
export interface SurfaceRoute {
  readonly method: string;
  readonly url: string;
  readonly surface: SurfaceName;
}

/**
 * Marks a plugin context (and every context inside it) as one surface's. Call first thing in
 * the surface's plugin, before any route is added.
 */
export function enterSurface(scope: FastifyInstance, name: SurfaceName): void {
  scope.decorate("surfaceName", name);
}

/**
 * Refuses any route registered outside a surface, at registration time (the app does not
 * start), and records the others with their surface. A route mounted at the root or in a plugin
 * of its own would otherwise miss every surface's authentication and limits without anything
 * noticing.
 */
export function requireRoutesInSurfaces(app: FastifyInstance): readonly SurfaceRoute[] {
  const routes: SurfaceRoute[] = [];
  app.addHook("onRoute", function (route) {
    const surface = this.hasDecorator("surfaceName") ? this.surfaceName : undefined;
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    if (surface === undefined) {
      throw new Error(
        `${methods.join(",")} ${route.url} is registered outside every surface: add it through a surface's plugin (src/surfaces/)`,
      );
    }
    for (const method of methods) routes.push({ method, url: route.url, surface });
  });
  return routes;
}

/**
 * One surface's problem catalogue from the catalogues of the domains it serves. A code may come
 * from several domains (ROUND_NOT_FOUND from history and from the replay) as long as it means
 * the same on the wire: the same status and title (the first one's documentation line is kept).
 * Anything else is a programming error, caught when the module loads.
 *
 * @example
 * export const adminProblems = composeCatalogue(commonProblems, operatorProblems, studioProblems);
 */
export function composeCatalogue<const P extends readonly ProblemCatalogue[]>(
  ...parts: P
): Readonly<UnionToIntersection<P[number]>> & ProblemCatalogue {
  const merged: Record<string, ProblemDefinition> = {};
  for (const part of parts) {
    for (const [code, definition] of Object.entries(part)) {
      const before = merged[code];
      if (before === undefined) {
        merged[code] = definition;
      } else if (before.status !== definition.status || before.title !== definition.title) {
        throw new Error(
          `problem code ${code} means two things in one surface: ${before.status} "${before.title}" and ${definition.status} "${definition.title}"`,
        );
      }
    }
  }
  return merged as Readonly<UnionToIntersection<P[number]>> & ProblemCatalogue;
}

type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void
  ? I
  : never;
