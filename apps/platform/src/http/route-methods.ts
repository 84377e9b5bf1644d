import Router from "find-my-way";

/** Fastify's router options (app.ts), and so this lookup's: both must match a path alike. */
export const ROUTER_OPTIONS = {
  // Route params and query values are short; refuse absurd URLs early.
  maxParamLength: 200,
} as const;

/**
 * Which methods have a route for a concrete path. Fastify answers a known path asked with another
 * method as it answers an unknown path (404); with this the not-found handler can answer 405 with
 * `Allow` (RFC 9110 §15.5.6), which tells a client its URL is right and its method is not.
 * Routes are matched as Fastify matches them (find-my-way, Fastify's own router, same options).
 */
export interface RouteMethods {
  add(methods: string | readonly string[], url: string): void;
  /** The methods with a route for `path` (no query string), in a stable order; empty if none. */
  allowed(path: string): string[];
}

export function createRouteMethods(): RouteMethods {
  const router = Router(ROUTER_OPTIONS);
  const known = new Set<string>();
  const noop = () => undefined;
  return {
    add(methods, url) {
      for (const method of typeof methods === "string" ? [methods] : methods) {
        // A method and path registered twice (versioned or constrained routes) is one entry here.
        if (router.hasRoute(method as Router.HTTPMethod, url)) continue;
        router.on(method as Router.HTTPMethod, url, noop);
        known.add(method);
      }
    },
    allowed(path) {
      return [...known].filter((method) => router.find(method as Router.HTTPMethod, path) !== null).sort();
    },
  };
}
