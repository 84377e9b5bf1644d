import { Type } from "typebox";
import { adminActorOf } from "../http/callers.ts";
import { pageParams } from "../http/page-params.ts";
import { withProblems } from "../http/schemas.ts";
import type { RouteFile } from "../http/types.ts";
import { PageOf } from "../pagination/cursor.ts";
import { adminProblem } from "../surfaces/admin/problems.ts";
import {
  CreateStudioBody,
  IssuedStudioKeyResponse,
  IssueStudioKeyBody,
  StudioKeyListQuery,
  StudioKeyParams,
  StudioKeySchema,
  StudioListQuery,
  StudioParams,
  StudioSchema,
  UpdateStudioBody,
} from "./schema.ts";
import { issueStudioKey, listStudioKeys, revokeStudioKey } from "./studio-keys.ts";
import { createStudio, getStudio, listStudios, updateStudio } from "./studios.ts";

const common = { tags: ["admin"], security: [{ adminSession: [] }] };

/**
 * `/admin/studios`: register game studios and issue or revoke their provider-gateway keys.
 * Every change is audited in the same transaction. Runs behind the admin session hook.
 */
export const studioAdminRoutes: RouteFile = (app, ctx) => {
  app.get(
    "/studios",
    {
      schema: {
        ...common,
        summary: "Game studios, newest first",
        querystring: StudioListQuery,
        response: withProblems({ 200: PageOf(StudioSchema) }),
      },
    },
    async (request) => listStudios(ctx.deps, pageParams(request.query)),
  );

  app.post(
    "/studios",
    {
      schema: {
        ...common,
        summary: "Register a game studio (its id is the catalogue provider id of its games)",
        body: CreateStudioBody,
        response: withProblems({ 201: StudioSchema }),
      },
    },
    async (request, reply) => {
      const result = await createStudio(ctx.deps, { ...request.body, actor: adminActorOf(request) });
      if (!result.ok) throw adminProblem.from(result);
      return reply.code(201).send(result.studio);
    },
  );

  app.get(
    "/studios/:studioId",
    {
      schema: {
        ...common,
        summary: "One game studio",
        params: StudioParams,
        response: withProblems({ 200: StudioSchema }),
      },
    },
    async (request) => {
      const studio = await getStudio(ctx.deps, request.params.studioId);
      if (studio === undefined)
        throw adminProblem("STUDIO_NOT_FOUND", `No studio ${request.params.studioId}.`);
      return studio;
    },
  );

  app.patch(
    "/studios/:studioId",
    {
      schema: {
        ...common,
        summary:
          "Change a studio's name, launch URL template or status (disabling stops launches and its keys)",
        params: StudioParams,
        body: UpdateStudioBody,
        response: withProblems({ 200: StudioSchema }),
      },
    },
    async (request) => {
      const result = await updateStudio(ctx.deps, {
        studioId: request.params.studioId,
        changes: request.body,
        actor: adminActorOf(request),
      });
      if (!result.ok) throw adminProblem.from(result);
      ctx.deps.studioKeys.studioChanged(result.studio.id);
      return result.studio;
    },
  );

  app.get(
    "/studios/:studioId/credentials",
    {
      schema: {
        ...common,
        summary: "A studio's gateway keys (never their secrets)",
        params: StudioParams,
        querystring: StudioKeyListQuery,
        response: withProblems({ 200: Type.Object({ items: Type.Array(StudioKeySchema) }) }),
      },
    },
    async (request) => {
      const studio = await getStudio(ctx.deps, request.params.studioId);
      if (studio === undefined)
        throw adminProblem("STUDIO_NOT_FOUND", `No studio ${request.params.studioId}.`);
      return {
        items: await listStudioKeys(ctx.deps, {
          studioId: studio.id,
          includeRevoked: request.query.includeRevoked,
        }),
      };
    },
  );

  app.post(
    "/studios/:studioId/credentials",
    {
      schema: {
        ...common,
        summary: "Issue a gateway key: key id and HMAC secret, the secret shown in this answer only",
        params: StudioParams,
        body: IssueStudioKeyBody,
        response: withProblems({ 201: IssuedStudioKeyResponse }),
      },
    },
    async (request, reply) => {
      const result = await issueStudioKey(ctx.deps, {
        studioId: request.params.studioId,
        label: request.body.label,
        actor: adminActorOf(request),
      });
      if (!result.ok) throw adminProblem.from(result);
      return reply
        .code(201)
        .header("cache-control", "no-store")
        .send({ key: result.key, secret: result.secret });
    },
  );

  app.delete(
    "/studios/:studioId/credentials/:keyId",
    {
      schema: {
        ...common,
        summary: "Revoke a gateway key at once",
        params: StudioKeyParams,
        response: withProblems({ 200: StudioKeySchema }),
      },
    },
    async (request) => {
      const result = await revokeStudioKey(ctx.deps, {
        studioId: request.params.studioId,
        keyId: request.params.keyId,
        actor: adminActorOf(request),
      });
      if (!result.ok) throw adminProblem.from(result);
      ctx.deps.studioKeys.studioChanged(request.params.studioId);
      return result.key;
    },
  );
};
