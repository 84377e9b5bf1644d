/**
 * What becomes of a debit whose outcome is unknown (a timeout, a non-200, an unreadable answer,
 * or a process that died while the debit was in flight): the one decision where the two wallet
 * profiles differ (ADR 0006, docs/protocol.md "Compatibility profile").
 *
 * | profile              | debit never left (`not_sent`) | outcome unknown                                   |
 * |----------------------|-------------------------------|---------------------------------------------------|
 * | native               | void, no rollback             | rollback credit queued and retried (duty 2)       |
 * | compatibility (GameHub) | void, no rollback          | rollback written `manual`, held with the evidence |
 *
 * Why hold: a native wallet looks up the original of a rollback (duty 2) and answers `ok`
 * without paying when it never had it. A wallet in the classic dialect processes a rollback like
 * any credit, so an automatic rollback of a debit it never received pays the player for a bet
 * never taken. Only the operator's ledger can say whether the debit landed, so a person asks it.
 * `attempts` 0 is no proof either way: an attempt is recorded when it ends, so a process killed
 * mid-attempt leaves 0 for a request that may well have arrived.
 */
import type { WalletEndpoint } from "../../callbacks/wallet-endpoint.ts";
import type { WalletCallRow } from "./tables.ts";

export type UnknownDebitHandling =
  | { readonly kind: "rollback" }
  | {
      readonly kind: "hold";
      /** For the person deciding: what is known and what to do (stored on the rollback row). */
      readonly evidence: string;
    };

/**
 * The handling of one debit whose outcome is unknown. `profile` undefined (no endpoint is
 * configured any more) keeps the native rule: nothing can be sent without an endpoint anyway.
 *
 * @example
 * unknownDebitHandling("gamehub", debitRow, "timeout after 5000 ms").kind; // "hold"
 */
export function unknownDebitHandling(
  profile: WalletEndpoint["profile"] | undefined,
  debit: Pick<WalletCallRow, "call_id" | "amount_minor" | "attempts" | "player_id">,
  reason: string,
): UnknownDebitHandling {
  if (profile !== "gamehub") return { kind: "rollback" };
  const attempts = debit.attempts === 0 ? "no attempt recorded" : `${debit.attempts} attempt(s) recorded`;
  return {
    kind: "hold",
    evidence:
      `held for review (compatibility profile): the outcome of debit ${debit.call_id} ` +
      `(${debit.amount_minor ?? 0} minor units, player ${debit.player_id}) is unknown: ${reason}; ${attempts}. ` +
      "The operator's wallet processes a rollback like a plain credit, so it is not sent automatically. " +
      `If the operator's ledger holds ${debit.call_id}, retry this rollback now; if not, mark it resolved.`,
  };
}
