import type { FastifyReply, FastifyRequest } from "fastify";
import { apiCallerOf } from "../http/callers.ts";
import { canLaunchGames } from "../operators/status.ts";
import { sessionApiProblem } from "./problems.ts";

/**
 * preHandler for /v1 routes that start something new (game launch, new session): refuses
 * suspended operators, and sandbox-only operators on live credentials.
 *
 * @example
 * app.post("/sessions", { preHandler: requireLaunchAllowed, schema }, handler);
 */
export async function requireLaunchAllowed(request: FastifyRequest, _reply: FastifyReply): Promise<void> {
  const caller = apiCallerOf(request);
  if (!canLaunchGames({ status: caller.operatorStatus }, caller.environment)) {
    throw sessionApiProblem(
      "LAUNCH_NOT_ALLOWED",
      caller.operatorStatus === "suspended"
        ? "The operator is suspended: no new game launches. Open rounds still settle."
        : `The operator is ${caller.operatorStatus}: no launches in ${caller.environment}.`,
    );
  }
}
