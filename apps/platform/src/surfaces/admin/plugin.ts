import { accountAdminRoutes } from "../../accounts/admin-routes.ts";
import { adminAccountRoutes } from "../../admin/admin-account-routes.ts";
import { adminSecurityRoutes } from "../../admin/admin-security-routes.ts";
import { ENROLLMENT_ROUTES, installTotpEnrollmentGate } from "../../accounts/totp-enrollment-gate.ts";
import { adminCallerOf } from "../../http/callers.ts";
import { adminProblem } from "./problems.ts";
import { auditLogRoutes } from "../../admin/audit-log-routes.ts";
import { adminOperatorRoutes } from "../../admin/operator-routes.ts";
import { adminPublicRoutes } from "../../admin/public-routes.ts";
import { adminSessionRoutes } from "../../admin/session-routes.ts";
import { walletCallAdminRoutes } from "../../admin/wallet-calls-routes.ts";
import { adminBillingRoutes } from "../../billing/index.ts";
import { catalogueAdminRoutes } from "../../catalogue/index.ts";
import { adminConformanceRunRoutes } from "../../conformance-runs/admin-routes.ts";
import { adminGoLiveRoutes } from "../../go-live/admin-routes.ts";
import { createSignInLimits } from "../../http/sign-in-routes.ts";
import { winRefusalAdminRoutes } from "../../provider-gateway/limits/admin-routes.ts";
import type { AppContext, RouteFile, TypedFastify } from "../../http/types.ts";
import { studioAdminRoutes } from "../../studios/admin-routes.ts";
import { enterSurface } from "../surface.ts";
import { installAdminAuth } from "./auth.ts";

/**
 * Route files behind the admin session hook. A new one: write `src/<domain>/admin-routes.ts`
 * exporting a `RouteFile`, record every change with `recordAudit(…, adminActorOf(request))` in
 * the same transaction, add the domain's codes to `adminProblems` and list it here.
 */
export const adminRouteFiles: readonly RouteFile[] = [
  adminSessionRoutes,
  adminOperatorRoutes,
  adminAccountRoutes,
  adminSecurityRoutes,
  auditLogRoutes,
  adminConformanceRunRoutes,
  adminGoLiveRoutes,
  catalogueAdminRoutes,
  accountAdminRoutes,
  adminBillingRoutes,
  winRefusalAdminRoutes,
  studioAdminRoutes,
  walletCallAdminRoutes,
];

/**
 * The admin API, mounted at `/admin`: sign-in (failures limited per account and per IP), and an inner context
 * requiring an admin session for everything else.
 */
export async function adminSurface(app: TypedFastify, options: { ctx: AppContext }): Promise<void> {
  const { ctx } = options;
  enterSurface(app, "admin");
  adminPublicRoutes(app, ctx, createSignInLimits(ctx));
  await app.register(async (authed: TypedFastify) => {
    installAdminAuth(authed, ctx);
    // An admin without a second factor, when admins must have one, may only set it up.
    installTotpEnrollmentGate(authed, ctx, {
      open: ENROLLMENT_ROUTES("/admin"),
      whoOf: (request) => ({ realm: "admin", subjectId: adminCallerOf(request).adminId }),
      refuse: (message) => adminProblem("SECOND_FACTOR_ENROLLMENT_REQUIRED", message),
    });
    for (const addRoutes of adminRouteFiles) addRoutes(authed, ctx);
  });
}
