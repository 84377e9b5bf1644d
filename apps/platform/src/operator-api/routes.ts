import { operatorApiBillingRoutes } from "../billing/index.ts";
import { catalogueOperatorApiRoutes } from "../catalogue/index.ts";
import { operatorApiConformanceRunRoutes } from "../conformance-runs/operator-api-routes.ts";
import { historyRoutes } from "../history/operator-api-routes.ts";
import type { RouteFile } from "../http/types.ts";
import { meRoutes } from "./me-routes.ts";

/**
 * Every route file of the operator REST API (`/v1`). All of them run behind the API credential
 * hook (auth.ts). To add a domain's routes (games, launch, sessions, rounds): write
 * `src/<domain>/operator-api-routes.ts` exporting a `RouteFile`, use `apiCallerOf(request)` for
 * the operator and environment, `requireLaunchAllowed` as preHandler on anything that starts
 * play, add its problem codes to `operatorApiProblems`, and list it here.
 */
export const operatorApiRouteFiles: readonly RouteFile[] = [
  meRoutes,
  operatorApiConformanceRunRoutes,
  historyRoutes,
  catalogueOperatorApiRoutes,
  operatorApiBillingRoutes,
];
