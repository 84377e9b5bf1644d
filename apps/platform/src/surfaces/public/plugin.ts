import { backofficeAppRoutes } from "../../backoffice-app/static-routes.ts";
import { catalogueLobbyRoutes } from "../../catalogue/index.ts";
import { contractDocsRoutes } from "../../contract-docs/routes.ts";
import type { AppContext, TypedFastify } from "../../http/types.ts";
import { docsPlugin } from "../../system/docs-plugin.ts";
import { systemRoutes } from "../../system/routes.ts";
import { enterSurface } from "../surface.ts";

/**
 * Pages and system routes open to anyone, mounted at the root: `/healthz`, `/metrics` (a bearer
 * token, or loopback only), `/openapi.json` and `/docs`, the wallet protocol (`/docs/protocol`,
 * `/docs/protocol.md`, `/docs/protocol/test-vectors.json`), `/problems`, the embeddable lobby
 * `/lobby/:operator_id` (limited per client IP), and the backoffice web UI under `/ui/`. Its catalogue is the common one.
 */
export async function publicSurface(app: TypedFastify, options: { ctx: AppContext }): Promise<void> {
  const { ctx } = options;
  enterSurface(app, "public");
  // The Swagger UI in a context of its own: its security headers apply to its pages only.
  await app.register(docsPlugin);
  systemRoutes(app, ctx);
  contractDocsRoutes(app, { egressAddresses: ctx.egressAddresses });
  catalogueLobbyRoutes(app, ctx);
  // The backoffice web UI (/ui/), the browser face of /backoffice and /admin; its own CSP.
  await app.register(async (scope: TypedFastify) => backofficeAppRoutes(scope));
}
