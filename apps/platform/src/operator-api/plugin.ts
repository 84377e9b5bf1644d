import type { AppContext, TypedFastify } from "../http/types.ts";
import { installApiAuth } from "./auth.ts";
import { operatorApiRouteFiles } from "./routes.ts";

/** The operator REST API, its own encapsulated context with its own auth hook. Mounted at `/v1`. */
export async function operatorApiPlugin(app: TypedFastify, options: { ctx: AppContext }): Promise<void> {
  installApiAuth(app, options.ctx);
  for (const addRoutes of operatorApiRouteFiles) addRoutes(app, options.ctx);
}
