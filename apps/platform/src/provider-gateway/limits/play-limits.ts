import { isIsoCurrency } from "@croupier/protocol";
import { recordAudit, type AuditActor } from "../../audit/audit-log.ts";
import type { ServiceDeps } from "../../deps.ts";
import { forgetLimits } from "./limits-cache.ts";
import type { OperatorPlayLimitsRow } from "./tables.ts";

/** An operator's limits in one currency, as the backoffice shows them (minor units of that currency). */
export interface PlayLimits {
  readonly currency: string;
  readonly minBetMinor: number | null;
  readonly maxBetMinor: number | null;
  readonly maxWinPerRoundMinor: number | null;
  readonly updatedAtMs: number;
}

export interface PlayLimitsChange {
  readonly minBetMinor: number | null;
  readonly maxBetMinor: number | null;
  readonly maxWinPerRoundMinor: number | null;
}

export type PlayLimitsResult =
  | { readonly ok: true; readonly limits: PlayLimits }
  | { readonly ok: false; readonly code: "VALIDATION_FAILED"; readonly message: string };

function present(row: OperatorPlayLimitsRow): PlayLimits {
  const money = (value: number | null) => (value === null ? null : Number(value));
  return {
    currency: row.currency,
    minBetMinor: money(row.min_bet_minor),
    maxBetMinor: money(row.max_bet_minor),
    maxWinPerRoundMinor: money(row.max_win_per_round_minor),
    updatedAtMs: Number(row.updated_at_ms),
  };
}

/** Every currency the operator set limits in, by currency. */
export async function listPlayLimits(
  deps: Pick<ServiceDeps, "db">,
  operatorId: string,
): Promise<PlayLimits[]> {
  const rows = await deps.db
    .selectFrom("operator_play_limits")
    .selectAll()
    .where("operator_id", "=", operatorId)
    .orderBy("currency")
    .execute();
  return rows.map(present);
}

/**
 * Sets (replaces) the operator's limits in one currency; all-null removes them. Amounts are in
 * that currency's minor units (KWD 100.000 is 100000). Audited as `play_limits.set`.
 */
export async function setPlayLimits(
  deps: Pick<ServiceDeps, "db" | "clock" | "ids">,
  input: { operatorId: string; currency: string; limits: PlayLimitsChange; actor: AuditActor },
): Promise<PlayLimitsResult> {
  const { currency, limits } = input;
  if (!isIsoCurrency(currency))
    return { ok: false, code: "VALIDATION_FAILED", message: `${currency} is not an ISO 4217 currency.` };
  if (limits.minBetMinor !== null && limits.maxBetMinor !== null && limits.minBetMinor > limits.maxBetMinor)
    return { ok: false, code: "VALIDATION_FAILED", message: "minBetMinor is above maxBetMinor." };
  const now = deps.clock();
  const row: OperatorPlayLimitsRow = {
    operator_id: input.operatorId,
    currency,
    min_bet_minor: limits.minBetMinor,
    max_bet_minor: limits.maxBetMinor,
    max_win_per_round_minor: limits.maxWinPerRoundMinor,
    updated_at_ms: now,
    updated_by: input.actor.id,
  };
  const cleared =
    limits.minBetMinor === null && limits.maxBetMinor === null && limits.maxWinPerRoundMinor === null;
  await deps.db.transaction().execute(async (trx) => {
    if (cleared) {
      await trx
        .deleteFrom("operator_play_limits")
        .where("operator_id", "=", input.operatorId)
        .where("currency", "=", currency)
        .execute();
    } else {
      const { operator_id: _operator, currency: _currency, ...values } = row;
      await trx
        .insertInto("operator_play_limits")
        .values(row)
        .onConflict((oc) => oc.columns(["operator_id", "currency"]).doUpdateSet(values))
        .execute();
    }
    await recordAudit(deps, trx, {
      actor: input.actor,
      action: "play_limits.set",
      targetKind: "operator",
      targetId: input.operatorId,
      details: { currency, ...limits },
    });
  });
  forgetLimits(deps.db);
  return { ok: true, limits: present(row) };
}
