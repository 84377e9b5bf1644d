import assert from "node:assert/strict";
import { describe, test } from "node:test";
import type { FastifyReply, FastifyRequest } from "fastify";
import type { ApiCaller } from "../operators/credentials.ts";
import type { OperatorStatus } from "../operators/status.ts";
import { apiCallerOf } from "../http/callers.ts";
import { requireLaunchAllowed } from "./launch-allowed.ts";

function requestAs(status: OperatorStatus, environment: "sandbox" | "live"): FastifyRequest {
  const apiCaller: ApiCaller = {
    operatorId: "op_1",
    environment,
    credentialId: "cred_1",
    operatorStatus: status,
  };
  return { apiCaller } as unknown as FastifyRequest;
}

describe("launch guard for /v1 routes that start play", () => {
  const reply = {} as FastifyReply;

  test("lets sandbox operators launch in sandbox and live operators anywhere", async () => {
    await requireLaunchAllowed(requestAs("sandbox", "sandbox"), reply);
    await requireLaunchAllowed(requestAs("live", "live"), reply);
    await requireLaunchAllowed(requestAs("live", "sandbox"), reply);
  });

  test("refuses suspended operators and sandbox operators on live credentials with LAUNCH_NOT_ALLOWED", async () => {
    for (const [status, environment] of [
      ["suspended", "sandbox"],
      ["suspended", "live"],
      ["sandbox", "live"],
    ] as const) {
      await assert.rejects(requireLaunchAllowed(requestAs(status, environment), reply), (error: unknown) => {
        assert.equal((error as { code?: string }).code, "LAUNCH_NOT_ALLOWED");
        assert.equal((error as { status?: number }).status, 403);
        return true;
      });
    }
  });

  test("apiCallerOf outside the authenticated scope is a programming error", () => {
    assert.throws(() => apiCallerOf({ apiCaller: null } as unknown as FastifyRequest), /outside/);
  });
});
