import { Type } from "typebox";
import { pageParams } from "../http/page-params.ts";
import { EnvironmentSchema, withProblems } from "../http/schemas.ts";
import type { RouteFile } from "../http/types.ts";
import { createCredential, listCredentials, revokeCredential } from "../operators/credentials.ts";
import { PageOf, PageQuery } from "../pagination/cursor.ts";
import { backofficeActorOf, backofficeCallerOf } from "../http/callers.ts";
import { backofficeProblem } from "../surfaces/backoffice/problems.ts";
import { CreateCredentialBody, CreatedCredentialResponse, CredentialSchema } from "./schema.ts";

const security = [{ backofficeSession: [] }];

/** The operator's API credentials: list, create (token shown once), revoke. */
export const credentialRoutes: RouteFile = (app, ctx) => {
  app.get(
    "/credentials",
    {
      schema: {
        tags: ["backoffice"],
        summary: "List your API credentials (newest first)",
        security,
        querystring: Type.Object(
          {
            environment: Type.Optional(EnvironmentSchema),
            includeRevoked: Type.Optional(Type.Boolean({ default: false })),
            ...PageQuery,
          },
          { additionalProperties: false },
        ),
        response: withProblems({ 200: PageOf(CredentialSchema) }),
      },
    },
    async (request) => {
      const { operatorId } = backofficeCallerOf(request);
      return listCredentials(ctx.deps, {
        operatorId,
        environment: request.query.environment,
        includeRevoked: request.query.includeRevoked,
        ...pageParams(request.query),
      });
    },
  );

  app.post(
    "/credentials",
    {
      schema: {
        tags: ["backoffice"],
        summary: "Create an API credential; the token is in this answer only",
        security,
        body: CreateCredentialBody,
        response: withProblems({ 201: CreatedCredentialResponse }),
      },
    },
    async (request, reply) => {
      const { operatorId } = backofficeCallerOf(request);
      const result = await createCredential(ctx.deps, {
        operatorId,
        ...request.body,
        actor: backofficeActorOf(request),
      });
      if (!result.ok) throw backofficeProblem.from(result);
      return reply
        .code(201)
        .header("cache-control", "no-store")
        .send({ credential: result.credential, token: result.token });
    },
  );

  app.delete(
    "/credentials/:credentialId",
    {
      schema: {
        tags: ["backoffice"],
        summary: "Revoke an API credential at once",
        security,
        params: Type.Object({ credentialId: Type.String({ maxLength: 64 }) }),
        response: withProblems({ 200: CredentialSchema }),
      },
    },
    async (request) => {
      const { operatorId } = backofficeCallerOf(request);
      const result = await revokeCredential(ctx.deps, {
        operatorId,
        credentialId: request.params.credentialId,
        actor: backofficeActorOf(request),
      });
      if (!result.ok) throw backofficeProblem.from(result);
      return result.credential;
    },
  );
};
