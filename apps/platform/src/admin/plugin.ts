import type { AppContext, TypedFastify } from "../http/types.ts";
import { installAdminAuth } from "./auth.ts";
import { adminPublicRoutes } from "./public-routes.ts";
import { adminRouteFiles } from "./routes.ts";

/** The admin API, mounted at `/admin`: sign-in, and an inner context requiring an admin session. */
export async function adminPlugin(app: TypedFastify, options: { ctx: AppContext }): Promise<void> {
  adminPublicRoutes(app, options.ctx);
  await app.register(async (authed: TypedFastify) => {
    installAdminAuth(authed, options.ctx);
    for (const addRoutes of adminRouteFiles) addRoutes(authed, options.ctx);
  });
}
