/**
 * The seam between the go-live gate and billing, which comes later: how much prepaid credit an
 * operator holds, in minor units of the billing currency. Until billing exists the default
 * answers 0, so the gate says "not yet" for credit, and says why.
 *
 * @example
 * const reader: PrepaidCreditReader = async (operatorId) => billing.balanceMinor(operatorId);
 */
export type PrepaidCreditReader = (operatorId: string) => Promise<number>;

/** Before billing: no operator has credit yet. */
export const noPrepaidCreditYet: PrepaidCreditReader = async () => 0;

declare module "../deps.ts" {
  interface ServiceDeps {
    /**
     * Prepaid credit per operator, for the go-live gate. Optional until billing is wired in
     * compose.ts; absent means {@link noPrepaidCreditYet}.
     */
    readonly prepaidCredit?: PrepaidCreditReader;
  }
}
