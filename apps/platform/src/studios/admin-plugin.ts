import { installAdminAuth } from "../admin/auth.ts";
import type { AppContext, TypedFastify } from "../http/types.ts";
import { studioAdminRoutes } from "./admin-routes.ts";

/**
 * The studio routes in their own context behind the admin session hook; mount with
 * `{ prefix: "/admin" }`. When `studioAdminRoutes` joins `adminRouteFiles` this plugin goes.
 */
export async function studioAdminPlugin(app: TypedFastify, options: { ctx: AppContext }): Promise<void> {
  installAdminAuth(app, options.ctx);
  studioAdminRoutes(app, options.ctx);
}
