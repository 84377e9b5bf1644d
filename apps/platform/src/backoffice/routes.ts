import { accountRoutes } from "../accounts/account-routes.ts";
import { sessionAccountRoutes } from "../accounts/session-routes.ts";
import { teamRoutes } from "../accounts/team-routes.ts";
import { backofficeBillingRoutes } from "../billing/index.ts";
import { catalogueBackofficeRoutes } from "../catalogue/index.ts";
import { backofficeConformanceRunRoutes } from "../conformance-runs/backoffice-routes.ts";
import { backofficeGoLiveRoutes } from "../go-live/backoffice-routes.ts";
import { backofficeHistoryRoutes } from "../history/backoffice-routes.ts";
import type { RouteFile } from "../http/types.ts";
import { playLimitBackofficeRoutes } from "../provider-gateway/limits/backoffice-routes.ts";
import { credentialRoutes } from "./credential-routes.ts";
import { saltKeyRoutes } from "./salt-key-routes.ts";
import { sessionRoutes } from "./session-routes.ts";
import { walletRoutes } from "./wallet-routes.ts";

/**
 * Route files behind the backoffice session hook. Every route scopes its queries by the
 * session's operator (`backofficeCallerOf(request).operatorId`); none takes an operator id.
 */
export const backofficeRouteFiles: readonly RouteFile[] = [
  sessionRoutes,
  credentialRoutes,
  saltKeyRoutes,
  walletRoutes,
  backofficeConformanceRunRoutes,
  backofficeGoLiveRoutes,
  catalogueBackofficeRoutes,
  backofficeHistoryRoutes,
  teamRoutes,
  accountRoutes,
  sessionAccountRoutes,
  backofficeBillingRoutes,
  playLimitBackofficeRoutes,
];
