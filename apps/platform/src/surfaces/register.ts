import type { AppContext, TypedFastify } from "../http/types.ts";
import { adminSurface } from "./admin/plugin.ts";
import { backofficeSurface } from "./backoffice/plugin.ts";
import { gameApiSurface } from "./game-api/plugin.ts";
import { operatorApiSurface } from "./operator-api/plugin.ts";
import { providerGatewaySurface } from "./provider-gateway/plugin.ts";
import { publicSurface } from "./public/plugin.ts";

/**
 * Mounts every surface, each once, each in its own context. The prefixes here are the only place
 * a surface's URL space is chosen: `/v1`, `/backoffice`, `/admin`, `/gateway/v1` belong to one
 * surface each; the game API and the public pages sit at the root with paths of their own
 * (`/launch`, `/play`, `/studio/api`; `/healthz`, `/metrics`, `/docs`, `/openapi.json`,
 * `/problems`, `/lobby`).
 */
export function registerSurfaces(app: TypedFastify, ctx: AppContext): void {
  app.register(publicSurface, { ctx });
  app.register(operatorApiSurface, { prefix: "/v1", ctx });
  app.register(backofficeSurface, { prefix: "/backoffice", ctx });
  app.register(adminSurface, { prefix: "/admin", ctx });
  app.register(providerGatewaySurface, { prefix: "/gateway/v1", ctx });
  app.register(gameApiSurface, { ctx });
}
