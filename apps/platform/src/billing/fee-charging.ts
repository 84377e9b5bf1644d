import type { Kysely } from "kysely";
import { currencyExponent } from "@croupier/protocol";
import type { Database } from "../db/database.ts";
import type { ServiceDeps } from "../deps.ts";
import { lockAccount, postEntry } from "./credit-ledger.ts";
import { convertFee } from "./fee-math.ts";
import { loadRateBook, type RateBook } from "./rates.ts";
import type { BillingRoundsTable } from "./tables.ts";

/** Rounds charged per run from those left waiting for an exchange rate. */
const MAX_AWAITING_ROUNDS = 500;

type ChargeDeps = Pick<ServiceDeps, "dialect" | "clock" | "ids" | "logger">;

/**
 * The fee side of the round projector, inside its transaction: the carry of negative GGR and
 * of rounding remainders per operator, provider and round currency, and the fee entries.
 */
export async function readCarry(
  trx: Kysely<Database>,
  operatorId: string,
  providerId: string,
  currency: string,
) {
  const row = await trx
    .selectFrom("billing_fee_carry")
    .selectAll()
    .where("operator_id", "=", operatorId)
    .where("provider_id", "=", providerId)
    .where("currency", "=", currency)
    .executeTakeFirst();
  return row ?? { carried_ggr_minor: 0, remainder_e8: 0 };
}

export async function writeCarry(
  trx: Kysely<Database>,
  nowMs: number,
  key: { operator_id: string; provider_id: string; currency: string },
  set: { carried_ggr_minor?: number; remainder_e8?: number },
): Promise<void> {
  const values = { carried_ggr_minor: 0, remainder_e8: 0, ...set };
  const { operator_id, provider_id, currency } = key;
  await trx
    .insertInto("billing_fee_carry")
    .values({ operator_id, provider_id, currency, ...values, updated_at_ms: nowMs })
    .onConflict((oc) =>
      oc.columns(["operator_id", "provider_id", "currency"]).doUpdateSet({ ...set, updated_at_ms: nowMs }),
    )
    .execute();
}

/**
 * Converts and charges live rounds whose fee is still due: one ledger entry per operator,
 * provider and round currency. A round without an exchange rate into the billing currency stays
 * `awaiting_rate` (logged) and is charged by a later run once an admin sets one.
 */
export async function chargeRounds(
  deps: ChargeDeps,
  trx: Kysely<Database>,
  rates: RateBook,
  rows: BillingRoundsTable[],
  touched: Set<string>,
): Promise<number> {
  const groups = new Map<string, BillingRoundsTable[]>();
  for (const row of rows) {
    const key = `${row.operator_id}\u0000${row.provider_id}\u0000${row.currency}`;
    const group = groups.get(key) ?? [];
    group.push(row);
    groups.set(key, group);
  }
  let charged = 0;
  for (const group of groups.values()) {
    const first = group[0]!;
    const account = await lockAccount(deps, trx, first.operator_id);
    const fromExponent = currencyExponent(first.currency);
    const toExponent = currencyExponent(account.currency);
    let remainderE8 = (await readCarry(trx, first.operator_id, first.provider_id, first.currency))
      .remainder_e8;
    const done: Array<{ row: BillingRoundsTable; feeMinor: number }> = [];
    for (const row of group) {
      const rateE8 = rates.exchange(row.currency, account.currency, row.closed_at_ms);
      if (rateE8 === undefined || fromExponent === undefined || toExponent === undefined) {
        deps.logger.warn(
          { roundId: row.round_id, from: row.currency, to: account.currency },
          "no exchange rate for a round's fee: it waits for one",
        );
        continue;
      }
      const fee = convertFee({
        chargeableMinor: row.chargeable_minor,
        sharePpm: rates.feeShare(row.provider_id, row.closed_at_ms),
        rateE8,
        fromExponent,
        toExponent,
        remainderE8,
      });
      remainderE8 = fee.remainderE8;
      done.push({ row, feeMinor: fee.feeMinor });
    }
    if (done.length === 0) continue;
    const total = done.reduce((sum, d) => sum + d.feeMinor, 0);
    const { entry } = await postEntry(deps, trx, {
      operatorId: first.operator_id,
      kind: "fee",
      amountMinor: -total,
      actor: { kind: "system", id: "billing" },
      fee: {
        providerId: first.provider_id,
        roundCurrency: first.currency,
        ggrMinor: done.reduce((sum, d) => sum + d.row.ggr_minor, 0),
        chargeableMinor: done.reduce((sum, d) => sum + d.row.chargeable_minor, 0),
        rounds: done.length,
      },
    });
    for (const d of done) {
      await trx
        .updateTable("billing_rounds")
        .set({ fee_status: "charged", fee_minor: d.feeMinor, fee_entry_id: entry.id })
        .where("round_id", "=", d.row.round_id)
        .execute();
    }
    await writeCarry(trx, deps.clock(), first, { remainder_e8: remainderE8 });
    touched.add(first.operator_id);
    charged += done.length;
  }
  return charged;
}

/** Rounds left `awaiting_rate` by earlier runs, retried (oldest first, a bounded number). */
export async function chargeAwaitingRounds(
  deps: ChargeDeps,
  trx: Kysely<Database>,
  touched: Set<string>,
): Promise<number> {
  const waiting = await trx
    .selectFrom("billing_rounds")
    .selectAll()
    .where("fee_status", "=", "awaiting_rate")
    .orderBy("closed_at_ms")
    .limit(MAX_AWAITING_ROUNDS)
    .execute();
  if (waiting.length === 0) return 0;
  return chargeRounds(deps, trx, await loadRateBook(trx), waiting, touched);
}
