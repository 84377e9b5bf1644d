import type { FastifyRequest } from "fastify";
import type { AuditActor } from "../audit/audit-log.ts";
import type { ClientAccess } from "../builtin-studio/access.ts";
import type { ApiCaller } from "../operators/credentials.ts";
import type { StudioCaller } from "../provider-gateway/studio-session.ts";

/** A signed-in admin (set by the admin surface's session hook). */
export interface AdminCaller {
  readonly adminId: string;
  readonly email: string;
  readonly token: string;
}

/** The signed-in operator user (set by the backoffice surface's hook). `operatorId` scopes every query. */
export interface BackofficeCaller {
  readonly userId: string;
  readonly operatorId: string;
  readonly email: string;
  readonly token: string;
}

declare module "fastify" {
  interface FastifyRequest {
    /** Set by the /v1 surface: which operator and environment the API credential stands for. */
    apiCaller: ApiCaller | null;
    /** Set by the /admin surface: the admin of the session. */
    adminCaller: AdminCaller | null;
    /** Set by the /backoffice surface: the operator user of the session. */
    backofficeCaller: BackofficeCaller | null;
    /** Set by the provider gateway surface: the studio whose key signed the request. */
    studioCaller: StudioCaller | null;
    /** Set by the game API surface (`/studio/api`): the game client's session and studio token. */
    studioAccess: ClientAccess | null;
  }
}

/*
 * The callers the surfaces decorate requests with. Route files of every domain read their caller
 * here: the surface (src/surfaces/) authenticates, the route file only asks who it was. Outside
 * the surface that sets a caller, asking for it is a programming error (the route was mounted in
 * the wrong surface), not a client's.
 */

/** The /v1 caller: operator and environment come from the credential alone. */
export function apiCallerOf(request: FastifyRequest): ApiCaller {
  if (request.apiCaller === null) throw new Error("apiCallerOf used outside the authenticated /v1 surface");
  return request.apiCaller;
}

export function adminCallerOf(request: FastifyRequest): AdminCaller {
  if (request.adminCaller === null)
    throw new Error("adminCallerOf used outside the authenticated admin surface");
  return request.adminCaller;
}

/** The audit actor for an admin action. */
export function adminActorOf(request: FastifyRequest): AuditActor {
  return { kind: "admin", id: adminCallerOf(request).adminId };
}

export function backofficeCallerOf(request: FastifyRequest): BackofficeCaller {
  if (request.backofficeCaller === null)
    throw new Error("backofficeCallerOf used outside the authenticated backoffice surface");
  return request.backofficeCaller;
}

/** The audit actor for a backoffice action. */
export function backofficeActorOf(request: FastifyRequest): AuditActor {
  return { kind: "operator_user", id: backofficeCallerOf(request).userId };
}

/** The studio of a signed provider-gateway request. */
export function studioCallerOf(request: FastifyRequest): StudioCaller {
  if (request.studioCaller === null)
    throw new Error("studioCallerOf used outside the authenticated provider gateway surface");
  return request.studioCaller;
}

/** The game client of a `/studio/api` request (its access token's session). */
export function studioAccessOf(request: FastifyRequest): ClientAccess {
  if (request.studioAccess === null)
    throw new Error("studioAccessOf used outside the authenticated /studio/api scope");
  return request.studioAccess;
}
