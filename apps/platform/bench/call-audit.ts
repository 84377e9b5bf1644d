// After a bench run with several platform processes: was any wallet call sent twice at once?
// Every attempt is recorded before it is sent (wallet_call_attempts: sender, sent_at_ms,
// latency_micros), so two attempts of one call_id whose times overlap, or attempts of one call by
// two processes' senders without a failure between them, would show here. The bench's wallet
// answers every call, so any call with more than one attempt is listed.
import type { PlatformDb } from "../src/db/connect.ts";

export interface CallAudit {
  readonly calls: number;
  readonly attempts: number;
  /** Calls sent more than once (retries; none expected in a fault-free bench). */
  readonly retried: number;
  /** Calls with two attempts in flight at the same moment: the contract's violation. */
  readonly overlapping: number;
  /** Calls whose attempts came from more than one process. */
  readonly bySeveralProcesses: number;
}

export async function auditCalls(db: PlatformDb): Promise<CallAudit> {
  const [totals] = await db.db
    .selectFrom("wallet_call_attempts")
    .select((eb) => [
      eb.fn.countAll<number>().as("attempts"),
      eb.fn.count<number>("call_id").distinct().as("calls"),
    ])
    .execute();
  const repeated = await db.db
    .selectFrom("wallet_call_attempts")
    .select(["call_id", "sender", "sent_at_ms", "latency_micros", "outcome"])
    .where(
      "call_id",
      "in",
      db.db
        .selectFrom("wallet_call_attempts")
        .select("call_id")
        .groupBy("call_id")
        .having((eb) => eb.fn.countAll(), ">", 1),
    )
    .orderBy("call_id")
    .orderBy("attempt_no")
    .execute();
  const byCall = new Map<string, typeof repeated>();
  for (const row of repeated) byCall.set(row.call_id, [...(byCall.get(row.call_id) ?? []), row]);
  let overlapping = 0;
  let bySeveralProcesses = 0;
  for (const attempts of byCall.values()) {
    const overlaps = attempts.some(
      (a, i) =>
        i > 0 &&
        Number(a.sent_at_ms) < Number(attempts[i - 1]!.sent_at_ms) + attempts[i - 1]!.latency_micros / 1000,
    );
    if (overlaps) overlapping += 1;
    // A sender is "<process lease>#<n>": the process is what comes before the '#'.
    if (new Set(attempts.map((a) => a.sender.replace(/#\d+$/, ""))).size > 1) bySeveralProcesses += 1;
  }
  return {
    calls: Number(totals?.calls ?? 0),
    attempts: Number(totals?.attempts ?? 0),
    retried: byCall.size,
    overlapping,
    bySeveralProcesses,
  };
}
