import type { WalletCallsTable } from "../round-engine/outbox/tables.ts";
import type { DifferenceKind, ReconciliationLinesTable } from "./tables.ts";

export type OurCall = Pick<
  WalletCallsTable,
  | "call_id"
  | "action"
  | "amount_minor"
  | "currency"
  | "rb"
  | "rb_call_id"
  | "round_id"
  | "state"
  | "created_at_ms"
  | "tx_id"
>;
export type TheirLine = Pick<
  ReconciliationLinesTable,
  "call_id" | "action" | "amount_minor" | "currency" | "rb" | "status" | "time_text" | "line_no"
>;

export interface Verdict {
  readonly kind: DifferenceKind | "matched" | "not_expected";
  readonly fix?: string;
}

/**
 * What our record says happened: `ok` (acknowledged, or resolved by a person), `error` (refused),
 * `unknown` (outcome never known, or never sent: a debit's rollback follows), `pending` (a credit
 * still being delivered or waiting for manual resolution).
 */
export function ourOutcome(state: OurCall["state"]): "ok" | "error" | "unknown" | "pending" {
  if (state === "ok" || state === "resolved") return "ok";
  if (state === "refused") return "error";
  if (state === "unknown" || state === "not_sent") return "unknown";
  return "pending";
}

const describe = (c: OurCall) =>
  `${c.rb === 1 ? "rollback " : ""}${c.action} ${c.call_id} of ${c.amount_minor ?? 0} ${c.currency}${c.round_id === null ? "" : ` (round ${c.round_id})`}`;

/**
 * One call compared. Precedence: presence, then action and rb (a rollback on one side only),
 * currency, amount, outcome; the first that differs names the difference, with what fixes it.
 */
export function classify(ours: OurCall | undefined, theirs: TheirLine | undefined): Verdict {
  if (ours === undefined && theirs === undefined) return { kind: "not_expected" };
  if (ours === undefined) {
    const t = theirs!;
    return {
      kind: "missing_on_our_side",
      fix: `Line ${t.line_no}: ${t.call_id} (${t.action} ${t.amount_minor} ${t.currency}) is not a call we sent in this environment: check whether it belongs to another system or period; if your wallet moved money for it, reverse it.`,
    };
  }
  const outcome = ourOutcome(ours.state);
  if (theirs === undefined) {
    if (outcome === "ok") {
      return {
        kind: "missing_on_operator_side",
        fix: `Your wallet acknowledged our ${describe(ours)}${ours.tx_id === null ? "" : ` as your ${ours.tx_id}`}, but it is not in your ledger: find it, or book it.`,
      };
    }
    if (outcome === "pending") {
      return {
        kind: "missing_on_operator_side",
        fix: `Our ${describe(ours)} is still being delivered or waits for manual resolution (${ours.state}): once your wallet answers it, it will be in your ledger; nothing to book by hand.`,
      };
    }
    // Refused or never known: absent on your side is consistent (a debit's rollback is compared on its own).
    return { kind: "not_expected" };
  }
  if (ours.action !== theirs.action || ours.rb !== theirs.rb) {
    return {
      kind: "rollback_mismatch",
      fix: `We sent ${describe(ours)}; your ledger has ${theirs.rb === 1 ? "a rollback " : ""}${theirs.action} (line ${theirs.line_no}): a rollback must reverse exactly the call named by rb_call_id${ours.rb_call_id === null ? "" : ` (${ours.rb_call_id})`}.`,
    };
  }
  if (ours.currency !== theirs.currency) {
    return {
      kind: "currency_mismatch",
      fix: `We sent ${describe(ours)}; your ledger books it in ${theirs.currency} (line ${theirs.line_no}): correct the currency of your entry.`,
    };
  }
  if ((ours.amount_minor ?? 0) !== theirs.amount_minor) {
    return {
      kind: "amount_mismatch",
      fix: `We sent ${describe(ours)}; your ledger has ${theirs.amount_minor} (line ${theirs.line_no}): book the difference of ${(ours.amount_minor ?? 0) - theirs.amount_minor}.`,
    };
  }
  const theirOk = theirs.status === "ok";
  if (outcome === "ok" && !theirOk) {
    return {
      kind: "status_mismatch",
      fix: `Your wallet answered ok to our ${describe(ours)} (we recorded it), but your ledger says ${theirs.status} (line ${theirs.line_no}): the money moved for us; book it on your side.`,
    };
  }
  if (outcome === "error" && theirOk) {
    return {
      kind: "status_mismatch",
      fix: `Your wallet refused our ${describe(ours)}, but your ledger says ok (line ${theirs.line_no}): reverse the movement on your side; the game treated it as refused.`,
    };
  }
  if (outcome === "pending" && theirOk) {
    return {
      kind: "status_mismatch",
      fix: `Your ledger has our ${describe(ours)} as ok, but we have not recorded your answer yet (${ours.state}): it is resent until acknowledged and your wallet replays its stored answer; nothing to book.`,
    };
  }
  return { kind: "matched" };
}
