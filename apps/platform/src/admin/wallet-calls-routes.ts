import { timeRangeOf } from "../history/time-range.ts";
import { pageParams } from "../http/page-params.ts";
import { withProblems } from "../http/schemas.ts";
import { adminActorOf } from "../http/callers.ts";
import type { RouteFile } from "../http/types.ts";
import type { ManualResolutionError } from "../round-engine/outbox/manual-resolution.ts";
import { adminProblem } from "../surfaces/admin/problems.ts";
import {
  AdminWalletCallDetail,
  AdminWalletCallPage,
  ResolveBody,
  RetryResponse,
  WalletCallListQuery,
  WalletCallParams,
  AdminWalletCallSchema,
} from "./wallet-calls-schema.ts";
import {
  getWalletCall,
  listWalletCalls,
  resolveWalletCall,
  retryWalletCall,
} from "./wallet-calls-service.ts";

const common = { tags: ["admin"], security: [{ adminSession: [] }] };

function refusal(error: ManualResolutionError) {
  // The schema already holds the reason to the outbox's rule; INVALID_INPUT here is a mismatch.
  if (error.code === "INVALID_INPUT") return adminProblem("VALIDATION_FAILED", error.message);
  return adminProblem(error.code, error.message);
}

/**
 * Wallet calls for support staff: the queue of credits and rollbacks waiting for manual
 * resolution, any call with its attempts, and the two ways out — retry now, or mark resolved with
 * a reason. Both are audited. A retry is sent through the process's round engine (`ctx.engine`:
 * its outbox and callback client).
 */
export const walletCallAdminRoutes: RouteFile = (app, ctx) => {
  const { engine } = ctx;

  app.get(
    "/wallet-calls",
    {
      schema: {
        ...common,
        summary: "Wallet calls in one state, oldest first (default: waiting for manual resolution)",
        querystring: WalletCallListQuery,
        response: withProblems({ 200: AdminWalletCallPage }),
      },
    },
    async (request) => {
      const { query } = request;
      const range = timeRangeOf(query);
      if (!range.ok) throw adminProblem("INVALID_TIME_RANGE", range.message);
      return listWalletCalls(ctx.deps, {
        state: query.state ?? "manual",
        operatorId: query.operatorId,
        environment: query.environment,
        action: query.action,
        playerId: query.playerId,
        roundId: query.roundId,
        ...range.range,
        ...pageParams(query),
      });
    },
  );

  app.get(
    "/wallet-calls/:callId",
    {
      schema: {
        ...common,
        summary: "One wallet call with its attempts",
        params: WalletCallParams,
        response: withProblems({ 200: AdminWalletCallDetail }),
      },
    },
    async (request) => {
      const found = await getWalletCall(ctx.deps, request.params.callId);
      if (found === undefined)
        throw adminProblem("CALL_NOT_FOUND", `No wallet call ${request.params.callId}.`);
      return found;
    },
  );

  app.post(
    "/wallet-calls/:callId/retry",
    {
      schema: {
        ...common,
        summary: "Send a pending or manual credit or rollback now (audited)",
        params: WalletCallParams,
        response: withProblems({ 200: RetryResponse }),
      },
    },
    async (request) => {
      const result = await retryWalletCall(ctx.deps, engine, {
        callId: request.params.callId,
        actor: adminActorOf(request),
      });
      if (!result.ok) throw refusal(result);
      return { state: result.state, reason: result.reason, call: result.call };
    },
  );

  app.post(
    "/wallet-calls/:callId/resolve",
    {
      schema: {
        ...common,
        summary: "Close a call waiting for manual resolution, with the reason (audited)",
        params: WalletCallParams,
        body: ResolveBody,
        response: withProblems({ 200: AdminWalletCallSchema }),
      },
    },
    async (request) => {
      const result = await resolveWalletCall(ctx.deps, engine, {
        callId: request.params.callId,
        reason: request.body.reason,
        actor: adminActorOf(request),
      });
      if (!result.ok) throw refusal(result);
      return result.call;
    },
  );
};
