import { Type } from "typebox";
import { withProblems } from "../http/schemas.ts";
import type { RouteFile } from "../http/types.ts";
import { readSaltKeys } from "../operators/salt-keys.ts";
import { cancelSaltRotation, confirmSaltRotation, startSaltRotation } from "../operators/salt-rotation.ts";
import { backofficeActorOf, backofficeCallerOf } from "../http/callers.ts";
import { backofficeProblem } from "../surfaces/backoffice/problems.ts";
import {
  ConfirmSaltBody,
  ConfirmSaltResponse,
  EnvironmentParams,
  SaltKeySchema,
  SaltKeysResponse,
} from "./schema.ts";

const security = [{ backofficeSession: [] }];

/** Salt keys per environment (decrypted for their owner) and rotation with overlap. */
export const saltKeyRoutes: RouteFile = (app, ctx) => {
  app.get(
    "/environments/:environment/salt-keys",
    {
      schema: {
        tags: ["backoffice"],
        summary: "Your salt keys in an environment: the active one and any pending one",
        security,
        params: EnvironmentParams,
        response: withProblems({ 200: SaltKeysResponse }),
      },
    },
    async (request, reply) => {
      const result = await readSaltKeys(
        ctx.deps,
        backofficeCallerOf(request).operatorId,
        request.params.environment,
      );
      if (!result.ok) throw backofficeProblem.from(result);
      reply.header("cache-control", "no-store");
      return { environment: result.environment, keys: result.keys };
    },
  );

  app.post(
    "/environments/:environment/salt-keys/rotate",
    {
      schema: {
        tags: ["backoffice"],
        summary: "Start a rotation: a new salt is created as pending; signing stays on the active one",
        description:
          "Make your wallet accept both salts, then confirm. Nothing changes for live traffic until the confirmation succeeds.",
        security,
        params: EnvironmentParams,
        response: withProblems({ 201: SaltKeySchema }),
      },
    },
    async (request, reply) => {
      const result = await startSaltRotation(ctx.deps, {
        operatorId: backofficeCallerOf(request).operatorId,
        environment: request.params.environment,
        actor: backofficeActorOf(request),
      });
      if (!result.ok) throw backofficeProblem.from(result);
      return reply.code(201).header("cache-control", "no-store").send(result.pending);
    },
  );

  app.post(
    "/environments/:environment/salt-keys/confirm",
    {
      // Every body field is optional, so no body at all means `{}`.
      preValidation: async (request) => {
        request.body ??= {};
      },
      schema: {
        tags: ["backoffice"],
        summary:
          "Confirm a rotation: a signed test call with the pending salt, and the switch if it is accepted",
        description:
          "Sends `balance` signed with the pending salt. On `ok`, or a refusal proving the key was accepted " +
          "(e.g. PLAYER_NOT_FOUND), the pending salt becomes active and the old one is retired. Otherwise " +
          "SALT_NOT_ACCEPTED and nothing changes. With the GameHub profile only `ok` counts: pass an existing `playerId`.",
        security,
        params: EnvironmentParams,
        body: ConfirmSaltBody,
        response: withProblems({ 200: ConfirmSaltResponse }),
      },
    },
    async (request, reply) => {
      const result = await confirmSaltRotation(ctx.deps, {
        operatorId: backofficeCallerOf(request).operatorId,
        environment: request.params.environment,
        actor: backofficeActorOf(request),
        playerId: request.body.playerId,
        currency: request.body.currency,
      });
      if (!result.ok) throw backofficeProblem.from(result);
      reply.header("cache-control", "no-store");
      return { active: result.active, testCall: result.testCall };
    },
  );

  app.delete(
    "/environments/:environment/salt-keys/pending",
    {
      schema: {
        tags: ["backoffice"],
        summary: "Cancel a rotation: discard the pending salt",
        security,
        params: EnvironmentParams,
        response: withProblems({ 204: Type.Null() }),
      },
    },
    async (request, reply) => {
      const result = await cancelSaltRotation(ctx.deps, {
        operatorId: backofficeCallerOf(request).operatorId,
        environment: request.params.environment,
        actor: backofficeActorOf(request),
      });
      if (!result.ok) throw backofficeProblem.from(result);
      return reply.code(204).send(null);
    },
  );
};
