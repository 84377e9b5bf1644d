import type { Kysely } from "kysely";
import type { Database } from "../db/database.ts";

/**
 * The seam between the go-live gate (and live launches) and billing: how much prepaid credit an
 * operator holds, in minor units of the billing currency. compose.ts wires billing's reader
 * (`billing/credit-ledger.ts`); a deps object without one reads 0.
 *
 * @example
 * const reader: PrepaidCreditReader = async (operatorId) => billing.balanceMinor(operatorId);
 */
export type PrepaidCreditReader = (
  operatorId: string,
  /** Read inside this transaction (the go-live gate checks inside the status change's). */
  db?: Kysely<Database>,
) => Promise<number>;

/** Before billing: no operator has credit yet. */
export const noPrepaidCreditYet: PrepaidCreditReader = async () => 0;

declare module "../deps.ts" {
  interface ServiceDeps {
    /**
     * Prepaid credit per operator, for the go-live gate and live launches; compose.ts sets
     * billing's. Absent means {@link noPrepaidCreditYet}.
     */
    readonly prepaidCredit?: PrepaidCreditReader;
  }
}
