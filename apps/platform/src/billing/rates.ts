import type { Kysely } from "kysely";
import { currencyExponent } from "@croupier/protocol";
import { recordAudit, type AuditActor } from "../audit/audit-log.ts";
import type { Database } from "../db/database.ts";
import { isUniqueViolation } from "../db/errors.ts";
import type { ServiceDeps } from "../deps.ts";
import { fail, type Failure } from "../operators/problems.ts";
import { RATE_ONE_E8 } from "./fee-math.ts";
import type { BillingProblemCode } from "./problems.ts";
import type { BillingExchangeRatesTable, BillingFeeRatesTable } from "./tables.ts";

const DAY_MS = 86_400_000;

/** `YYYY-MM-DD` (UTC) as the epoch ms of its midnight, or undefined when it is not a real day. */
export function dayStartMs(day: string): number | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return undefined;
  const ms = Date.parse(`${day}T00:00:00.000Z`);
  if (Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== day) return undefined;
  return ms;
}

export function dayOf(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

type RateResult<T> =
  | { ok: true; rate: T }
  | Failure<Extract<BillingProblemCode, "INVALID_RATE" | "RATE_EXISTS" | "UNKNOWN_PROVIDER">>;

/**
 * Sets a provider's share of GGR from a day on (parts per million). Rates are history: a day's
 * rate is never replaced, so a statement can always be re-derived. Audited.
 */
export async function setFeeRate(
  deps: Pick<ServiceDeps, "db" | "clock" | "ids">,
  input: { providerId: string; effectiveFrom: string; sharePpm: number; actor: AuditActor },
): Promise<RateResult<BillingFeeRatesTable>> {
  const from = dayStartMs(input.effectiveFrom);
  if (
    from === undefined ||
    !Number.isSafeInteger(input.sharePpm) ||
    input.sharePpm < 0 ||
    input.sharePpm > 1_000_000
  ) {
    return fail("INVALID_RATE", "A fee rate is a share of 0–1 000 000 ppm of GGR from a day (YYYY-MM-DD).");
  }
  const provider = await deps.db
    .selectFrom("catalogue_providers")
    .select("id")
    .where("id", "=", input.providerId)
    .executeTakeFirst();
  if (provider === undefined)
    return fail("UNKNOWN_PROVIDER", `No provider ${input.providerId} in the catalogue.`);
  const row: BillingFeeRatesTable = {
    id: deps.ids("fee"),
    provider_id: input.providerId,
    effective_from_ms: from,
    share_ppm: input.sharePpm,
    created_by: input.actor.id,
    created_at_ms: deps.clock(),
  };
  return insertRate(deps, "billing_fee_rates", row, input.actor, "billing.fee_rate", input.providerId);
}

/** Sets what one unit of `from` is worth in `to` (× 10^8) from a day on. Audited. */
export async function setExchangeRate(
  deps: Pick<ServiceDeps, "db" | "clock" | "ids">,
  input: {
    fromCurrency: string;
    toCurrency: string;
    effectiveFrom: string;
    rateE8: number;
    actor: AuditActor;
  },
): Promise<RateResult<BillingExchangeRatesTable>> {
  const from = dayStartMs(input.effectiveFrom);
  if (
    from === undefined ||
    !Number.isSafeInteger(input.rateE8) ||
    input.rateE8 <= 0 ||
    currencyExponent(input.fromCurrency) === undefined ||
    currencyExponent(input.toCurrency) === undefined ||
    input.fromCurrency === input.toCurrency
  ) {
    return fail(
      "INVALID_RATE",
      "An exchange rate is a positive integer (units of `to` per unit of `from`, × 10^8) between two different ISO 4217 currencies, from a day (YYYY-MM-DD).",
    );
  }
  const row: BillingExchangeRatesTable = {
    id: deps.ids("fx"),
    from_currency: input.fromCurrency,
    to_currency: input.toCurrency,
    effective_from_ms: from,
    rate_e8: input.rateE8,
    created_by: input.actor.id,
    created_at_ms: deps.clock(),
  };
  return insertRate(
    deps,
    "billing_exchange_rates",
    row,
    input.actor,
    "billing.exchange_rate",
    `${input.fromCurrency}/${input.toCurrency}`,
  );
}

async function insertRate<T extends BillingFeeRatesTable | BillingExchangeRatesTable>(
  deps: Pick<ServiceDeps, "db" | "clock" | "ids">,
  table: "billing_fee_rates" | "billing_exchange_rates",
  row: T,
  actor: AuditActor,
  action: string,
  targetId: string,
): Promise<RateResult<T>> {
  try {
    await deps.db.transaction().execute(async (trx) => {
      await trx
        .insertInto(table)
        .values(row as never)
        .execute();
      await recordAudit(deps, trx, {
        actor,
        action,
        targetKind: "billing_rate",
        targetId,
        details: { ...row },
      });
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    return fail(
      "RATE_EXISTS",
      `A rate for ${targetId} from ${dayOf(row.effective_from_ms)} exists; rates are never replaced.`,
    );
  }
  return { ok: true, rate: row };
}

/** Every rate, for the admin lists (a handful per provider or currency pair). */
export async function listRates(deps: Pick<ServiceDeps, "db">) {
  const [fees, exchange] = await Promise.all([
    deps.db
      .selectFrom("billing_fee_rates")
      .selectAll()
      .orderBy("provider_id")
      .orderBy("effective_from_ms")
      .execute(),
    deps.db
      .selectFrom("billing_exchange_rates")
      .selectAll()
      .orderBy("from_currency")
      .orderBy("to_currency")
      .orderBy("effective_from_ms")
      .execute(),
  ]);
  return { fees, exchange };
}

/**
 * Rates in force, loaded once per projector batch: `feeShare` answers the provider's share at a
 * moment (0 when none is set: the round is charged nothing, and the statement shows it),
 * `exchange` the rate × 10^8 (1 for the same currency; undefined when none is set yet).
 */
export async function loadRateBook(db: Kysely<Database>) {
  const fees = await db
    .selectFrom("billing_fee_rates")
    .selectAll()
    .orderBy("effective_from_ms", "desc")
    .execute();
  const fx = await db
    .selectFrom("billing_exchange_rates")
    .selectAll()
    .orderBy("effective_from_ms", "desc")
    .execute();
  return {
    feeShare(providerId: string, atMs: number): number {
      return fees.find((r) => r.provider_id === providerId && r.effective_from_ms <= atMs)?.share_ppm ?? 0;
    },
    exchange(from: string, to: string, atMs: number): number | undefined {
      if (from === to) return RATE_ONE_E8;
      return fx.find((r) => r.from_currency === from && r.to_currency === to && r.effective_from_ms <= atMs)
        ?.rate_e8;
    },
  };
}

export type RateBook = Awaited<ReturnType<typeof loadRateBook>>;
export { DAY_MS };
