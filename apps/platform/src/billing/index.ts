import type { RouteFile } from "../http/types.ts";
import { adminCreditRoutes } from "./credit-admin-routes.ts";
import { adminRateRoutes } from "./rate-routes.ts";
import { backofficeCreditRoutes, operatorApiCreditRoutes } from "./credit-operator-routes.ts";

/**
 * Billing's routes, one `RouteFile` per surface (each surface lists it once): prepaid credit,
 * fee and exchange rates, statements, reports.
 */
export const adminBillingRoutes: RouteFile = (app, ctx) => {
  adminCreditRoutes(app, ctx);
  adminRateRoutes(app, ctx);
};

export const backofficeBillingRoutes: RouteFile = (app, ctx) => {
  backofficeCreditRoutes(app, ctx);
};

export const operatorApiBillingRoutes: RouteFile = (app, ctx) => {
  operatorApiCreditRoutes(app, ctx);
};
