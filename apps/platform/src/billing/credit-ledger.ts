import type { Kysely } from "kysely";
import { currencyExponent } from "@croupier/protocol";
import { recordAudit, type AuditActor } from "../audit/audit-log.ts";
import { sha256Hex } from "../auth/tokens.ts";
import type { Database } from "../db/database.ts";
import { dialectFeatures } from "../db/dialect.ts";
import { isUniqueViolation } from "../db/errors.ts";
import type { ServiceDeps } from "../deps.ts";
import { getOperator } from "../operators/operators.ts";
import { fail, type Failure } from "../operators/problems.ts";
import { DEFAULT_BILLING_CURRENCY } from "./billing-defaults.ts";
import type { BillingProblemCode } from "./problems.ts";
import type { BillingAccountRow, BillingEntryKind, BillingEntryRow } from "./tables.ts";

/** Largest amount one entry may move: far beyond any real top-up, far below 2^53. */
export const MAX_ENTRY_MINOR = 1_000_000_000_000_000;

type Deps = Pick<ServiceDeps, "db" | "dialect" | "clock" | "ids">;

/** What an entry carries besides its amount; fee entries fill the fee fields. */
export interface EntryInput {
  readonly operatorId: string;
  readonly kind: BillingEntryKind;
  readonly amountMinor: number;
  readonly actor: AuditActor;
  readonly paymentReference?: string | null;
  readonly note?: string | null;
  readonly idempotencyKey?: string | null;
  readonly requestHash?: string | null;
  readonly fee?: {
    readonly providerId: string;
    readonly roundCurrency: string;
    readonly ggrMinor: number;
    readonly chargeableMinor: number;
    readonly rounds: number;
  };
}

/**
 * The operator's account, created in the default billing currency on first use. Inside `trx`
 * and, on PostgreSQL, locked: entries of one operator are posted one at a time, so `seq` and
 * `balance_after_minor` follow each other without gaps.
 */
export async function lockAccount(
  deps: Pick<ServiceDeps, "dialect" | "clock">,
  trx: Kysely<Database>,
  operatorId: string,
): Promise<BillingAccountRow> {
  const read = () =>
    trx
      .selectFrom("billing_accounts")
      .selectAll()
      .where("operator_id", "=", operatorId)
      .$if(dialectFeatures(deps.dialect).rowLocks, (q) => q.forUpdate())
      .executeTakeFirst();
  const existing = await read();
  if (existing !== undefined) return existing;
  const now = deps.clock();
  await trx
    .insertInto("billing_accounts")
    .values({
      operator_id: operatorId,
      currency: DEFAULT_BILLING_CURRENCY,
      balance_minor: 0,
      last_seq: 0,
      low_credit_threshold_minor: 0,
      created_at_ms: now,
      updated_at_ms: now,
    })
    .onConflict((oc) => oc.column("operator_id").doNothing())
    .execute();
  const created = await read();
  if (created === undefined) throw new Error(`billing account of ${operatorId} vanished`);
  return created;
}

/**
 * Posts one entry inside `trx` (the caller's transaction: a fee entry commits with the rounds it
 * charges, a top-up with its audit record). Returns the entry and the account before it.
 */
export async function postEntry(
  deps: Pick<ServiceDeps, "dialect" | "clock" | "ids">,
  trx: Kysely<Database>,
  input: EntryInput,
): Promise<{ entry: BillingEntryRow; before: BillingAccountRow }> {
  const account = await lockAccount(deps, trx, input.operatorId);
  const now = deps.clock();
  const seq = account.last_seq + 1;
  const balanceAfter = account.balance_minor + input.amountMinor;
  const entry: BillingEntryRow = {
    id: deps.ids("bil"),
    operator_id: input.operatorId,
    seq,
    kind: input.kind,
    amount_minor: input.amountMinor,
    currency: account.currency,
    balance_after_minor: balanceAfter,
    payment_reference: input.paymentReference ?? null,
    note: input.note ?? null,
    idempotency_key: input.idempotencyKey ?? null,
    request_hash: input.requestHash ?? null,
    provider_id: input.fee?.providerId ?? null,
    round_currency: input.fee?.roundCurrency ?? null,
    ggr_minor: input.fee?.ggrMinor ?? null,
    chargeable_minor: input.fee?.chargeableMinor ?? null,
    rounds: input.fee?.rounds ?? null,
    actor_kind: input.actor.kind,
    actor_id: input.actor.id,
    created_at_ms: now,
  };
  await trx.insertInto("billing_entries").values(entry).execute();
  await trx
    .updateTable("billing_accounts")
    .set({ balance_minor: balanceAfter, last_seq: seq, updated_at_ms: now })
    .where("operator_id", "=", input.operatorId)
    .execute();
  return { entry, before: account };
}

export interface CreditInput {
  readonly operatorId: string;
  readonly kind: "top_up" | "correction";
  readonly amountMinor: number;
  /** Must be the account's billing currency (a guard against a top-up keyed in the wrong one). */
  readonly currency: string;
  readonly paymentReference?: string | undefined;
  readonly note?: string | undefined;
  readonly idempotencyKey: string;
  readonly actor: AuditActor;
}

export type CreditResult =
  | { ok: true; entry: BillingEntryRow; replayed: boolean }
  | Failure<
      | "OPERATOR_NOT_FOUND"
      | Extract<BillingProblemCode, "BILLING_CURRENCY_MISMATCH" | "IDEMPOTENCY_KEY_REUSED" | "INVALID_AMOUNT">
    >;

/**
 * An admin's top-up or correction. Idempotent by the client's key, inside the transaction: the
 * same key with the same input returns the stored entry (`replayed`), with other input is
 * IDEMPOTENCY_KEY_REUSED, and a concurrent twin losing the unique race re-reads the winner.
 * The audit entry commits with it. Afterwards the low-credit state is re-evaluated by the caller.
 *
 * @example
 * await postCredit(deps, { operatorId, kind: "top_up", amountMinor: 500_000, currency: "EUR",
 *   paymentReference: "SEPA-2026-0042", idempotencyKey: "topup-0042", actor });
 */
export async function postCredit(deps: Deps, input: CreditInput): Promise<CreditResult> {
  const amountOk =
    Number.isSafeInteger(input.amountMinor) &&
    Math.abs(input.amountMinor) <= MAX_ENTRY_MINOR &&
    (input.kind === "top_up" ? input.amountMinor > 0 : input.amountMinor !== 0);
  if (!amountOk) {
    return fail(
      "INVALID_AMOUNT",
      input.kind === "top_up"
        ? "A top-up is a positive integer number of minor units."
        : "A correction is a non-zero integer number of minor units (negative takes credit away).",
    );
  }
  if ((await getOperator(deps, input.operatorId)) === undefined) {
    return fail("OPERATOR_NOT_FOUND", `No operator ${input.operatorId}.`);
  }
  const requestHash = sha256Hex(
    JSON.stringify([
      input.kind,
      input.amountMinor,
      input.currency,
      input.paymentReference ?? null,
      input.note ?? null,
    ]),
  );
  const replay = async (): Promise<CreditResult | undefined> => {
    const stored = await deps.db
      .selectFrom("billing_entries")
      .selectAll()
      .where("operator_id", "=", input.operatorId)
      .where("idempotency_key", "=", input.idempotencyKey)
      .executeTakeFirst();
    if (stored === undefined) return undefined;
    if (stored.request_hash !== requestHash) {
      return fail(
        "IDEMPOTENCY_KEY_REUSED",
        `Idempotency key ${input.idempotencyKey} was used for entry ${stored.id} with other input.`,
        { entryId: stored.id },
      );
    }
    return { ok: true, entry: stored, replayed: true };
  };
  const earlier = await replay();
  if (earlier !== undefined) return earlier;
  try {
    return await deps.db.transaction().execute(async (trx) => {
      const account = await lockAccount(deps, trx, input.operatorId);
      if (account.currency !== input.currency) {
        return fail(
          "BILLING_CURRENCY_MISMATCH",
          `The billing currency of ${input.operatorId} is ${account.currency}, not ${input.currency}.`,
          { billingCurrency: account.currency },
        );
      }
      const { entry } = await postEntry(deps, trx, {
        operatorId: input.operatorId,
        kind: input.kind,
        amountMinor: input.amountMinor,
        actor: input.actor,
        paymentReference: input.paymentReference ?? null,
        note: input.note ?? null,
        idempotencyKey: input.idempotencyKey,
        requestHash,
      });
      await recordAudit(deps, trx, {
        actor: input.actor,
        action: input.kind === "top_up" ? "billing.top_up" : "billing.correction",
        targetKind: "operator",
        targetId: input.operatorId,
        details: {
          entryId: entry.id,
          amountMinor: entry.amount_minor,
          currency: entry.currency,
          paymentReference: entry.payment_reference,
          note: entry.note,
          balanceAfterMinor: entry.balance_after_minor,
        },
      });
      return { ok: true as const, entry, replayed: false };
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const winner = await replay();
    if (winner === undefined) throw error;
    return winner;
  }
}

/** The balance in minor units of the billing currency; 0 before any entry. */
export async function creditBalanceMinor(deps: Pick<ServiceDeps, "db">, operatorId: string): Promise<number> {
  const row = await deps.db
    .selectFrom("billing_accounts")
    .select("balance_minor")
    .where("operator_id", "=", operatorId)
    .executeTakeFirst();
  return row?.balance_minor ?? 0;
}

/** The account as the operator and admins see it (a default one before any entry). */
export async function readAccount(
  deps: Pick<ServiceDeps, "db">,
  operatorId: string,
): Promise<Omit<BillingAccountRow, "created_at_ms" | "updated_at_ms" | "last_seq">> {
  const row = await deps.db
    .selectFrom("billing_accounts")
    .selectAll()
    .where("operator_id", "=", operatorId)
    .executeTakeFirst();
  return (
    row ?? {
      operator_id: operatorId,
      currency: DEFAULT_BILLING_CURRENCY,
      balance_minor: 0,
      low_credit_threshold_minor: 0,
    }
  );
}

/** Whether `code` can be a billing currency (ISO 4217 with a minor unit). */
export function isBillingCurrency(code: string): boolean {
  return currencyExponent(code) !== undefined;
}
