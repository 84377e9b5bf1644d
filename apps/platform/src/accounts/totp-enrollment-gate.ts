import type { FastifyRequest } from "fastify";
import type { ProblemError } from "../http/problem.ts";
import type { AppContext, TypedFastify } from "../http/types.ts";
import { permissionKey } from "./permissions.ts";
import { mustEnrollTotp, type RequirementSubject } from "./totp-requirement.ts";

/**
 * The routes an account that must set up its second factor may still call, per surface: who it
 * is, its account page, the TOTP setup and signing out. Everything else is refused until it has.
 */
export const ENROLLMENT_ROUTES = (prefix: "/admin" | "/backoffice"): ReadonlySet<string> =>
  new Set([
    `GET ${prefix}/me`,
    `POST ${prefix}/logout`,
    `GET ${prefix}/account`,
    `POST ${prefix}/account/totp/setup`,
    `POST ${prefix}/account/totp/enable`,
  ]);

/**
 * Installs, after a surface's session hook, the server side of "an admin may require a second
 * factor" (totp-requirement.ts): an account it is required for and that has none answers
 * SECOND_FACTOR_ENROLLMENT_REQUIRED on every route but the enrollment routes. Checked on each
 * request (not at sign-in only), so a requirement set now applies to sessions already open.
 */
export function installTotpEnrollmentGate(
  app: TypedFastify,
  ctx: Pick<AppContext, "deps">,
  options: {
    readonly open: ReadonlySet<string>;
    readonly whoOf: (request: FastifyRequest) => RequirementSubject;
    readonly refuse: (message: string) => ProblemError;
  },
): void {
  app.addHook("onRequest", async (request) => {
    if (options.open.has(permissionKey(request.method, request.routeOptions.url ?? ""))) return;
    if (await mustEnrollTotp(ctx.deps, options.whoOf(request)))
      throw options.refuse(
        "An admin requires a second factor for your account: set up TOTP under Your account first.",
      );
  });
}
