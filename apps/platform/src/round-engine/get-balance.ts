import type { ErrorCode } from "@croupier/protocol";
import { endpointSettings } from "../callbacks/endpoint-settings.ts";
import { attemptLeasedCall } from "./outbox/attempt.ts";
import { newCallRow } from "./outbox/call-rows.ts";
import { MAX_QUEUED_OPS } from "./write-model/write-batcher.ts";
import { sessionProblem, type GameSession, type RoundDeps } from "./round-deps.ts";
import { roundError, type RoundError } from "./round-errors.ts";

export type BalanceResult =
  { readonly ok: true; readonly balanceMinor: number; readonly callId: string } | RoundError;

/**
 * Asks the operator for the player's balance (`balance` call). Not retried: a refusal or an
 * unknown outcome is BALANCE_UNAVAILABLE to the game, which may ask again.
 *
 * The call is recorded like every other (row, attempt, outcome), but the game does not wait for
 * the row to be durable before it is sent: a balance call moves no money, so there is nothing to
 * resume or undo after a crash, and waiting would add a commit to every balance check.
 *
 * @example
 * const balance = await getBalance(deps, session);
 * if (balance.ok) show(balance.balanceMinor);
 */
export async function getBalance(deps: RoundDeps, session: GameSession): Promise<BalanceResult> {
  const problem = sessionProblem(session);
  if (problem !== undefined) return roundError("INVALID_INPUT", problem);
  const { outbox } = deps;
  const endpoint = await deps.lookup(session.operatorId, session.environment);
  if (endpoint === undefined)
    return roundError("OPERATOR_NOT_CONFIGURED", "the operator has no wallet endpoint here");
  if (deps.client.circuitRetryAtMs(endpoint) !== undefined) {
    return roundError("WALLET_UNAVAILABLE", "the operator's wallet is not answering; the call was not sent");
  }
  if (outbox.batcher.queued >= MAX_QUEUED_OPS) {
    return roundError("OVERLOADED", "the platform is not accepting new wallet calls right now; try again");
  }
  const nowMs = outbox.clock();
  const leaseOwner = outbox.newLeaseToken();
  const row = newCallRow(
    {
      callId: deps.ids("c"),
      operatorId: session.operatorId,
      environment: session.environment,
      action: "balance",
      sessionId: session.sessionId,
      playerId: session.playerId,
      currency: session.currency,
      gameId: session.gameId,
    },
    {
      nowMs,
      horizonMs: outbox.retryHorizonMs,
      lease: { owner: leaseOwner, untilAtMs: outbox.leaseUntil(nowMs, endpointSettings(endpoint).timeoutMs) },
    },
  );
  const log = () => outbox.logger.child({ call_id: row.call_id, operator_id: session.operatorId });
  outbox.batcher
    .submit({ kind: "insert-call", row, guard: "none", closesRound: false, voidIfNoDebit: false })
    .catch((error: unknown) => log().error({ err: error }, "recording a balance call failed"));
  const report = await attemptLeasedCall(deps, row, leaseOwner, endpoint);
  report.recorded.catch((error: unknown) =>
    log().error({ err: error }, "recording a balance outcome failed"),
  );
  const outcome = report.outcome;
  if (outcome.kind === "ok") return { ok: true, balanceMinor: outcome.balance, callId: row.call_id };
  if (outcome.kind === "not_sent")
    return roundError("WALLET_UNAVAILABLE", outcome.reason, { callId: row.call_id });
  if (outcome.kind === "refused") {
    return roundError("BALANCE_UNAVAILABLE", outcome.message, {
      walletCode: outcome.code as ErrorCode,
      callId: row.call_id,
    });
  }
  return roundError("BALANCE_UNAVAILABLE", outcome.reason, { callId: row.call_id });
}
