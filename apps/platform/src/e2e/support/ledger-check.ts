// Test support: after a run, compares what the platform recorded with what the wallet did.
import type { PlatformDb } from "../../db/connect.ts";
import type { WalletCallRow } from "../../round-engine/outbox/tables.ts";
import type { RunningWallet } from "./wallet.ts";
import type { PlayedRound } from "./virtual-players.ts";

export interface LedgerFacts {
  readonly calls: WalletCallRow[];
  readonly problems: string[];
}

/** Waits until no call is pending and no round is open past the abandon time (plus a sweep). */
export async function waitUntilQuiet(
  db: PlatformDb,
  options: { readonly abandonAfterMs: number; readonly deadlineMs: number },
): Promise<void> {
  const until = Date.now() + options.deadlineMs;
  for (;;) {
    const pending = await db.db
      .selectFrom("wallet_calls")
      .select(["call_id", "action", "rb", "attempts", "lease_until_at_ms", "next_attempt_at_ms"])
      .where("state", "=", "pending")
      .execute();
    const stale = await db.db
      .selectFrom("rounds")
      .select("round_id")
      .where("status", "=", "open")
      .where("opened_at_ms", "<", Date.now() - options.abandonAfterMs)
      .execute();
    if (pending.length === 0 && stale.length === 0) return;
    if (Date.now() > until) {
      throw new Error(
        `not quiet: ${pending.length} pending calls ${JSON.stringify(pending.slice(0, 5))}, ` +
          `${stale.length} rounds open past their time`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/**
 * The platform's ledger against the wallet's, to the cent:
 * - nothing pending or waiting for a person;
 * - every debit whose outcome stayed unknown has an acknowledged rollback;
 * - every credit is acknowledged and in the wallet's ledger exactly once (zero wins move nothing);
 * - every wallet ledger row of a call is a call the platform made, each call_id once;
 * - every bet the gateway answered 200 is an acknowledged debit, never rolled back;
 * - every win the gateway answered 200 is an acknowledged credit;
 * - each player's wallet balance = initial − acknowledged debits not rolled back + acknowledged credits.
 */
export async function checkLedger(
  db: PlatformDb,
  wallet: RunningWallet,
  players: ReadonlyArray<{ readonly playerId: string; readonly initialMinor: number }>,
  rounds: readonly PlayedRound[],
): Promise<LedgerFacts> {
  const problems: string[] = [];
  const calls = await db.db.selectFrom("wallet_calls").selectAll().execute();
  const byId = new Map(calls.map((c) => [c.call_id, c]));
  const rollbackOf = new Map(calls.filter((c) => c.rb === 1).map((c) => [c.rb_call_id!, c]));

  for (const call of calls) {
    if (call.state === "pending" || call.state === "manual" || call.state === "resolved")
      problems.push(`${call.call_id} (${call.action}) is ${call.state}`);
    if (call.action === "debit" && call.rb === 0 && call.state === "unknown") {
      const rollback = rollbackOf.get(call.call_id);
      if (rollback?.state !== "ok")
        problems.push(`unknown debit ${call.call_id} has no acknowledged rollback`);
    }
    if (call.action === "credit" && call.state !== "ok")
      problems.push(`credit ${call.call_id} is ${call.state}`);
  }

  for (const { playerId, initialMinor } of players) {
    const ledger = await wallet.ledger(playerId);
    const seen = new Set<string>();
    for (const row of ledger) {
      const call = byId.get(row.callId!);
      if (call === undefined) problems.push(`wallet row for unknown call ${row.callId}`);
      if (seen.has(row.callId!)) problems.push(`wallet applied ${row.callId} twice`);
      seen.add(row.callId!);
    }
    let expected = initialMinor;
    for (const call of calls) {
      if (call.player_id !== playerId || call.state !== "ok" || call.amount_minor === null) continue;
      if (call.action === "credit" && call.rb === 0) {
        expected += call.amount_minor;
        if (call.amount_minor > 0 && !seen.has(call.call_id))
          problems.push(`credit ${call.call_id} acknowledged but not in the wallet's ledger`);
      }
      // A debit's rollback cancels it whether or not the wallet had applied it.
      if (call.action === "debit" && call.rb === 0 && rollbackOf.get(call.call_id)?.state !== "ok")
        expected -= call.amount_minor;
    }
    const actual = await wallet.balance(playerId);
    if (actual !== expected) problems.push(`${playerId}: wallet ${actual}, platform ledger ${expected}`);
  }

  const credits = new Map(
    calls.filter((c) => c.action === "credit" && c.rb === 0).map((c) => [`${c.player_id}/${c.ref}`, c]),
  );
  const debits = new Map(
    calls.filter((c) => c.action === "debit" && c.rb === 0).map((c) => [`${c.player_id}/${c.ref}`, c]),
  );
  for (const round of rounds) {
    // A bet the game was told stood was debited for good: never rolled back, whatever was killed.
    if (round.betStatus === 200) {
      const debit = debits.get(`${round.playerId}/bet:${round.betTx}`);
      if (debit?.state !== "ok")
        problems.push(`bet ${round.betTx} answered 200 but its debit is ${debit?.state}`);
      else if (rollbackOf.has(debit.call_id))
        problems.push(`bet ${round.betTx} answered 200 but was rolled back`);
    }
    if (round.winStatus !== 200) continue;
    const credit = credits.get(`${round.playerId}/win:${round.winTx}`);
    if (credit?.state !== "ok")
      problems.push(`win ${round.winTx} answered 200 but its credit is ${credit?.state}`);
  }
  return { calls, problems };
}
