import type { Kysely } from "kysely";
import type { Database } from "../db/database.ts";
import type { WalletCallRow } from "../round-engine/outbox/tables.ts";
import { presentAttempt, presentTransaction, type AttemptView, type TransactionView } from "./present.ts";
import { MAX_ATTEMPTS_SHOWN } from "./schema.ts";

export interface TransactionDetail extends TransactionView {
  readonly attempt_log: AttemptView[];
  readonly attempt_log_truncated: boolean;
}

/**
 * The calls with their latest MAX_ATTEMPTS_SHOWN attempts each, oldest first, in one query.
 * `attempts` on the call row counts every attempt sent, so the lower bound per call is exact.
 */
export async function withAttemptLogs(
  db: Kysely<Database>,
  calls: readonly WalletCallRow[],
): Promise<TransactionDetail[]> {
  const sent = calls.filter((call) => call.attempts > 0);
  const attempts =
    sent.length === 0
      ? []
      : await db
          .selectFrom("wallet_call_attempts_all")
          .selectAll()
          .where((eb) =>
            eb.or(
              sent.map((call) =>
                eb.and([
                  eb("call_id", "=", call.call_id),
                  eb("attempt_no", ">", Math.max(0, call.attempts - MAX_ATTEMPTS_SHOWN)),
                ]),
              ),
            ),
          )
          .orderBy("call_id")
          .orderBy("attempt_no")
          .execute();
  const byCall = new Map<string, AttemptView[]>();
  for (const attempt of attempts) {
    const list = byCall.get(attempt.call_id) ?? [];
    list.push(presentAttempt(attempt));
    byCall.set(attempt.call_id, list);
  }
  return calls.map((call) => {
    const log = byCall.get(call.call_id) ?? [];
    return {
      ...presentTransaction(call),
      attempt_log: log,
      attempt_log_truncated: call.attempts > log.length,
    };
  });
}
