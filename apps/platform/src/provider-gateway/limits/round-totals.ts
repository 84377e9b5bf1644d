import { sql, type Kysely } from "kysely";
import type { Database } from "../../db/database.ts";
import { preparedQuery } from "../../db/prepared-query.ts";
import { PREEMPTED_HASH } from "../transactions.ts";

/** A round's money as the gateway's records show it, in the session's minor units. */
export interface RoundTotals {
  /**
   * Whether a bet of the round was ever accepted: without one a win gets the round's own
   * refusal (ROUND_NOT_FOUND, NO_ACCEPTED_BET), which says more than a cap of 0.
   */
  readonly hasAcceptedBet: boolean;
  /** Accepted bets that no accepted rollback undid: what the round's wins are measured against. */
  readonly stakesMinor: number;
  /** Wins and round ends accepted or still in flight: what the round pays or will pay. */
  readonly paidMinor: number;
}

/**
 * Reads the round `roundRef` of a session from `gateway_transactions` in one statement (a win's
 * only read besides its session's): the round's records by its index, and, by the rollback
 * index, the accepted rollbacks of its bets (a rollback need not name its round). The same
 * record serves demo and real play, so both are capped alike.
 */
export async function roundTotals(
  db: Kysely<Database>,
  studioId: string,
  sessionId: string,
  roundRef: string,
): Promise<RoundTotals> {
  const rows = await roundRecords(db, sessionId, roundRef, studioId);
  // A row with `undoes` came from the rollback half (a rollback naming its round is in both).
  const undone = new Set(rows.flatMap((row) => (row.undoes === null ? [] : [row.undoes])));
  const round = rows.filter((row) => row.undoes === null);
  const bets = round.filter((row) => row.kind === "bet" && row.request_hash !== PREEMPTED_HASH);
  const accepted = bets.filter((row) => row.result_code === "OK");
  const sum = (list: readonly { amount_minor: number | null }[]) =>
    list.reduce((total, row) => total + Number(row.amount_minor ?? 0), 0);
  return {
    hasAcceptedBet: accepted.length > 0,
    stakesMinor: sum(accepted.filter((row) => !undone.has(row.tx_id))),
    paidMinor: sum(
      round.filter(
        (row) =>
          row.kind !== "bet" &&
          row.kind !== "rollback" &&
          (row.state === "pending" || row.result_code === "OK"),
      ),
    ),
  };
}

/**
 * The round's records by its index, then by the rollback index the accepted rollbacks of its bets
 * (`undoes` set): compiled once, a win's read (see preparedQuery).
 */
const roundRecords = preparedQuery(3, (db, sessionId: string, roundRef: string, studioId: string) => {
  const ofRound = db
    .selectFrom("gateway_transactions")
    .where("session_id", "=", sessionId)
    .where("round_ref", "=", roundRef);
  return ofRound
    .select(["tx_id", "kind", "amount_minor", "state", "result_code", "request_hash"])
    .select(sql<string | null>`null`.as("undoes"))
    .unionAll(
      db
        .selectFrom("gateway_transactions")
        .select(["tx_id", "kind", "amount_minor", "state", "result_code", "request_hash"])
        .select("rollback_of as undoes")
        .where("studio_id", "=", studioId)
        .where("rollback_of", "in", ofRound.select("tx_id").where("kind", "=", "bet"))
        .where("result_code", "=", "OK"),
    );
});
