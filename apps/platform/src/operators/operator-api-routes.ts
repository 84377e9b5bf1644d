import { Type } from "typebox";
import { EnvironmentSchema, withProblems } from "../http/schemas.ts";
import type { RouteFile } from "../http/types.ts";
import { canLaunchGames, OPERATOR_STATUSES } from "./status.ts";
import { apiCallerOf } from "../http/callers.ts";

const MeResponse = Type.Object({
  operatorId: Type.String(),
  environment: EnvironmentSchema,
  credentialId: Type.String(),
  status: Type.Enum(OPERATOR_STATUSES),
  canLaunchGames: Type.Boolean({
    description: "False while suspended, or on live credentials before going live.",
  }),
});

/** `GET /v1/me`: who the credential says you are. Handy as an integration's first call. */
export const meRoutes: RouteFile = (app) => {
  app.get(
    "/me",
    {
      schema: {
        tags: ["operator-api"],
        summary: "The operator and environment of this API credential",
        security: [{ apiCredential: [] }],
        response: withProblems({ 200: MeResponse }),
      },
    },
    async (request) => {
      const caller = apiCallerOf(request);
      return {
        operatorId: caller.operatorId,
        environment: caller.environment,
        credentialId: caller.credentialId,
        status: caller.operatorStatus,
        canLaunchGames: canLaunchGames({ status: caller.operatorStatus }, caller.environment),
      };
    },
  );
};
