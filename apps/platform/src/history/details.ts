import type { ServiceDeps } from "../deps.ts";
import { withAttemptLogs, type TransactionDetail } from "./attempt-log.ts";
import { presentRound, type RoundView } from "./present.ts";
import { MAX_CALLS_IN_ROUND } from "./schema.ts";
import { engineRoundIds } from "./round-id.ts";
import type { HistoryScope } from "./scope.ts";

export interface RoundDetail extends RoundView {
  readonly totals: { readonly debited: number; readonly credited: number; readonly rolled_back: number };
  readonly transactions: TransactionDetail[];
  readonly transactions_truncated: boolean;
}

/**
 * One round with every wallet call of it (bets, wins, rollbacks, the closing credit) and every
 * attempt of each: what was sent, what came back, how long it took, what it meant. Undefined when
 * the round is not the scope's (another operator's, or the other environment's).
 *
 * @example
 * const round = await getRoundDetail(deps, { operatorId, environment: "live" }, "gr_3f…");
 * // The id a built-in studio player sees works too: getRoundDetail(deps, scope, "sr_…")
 */
export async function getRoundDetail(
  deps: Pick<ServiceDeps, "db">,
  scope: HistoryScope,
  quotedRoundId: string,
): Promise<RoundDetail | undefined> {
  const round = await deps.db
    .selectFrom("rounds_all")
    .selectAll()
    .where("round_id", "in", engineRoundIds(quotedRoundId))
    .where("operator_id", "=", scope.operatorId)
    .where("environment", "=", scope.environment)
    .executeTakeFirst();
  if (round === undefined) return undefined;
  const calls = await deps.db
    .selectFrom("wallet_calls_all")
    .selectAll()
    .where("round_id", "=", round.round_id)
    // A round's calls are its operator's by construction; filtering again costs nothing and
    // keeps the scope rule visible in every query.
    .where("operator_id", "=", scope.operatorId)
    .where("environment", "=", scope.environment)
    .orderBy("created_at_ms")
    .orderBy("call_id")
    .limit(MAX_CALLS_IN_ROUND + 1)
    .execute();
  const shown = calls.slice(0, MAX_CALLS_IN_ROUND);
  const totals = { debited: 0, credited: 0, rolled_back: 0 };
  for (const call of shown) {
    if (call.state !== "ok" || call.amount_minor === null) continue;
    if (call.rb === 1) totals.rolled_back += call.amount_minor;
    else if (call.action === "debit") totals.debited += call.amount_minor;
    else if (call.action === "credit") totals.credited += call.amount_minor;
  }
  return {
    ...presentRound(round),
    totals,
    transactions: await withAttemptLogs(deps.db, shown),
    transactions_truncated: calls.length > MAX_CALLS_IN_ROUND,
  };
}

/** One wallet call with its latest attempts, or undefined when it is not the scope's. */
export async function getTransactionDetail(
  deps: Pick<ServiceDeps, "db">,
  scope: HistoryScope,
  callId: string,
): Promise<TransactionDetail | undefined> {
  const call = await deps.db
    .selectFrom("wallet_calls_all")
    .selectAll()
    .where("call_id", "=", callId)
    .where("operator_id", "=", scope.operatorId)
    .where("environment", "=", scope.environment)
    .executeTakeFirst();
  if (call === undefined) return undefined;
  const [detail] = await withAttemptLogs(deps.db, [call]);
  return detail;
}
