import type { TeamRole } from "./tables.ts";

const ALL: readonly TeamRole[] = ["owner", "developer", "finance", "viewer"];
/** Integration work: credentials, salts, the callback URL, conformance, catalogue choices. */
const BUILD: readonly TeamRole[] = ["owner", "developer"];
/** Money and support: the explorer and its exports. */
const MONEY: readonly TeamRole[] = ["owner", "developer", "finance"];
const OWNER: readonly TeamRole[] = ["owner"];
/** Money settings: the owner and finance, not integration work. */
const FINANCE: readonly TeamRole[] = ["owner", "finance"];

/**
 * Who may call each backoffice route, by method and route pattern (as Fastify names it). The
 * list is closed: a backoffice route missing here refuses to start the app (role-check.ts), so
 * a new route cannot slip through unguarded. Secrets (salt keys, new credentials) are for
 * builders only; a viewer reads what carries no secret; finance adds the explorer's exports.
 */
export const BACKOFFICE_PERMISSIONS: Readonly<Record<string, readonly TeamRole[]>> = {
  "GET /backoffice/me": ALL,
  "POST /backoffice/logout": ALL,
  "GET /backoffice/credentials": ALL,
  "POST /backoffice/credentials": BUILD,
  "DELETE /backoffice/credentials/:credentialId": BUILD,
  "GET /backoffice/environments/:environment/salt-keys": BUILD,
  "POST /backoffice/environments/:environment/salt-keys/rotate": BUILD,
  "POST /backoffice/environments/:environment/salt-keys/confirm": BUILD,
  "DELETE /backoffice/environments/:environment/salt-keys/pending": BUILD,
  "GET /backoffice/environments/:environment/wallet-settings": ALL,
  "PATCH /backoffice/environments/:environment/wallet-settings": BUILD,
  "POST /backoffice/environments/:environment/test-call": BUILD,
  "GET /backoffice/environments/:environment/conformance-runs": ALL,
  "POST /backoffice/environments/:environment/conformance-runs": BUILD,
  "GET /backoffice/conformance-runs/:runId": ALL,
  "GET /backoffice/conformance-runs/:runId/report.json": ALL,
  "GET /backoffice/conformance-runs/:runId/report.junit.xml": ALL,
  "GET /backoffice/go-live": ALL,
  "POST /backoffice/go-live/request": OWNER,
  "GET /backoffice/catalogue/providers": ALL,
  "GET /backoffice/catalogue/games": ALL,
  "PUT /backoffice/catalogue/providers/:provider_id": BUILD,
  "DELETE /backoffice/catalogue/providers/:provider_id": BUILD,
  "PUT /backoffice/catalogue/games/:game_id": BUILD,
  "DELETE /backoffice/catalogue/games/:game_id": BUILD,
  "GET /backoffice/catalogue/lobby": ALL,
  "PUT /backoffice/catalogue/lobby": BUILD,
  // Responsible-gaming limits on play per currency: integration settings, readable by all.
  "GET /backoffice/play-limits": ALL,
  "PUT /backoffice/play-limits/:currency": BUILD,
  "GET /backoffice/environments/:environment/rounds": ALL,
  "GET /backoffice/environments/:environment/rounds.csv": MONEY,
  "GET /backoffice/environments/:environment/rounds/:round_id": ALL,
  "GET /backoffice/environments/:environment/rounds/:round_id/replay": ALL,
  "GET /backoffice/environments/:environment/transactions": ALL,
  // Playing a game as a sandbox test player moves test money in the operator's sandbox wallet.
  "POST /backoffice/sandbox/launches": BUILD,
  // Team management is the owner's; one's own account (second factor) is everyone's.
  "GET /backoffice/team": ALL,
  "POST /backoffice/team/invites": OWNER,
  "DELETE /backoffice/team/invites/:inviteId": OWNER,
  "PATCH /backoffice/team/members/:userId": OWNER,
  "DELETE /backoffice/team/members/:userId": OWNER,
  "GET /backoffice/account": ALL,
  "POST /backoffice/account/totp/setup": ALL,
  "POST /backoffice/account/totp/enable": ALL,
  "POST /backoffice/account/totp/disable": ALL,
  "GET /backoffice/account/sessions": ALL,
  "POST /backoffice/account/sessions/sign-out-others": ALL,
  "POST /backoffice/account/password": ALL,
  // Prepaid credit, reports and reconciliation: read by all; statements, ledger uploads and
  // their differences are finance work (and support's); the low-credit threshold is a money
  // setting; the notifications webhook answers its signing secret once, so it is for builders.
  "GET /backoffice/billing": ALL,
  "GET /backoffice/billing/entries": ALL,
  "GET /backoffice/billing/statement": MONEY,
  "PATCH /backoffice/billing/settings": FINANCE,
  "GET /backoffice/reports": ALL,
  "GET /backoffice/reconciliations": MONEY,
  "POST /backoffice/reconciliations": MONEY,
  "GET /backoffice/reconciliations/:reconciliationId": MONEY,
  "GET /backoffice/reconciliations/:reconciliationId/differences": MONEY,
  "GET /backoffice/notifications": ALL,
  "GET /backoffice/notifications/webhook": ALL,
  "PUT /backoffice/notifications/webhook": BUILD,
};

/** The rule key of a request: method (HEAD as GET) and route pattern. */
export function permissionKey(method: string, routeUrl: string): string {
  return `${method === "HEAD" ? "GET" : method} ${routeUrl}`;
}

/** Whether `role` may call the route; an unlisted route is refused. */
export function mayCall(role: TeamRole, method: string, routeUrl: string): boolean {
  return BACKOFFICE_PERMISSIONS[permissionKey(method, routeUrl)]?.includes(role) ?? false;
}
