import type { ServiceDeps } from "../deps.ts";
import { csvLine } from "../reports/csv-writer.ts";
import { readAccount } from "./credit-ledger.ts";
import { ROUNDING_RULE } from "./fee-math.ts";

/** A statement covers at most a year. */
export const MAX_STATEMENT_DAYS = 366;

export interface FeeLine {
  providerId: string;
  roundCurrency: string;
  rounds: number;
  ggrMinor: number;
  chargeableMinor: number;
  feeMinor: number;
}

export interface Statement {
  operatorId: string;
  currency: string;
  from: string;
  to: string;
  openingBalanceMinor: number;
  topUpsMinor: number;
  topUps: number;
  correctionsMinor: number;
  corrections: number;
  fees: FeeLine[];
  feesMinor: number;
  closingBalanceMinor: number;
  /** Negative GGR per provider and currency still carried forward now (not refunded). */
  carriedForward: Array<{ providerId: string; roundCurrency: string; carriedGgrMinor: number }>;
  notes: string[];
}

/**
 * A period's statement from the credit ledger: the balance after the last entry before the period,
 * the period's top-ups, corrections and fees (by provider and round currency), and the balance
 * after its last entry. Opening + movements = closing, always (the entries carry their balance).
 */
export async function buildStatement(
  deps: Pick<ServiceDeps, "db">,
  input: { operatorId: string; from: string; to: string; fromMs: number; toMs: number },
): Promise<Statement> {
  const account = await readAccount(deps, input.operatorId);
  const before = await deps.db
    .selectFrom("billing_entries")
    .select("balance_after_minor")
    .where("operator_id", "=", input.operatorId)
    .where("created_at_ms", "<", input.fromMs)
    .orderBy("seq", "desc")
    .limit(1)
    .executeTakeFirst();
  const entries = await deps.db
    .selectFrom("billing_entries")
    .selectAll()
    .where("operator_id", "=", input.operatorId)
    .where("created_at_ms", ">=", input.fromMs)
    .where("created_at_ms", "<", input.toMs)
    .orderBy("seq")
    .execute();
  const opening = before?.balance_after_minor ?? 0;
  const statement: Statement = {
    operatorId: input.operatorId,
    currency: account.currency,
    from: input.from,
    to: input.to,
    openingBalanceMinor: opening,
    topUpsMinor: 0,
    topUps: 0,
    correctionsMinor: 0,
    corrections: 0,
    fees: [],
    feesMinor: 0,
    closingBalanceMinor: entries.at(-1)?.balance_after_minor ?? opening,
    carriedForward: [],
    notes: [
      "A period with negative GGR is carried forward against later GGR of the same provider and currency, never refunded.",
      ROUNDING_RULE,
    ],
  };
  const fees = new Map<string, FeeLine>();
  for (const e of entries) {
    if (e.kind === "top_up") {
      statement.topUpsMinor += e.amount_minor;
      statement.topUps += 1;
    } else if (e.kind === "correction") {
      statement.correctionsMinor += e.amount_minor;
      statement.corrections += 1;
    } else {
      const key = `${e.provider_id}\u0000${e.round_currency}`;
      const line = fees.get(key) ?? {
        providerId: e.provider_id ?? "",
        roundCurrency: e.round_currency ?? "",
        rounds: 0,
        ggrMinor: 0,
        chargeableMinor: 0,
        feeMinor: 0,
      };
      line.rounds += e.rounds ?? 0;
      line.ggrMinor += e.ggr_minor ?? 0;
      line.chargeableMinor += e.chargeable_minor ?? 0;
      line.feeMinor += -e.amount_minor;
      fees.set(key, line);
      statement.feesMinor += -e.amount_minor;
    }
  }
  statement.fees = [...fees.values()].sort(
    (a, b) => a.providerId.localeCompare(b.providerId) || a.roundCurrency.localeCompare(b.roundCurrency),
  );
  const carry = await deps.db
    .selectFrom("billing_fee_carry")
    .selectAll()
    .where("operator_id", "=", input.operatorId)
    .where("carried_ggr_minor", "<", 0)
    .orderBy("provider_id")
    .orderBy("currency")
    .execute();
  statement.carriedForward = carry.map((c) => ({
    providerId: c.provider_id,
    roundCurrency: c.currency,
    carriedGgrMinor: c.carried_ggr_minor,
  }));
  return statement;
}

/** The statement as CSV: `section,provider_id,round_currency,rounds,ggr_minor,chargeable_minor,amount_minor`. */
export function statementCsv(s: Statement): string {
  let out = csvLine([
    "section",
    "provider_id",
    "round_currency",
    "rounds",
    "ggr_minor",
    "chargeable_minor",
    "amount_minor",
  ]);
  out += csvLine(["period", "", "", "", "", "", `${s.from}..${s.to} ${s.currency}`]);
  out += csvLine(["opening_balance", "", "", "", "", "", s.openingBalanceMinor]);
  out += csvLine(["top_ups", "", "", s.topUps, "", "", s.topUpsMinor]);
  out += csvLine(["corrections", "", "", s.corrections, "", "", s.correctionsMinor]);
  for (const f of s.fees) {
    out += csvLine([
      "fee",
      f.providerId,
      f.roundCurrency,
      f.rounds,
      f.ggrMinor,
      f.chargeableMinor,
      -f.feeMinor,
    ]);
  }
  out += csvLine(["closing_balance", "", "", "", "", "", s.closingBalanceMinor]);
  for (const c of s.carriedForward) {
    out += csvLine([
      "negative_ggr_carried_forward",
      c.providerId,
      c.roundCurrency,
      "",
      c.carriedGgrMinor,
      "",
      "",
    ]);
  }
  for (const note of s.notes) out += csvLine(["note", "", "", "", "", "", note]);
  return out;
}
