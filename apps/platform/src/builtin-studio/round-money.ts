import type { ServiceDeps } from "../deps.ts";

/**
 * The money of one platform round as the round engine recorded it (`wallet_calls`): what the
 * abandoned-round rule and the studio's reconciliation read, never write. A studio transaction
 * id is the engine's bet ref (`bet:<tx id>`), so a studio stake is found by its own id.
 */
export interface RoundMoney {
  /** Acknowledged debits that no rollback names: what the operator holds for the round. */
  readonly standingMinor: number;
  /** A debit of the round still awaits its answer: what stands may change. */
  readonly debitPending: boolean;
  /** When the round's latest call was written (what the sweeper's idle check reads); undefined: none. */
  readonly lastCallAtMs: number | undefined;
  /** The closing credit of the abandoned-round sweeper, when there is one. */
  readonly abandonedCreditMinor: number | undefined;
  /**
   * How the studio stake `txId` stands: `stands` (acknowledged, not rolled back), `pending`
   * (awaiting the wallet), `not_taken` (refused, not sent, unknown, or rolled back), `missing`
   * (the round engine never saw it).
   */
  stakeOf(txId: string): "stands" | "pending" | "not_taken" | "missing";
}

export const ABANDONED_CLOSE_REF = "close:abandoned";

export async function roundMoney(deps: Pick<ServiceDeps, "db">, roundId: string): Promise<RoundMoney> {
  const calls = await deps.db
    .selectFrom("wallet_calls")
    .select(["call_id", "action", "ref", "state", "rb", "rb_call_id", "amount_minor", "created_at_ms"])
    .where("round_id", "=", roundId)
    .execute();
  const rolledBack = new Set(calls.filter((c) => c.rb === 1).map((c) => c.rb_call_id));
  const stands = (call: (typeof calls)[number]) =>
    call.action === "debit" && call.rb === 0 && call.state === "ok" && !rolledBack.has(call.call_id);
  const closing = calls.find((c) => c.action === "credit" && c.ref === ABANDONED_CLOSE_REF);
  return {
    standingMinor: calls.filter(stands).reduce((sum, c) => sum + Number(c.amount_minor ?? 0), 0),
    debitPending: calls.some((c) => c.action === "debit" && c.state === "pending"),
    lastCallAtMs: calls.length === 0 ? undefined : Math.max(...calls.map((c) => Number(c.created_at_ms))),
    abandonedCreditMinor: closing === undefined ? undefined : Number(closing.amount_minor ?? 0),
    stakeOf(txId) {
      const debit = calls.find((c) => c.action === "debit" && c.rb === 0 && c.ref === `bet:${txId}`);
      if (debit === undefined) return "missing";
      if (stands(debit)) return "stands";
      return debit.state === "pending" ? "pending" : "not_taken";
    },
  };
}
