import { accountRoutes } from "../../accounts/account-routes.ts";
import { accountPublicRoutes } from "../../accounts/public-routes.ts";
import { installRoleCheck } from "../../accounts/role-check.ts";
import { ENROLLMENT_ROUTES, installTotpEnrollmentGate } from "../../accounts/totp-enrollment-gate.ts";
import { backofficeCallerOf } from "../../http/callers.ts";
import { backofficeProblem } from "./problems.ts";
import { teamRoutes } from "../../accounts/team-routes.ts";
import { credentialRoutes } from "../../backoffice/credential-routes.ts";
import { publicRoutes } from "../../backoffice/public-routes.ts";
import { saltKeyRoutes } from "../../backoffice/salt-key-routes.ts";
import { sessionRoutes } from "../../backoffice/session-routes.ts";
import { walletRoutes } from "../../backoffice/wallet-routes.ts";
import { backofficeBillingRoutes } from "../../billing/index.ts";
import { catalogueBackofficeRoutes } from "../../catalogue/index.ts";
import { backofficeConformanceRunRoutes } from "../../conformance-runs/backoffice-routes.ts";
import { backofficeGoLiveRoutes } from "../../go-live/backoffice-routes.ts";
import { backofficeHistoryRoutes } from "../../history/backoffice-routes.ts";
import { createSignInLimits } from "../../http/sign-in-routes.ts";
import type { AppContext, RouteFile, TypedFastify } from "../../http/types.ts";
import { playLimitBackofficeRoutes } from "../../provider-gateway/limits/backoffice-routes.ts";
import { sandboxLaunchRoutes } from "../../sessions/sandbox-launch-routes.ts";
import { enterSurface } from "../surface.ts";
import { installBackofficeAuth } from "./auth.ts";

/**
 * Route files behind the backoffice session hook. Every route scopes its queries by the
 * session's operator (`backofficeCallerOf(request).operatorId`, http/callers.ts); none takes an
 * operator id. A new domain's file: add its codes to `backofficeProblems` and list it here.
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
  backofficeBillingRoutes,
  playLimitBackofficeRoutes,
  sandboxLaunchRoutes,
];

/**
 * The operator backoffice API (the web UI's backend), mounted at `/backoffice`: registration
 * (limited per IP) and sign-in (failures limited per account and per IP) open to anyone, and an inner context
 * whose hook requires a backoffice session for everything else.
 */
export async function backofficeSurface(app: TypedFastify, options: { ctx: AppContext }): Promise<void> {
  const { ctx } = options;
  enterSurface(app, "backoffice");
  publicRoutes(app, ctx, createSignInLimits(ctx));
  accountPublicRoutes(app, ctx);
  await app.register(async (authed: TypedFastify) => {
    installBackofficeAuth(authed, ctx);
    // A user an admin requires a second factor of, and who has none, may only set it up.
    installTotpEnrollmentGate(authed, ctx, {
      open: ENROLLMENT_ROUTES("/backoffice"),
      whoOf: (request) => {
        const caller = backofficeCallerOf(request);
        return { realm: "backoffice", subjectId: caller.userId, operatorId: caller.operatorId };
      },
      refuse: (message) => backofficeProblem("SECOND_FACTOR_ENROLLMENT_REQUIRED", message),
    });
    // Every route below checks the caller's team role (accounts/permissions.ts).
    installRoleCheck(authed, ctx);
    for (const addRoutes of backofficeRouteFiles) addRoutes(authed, ctx);
  });
}
