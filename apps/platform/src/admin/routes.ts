import { accountAdminRoutes } from "../accounts/admin-routes.ts";
import { adminBillingRoutes } from "../billing/index.ts";
import { catalogueAdminRoutes } from "../catalogue/index.ts";
import { adminConformanceRunRoutes } from "../conformance-runs/admin-routes.ts";
import { adminGoLiveRoutes } from "../go-live/admin-routes.ts";
import type { RouteFile } from "../http/types.ts";
import { winRefusalAdminRoutes } from "../provider-gateway/limits/admin-routes.ts";
import { adminAccountRoutes } from "./admin-account-routes.ts";
import { auditLogRoutes } from "./audit-log-routes.ts";
import { adminOperatorRoutes } from "./operator-routes.ts";
import { adminSessionRoutes } from "./session-routes.ts";

/**
 * Route files behind the admin session hook. Game-studio registration and provider-gateway
 * credentials come next: write `src/admin/studio-routes.ts` (or `src/<domain>/admin-routes.ts`)
 * exporting a `RouteFile`, record every change with `recordAudit(…, adminActorOf(request))`
 * in the same transaction, add its codes to `adminProblems`, and list it here.
 */
export const adminRouteFiles: readonly RouteFile[] = [
  adminSessionRoutes,
  adminOperatorRoutes,
  adminAccountRoutes,
  auditLogRoutes,
  adminConformanceRunRoutes,
  adminGoLiveRoutes,
  catalogueAdminRoutes,
  accountAdminRoutes,
  adminBillingRoutes,
  winRefusalAdminRoutes,
];
