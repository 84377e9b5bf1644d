import { accountPublicRoutes } from "../accounts/public-routes.ts";
import { installRoleCheck } from "../accounts/role-check.ts";
import type { AppContext, TypedFastify } from "../http/types.ts";
import { installBackofficeAuth } from "./auth.ts";
import { publicRoutes } from "./public-routes.ts";
import { backofficeRouteFiles } from "./routes.ts";

/**
 * The operator backoffice API (the web UI's backend), mounted at `/backoffice`: public
 * registration and sign-in, and an inner context whose hook requires a backoffice session.
 */
export async function backofficePlugin(app: TypedFastify, options: { ctx: AppContext }): Promise<void> {
  publicRoutes(app, options.ctx);
  accountPublicRoutes(app, options.ctx);
  await app.register(async (authed: TypedFastify) => {
    installBackofficeAuth(authed, options.ctx);
    // Every route below checks the caller's team role (accounts/permissions.ts).
    installRoleCheck(authed, options.ctx);
    for (const addRoutes of backofficeRouteFiles) addRoutes(authed, options.ctx);
  });
}
