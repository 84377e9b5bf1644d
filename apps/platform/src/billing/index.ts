import type { RouteFile } from "../http/types.ts";
import { adminCreditRoutes } from "./credit-admin-routes.ts";
import { adminRateRoutes } from "./rate-routes.ts";
import { backofficeNotificationRoutes, operatorApiNotificationRoutes } from "../notifications/routes.ts";
import { backofficeReconciliationRoutes, operatorApiReconciliationRoutes } from "../reconciliation/routes.ts";
import { adminSelfCheckRoutes } from "./self-check-routes.ts";
import {
  adminStatementRoutes,
  backofficeStatementRoutes,
  operatorApiStatementRoutes,
} from "./statement-routes.ts";
import { adminReportRoutes, backofficeReportRoutes, operatorApiReportRoutes } from "../reports/routes.ts";
import { backofficeCreditRoutes, operatorApiCreditRoutes } from "./credit-operator-routes.ts";

/**
 * Billing's routes, one `RouteFile` per surface (each surface lists it once): prepaid credit,
 * fee and exchange rates, statements, reports.
 */
export const adminBillingRoutes: RouteFile = (app, ctx) => {
  adminCreditRoutes(app, ctx);
  adminRateRoutes(app, ctx);
  adminSelfCheckRoutes(app, ctx);
  adminStatementRoutes(app, ctx);
  adminReportRoutes(app, ctx);
};

export const backofficeBillingRoutes: RouteFile = (app, ctx) => {
  backofficeCreditRoutes(app, ctx);
  backofficeNotificationRoutes(app, ctx);
  backofficeReconciliationRoutes(app, ctx);
  backofficeStatementRoutes(app, ctx);
  backofficeReportRoutes(app, ctx);
};

export const operatorApiBillingRoutes: RouteFile = (app, ctx) => {
  operatorApiCreditRoutes(app, ctx);
  operatorApiNotificationRoutes(app, ctx);
  operatorApiReconciliationRoutes(app, ctx);
  operatorApiStatementRoutes(app, ctx);
  operatorApiReportRoutes(app, ctx);
};
