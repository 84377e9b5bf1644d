import type { ErrorResponse, WalletResponse } from "@croupier/protocol";
import type { LedgerKind } from "../store/wallet-store.ts";

/** Money a decided call moves: the ledger row to post with it. */
export interface Movement {
  readonly kind: LedgerKind;
  /** Signed: positive into the wallet, negative out of it. */
  readonly amountMinor: number;
  readonly balanceAfterMinor: number;
}

/**
 * What the duty rules decided for one call.
 * - `answer`: recorded with its answer (and its movement, if money moves), replayed later.
 * - `refuse`: answered but not recorded, so the `call_id` stays free — for requests that are
 *   malformed in a way only the stored state reveals (a rollback that does not match its
 *   original), like the shape refusals before the store is touched.
 */
export type Decision =
  | { readonly kind: "answer"; readonly response: WalletResponse; readonly movement?: Movement }
  | { readonly kind: "refuse"; readonly response: ErrorResponse };

/** Largest balance the SDK keeps: amounts are JavaScript numbers, so it stays exact. */
export const MAX_BALANCE_MINOR = Number.MAX_SAFE_INTEGER;
