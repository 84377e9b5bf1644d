import { backofficeActorOf, backofficeCallerOf } from "../http/callers.ts";
import { backofficeProblem } from "../surfaces/backoffice/problems.ts";
import { withProblems } from "../http/schemas.ts";
import { uiLink } from "./ui-link.ts";
import type { RouteFile } from "../http/types.ts";
import { InviteBody, InviteParams, InviteResponse, MemberParams, RoleBody, TeamSchema } from "./schema.ts";
import { changeRole, removeMember, revokeInvite } from "./team-changes.ts";
import { inviteMember, listTeam } from "./team.ts";

const common = { tags: ["backoffice"], security: [{ backofficeSession: [] }] };

/** The operator's team: members and roles, invitations by email (owners change; all read). */
export const teamRoutes: RouteFile = (app, ctx) => {
  app.get(
    "/team",
    {
      schema: {
        ...common,
        summary: "Your team: members with roles, open invitations",
        response: withProblems({ 200: TeamSchema }),
      },
    },
    async (request) => listTeam(ctx.deps, backofficeCallerOf(request).operatorId),
  );

  app.post(
    "/team/invites",
    {
      schema: {
        ...common,
        summary: "Invite a member by email with a role (owner only); the one-time link goes by mail",
        body: InviteBody,
        response: withProblems({ 201: InviteResponse }),
      },
    },
    async (request, reply) => {
      const caller = backofficeCallerOf(request);
      const result = await inviteMember(ctx.deps, {
        operatorId: caller.operatorId,
        invitedBy: caller.userId,
        email: request.body.email,
        role: request.body.role,
        acceptUrl: uiLink(ctx, request, "accept-invite"),
      });
      if (!result.ok) throw backofficeProblem.from(result);
      const { id, email, role, expiresAtMs } = result.invite;
      return reply.code(201).send({ id, email, role, expiresAtMs });
    },
  );

  app.delete(
    "/team/invites/:inviteId",
    {
      schema: {
        ...common,
        summary: "Withdraw an open invitation (owner only)",
        params: InviteParams,
        response: withProblems({ 204: { type: "null" } }),
      },
    },
    async (request, reply) => {
      const done = await revokeInvite(ctx.deps, {
        operatorId: backofficeCallerOf(request).operatorId,
        inviteId: request.params.inviteId,
      });
      if (!done) throw backofficeProblem("INVITE_NOT_FOUND", "No open invitation with this id.");
      return reply.code(204).send();
    },
  );

  app.patch(
    "/team/members/:userId",
    {
      schema: {
        ...common,
        summary: "Change a member's role (owner only; the last owner stays owner)",
        params: MemberParams,
        body: RoleBody,
        response: withProblems({ 204: { type: "null" } }),
      },
    },
    async (request, reply) => {
      const result = await changeRole(ctx.deps, {
        operatorId: backofficeCallerOf(request).operatorId,
        actorId: backofficeActorOf(request).id,
        userId: request.params.userId,
        role: request.body.role,
      });
      if (!result.ok) throw backofficeProblem.from(result);
      return reply.code(204).send();
    },
  );

  app.delete(
    "/team/members/:userId",
    {
      schema: {
        ...common,
        summary: "Remove a member: the account and its sessions end at once (owner only)",
        params: MemberParams,
        response: withProblems({ 204: { type: "null" } }),
      },
    },
    async (request, reply) => {
      const result = await removeMember(ctx.deps, {
        operatorId: backofficeCallerOf(request).operatorId,
        actorId: backofficeActorOf(request).id,
        userId: request.params.userId,
      });
      if (!result.ok) throw backofficeProblem.from(result);
      return reply.code(204).send();
    },
  );
};
