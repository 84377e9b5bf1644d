import type { WalletResponse } from "@croupier/protocol";
import type pg from "pg";
import type { SettleInput } from "../../store/wallet-store.ts";

/**
 * A wallet call as one statement: `wallet_settle` (pg-settle-function.ts) locks the player,
 * applies every duty, records the answer and returns it. Sent outside BEGIN … COMMIT, so the
 * statement is its own transaction and its answer arrives after its commit. A named statement:
 * parsed and planned once per connection (the name carries the schema version, so that an
 * upgraded schema never meets a plan made for the old one).
 */
const SETTLE_STATEMENT = {
  name: "wallet_v2_settle",
  text: `SELECT wallet_settle($1, $2, $3, $4, $5, $6, $7::bigint, $8::smallint, $9, $10, $11,
    $12::timestamptz) AS response`,
} as const;

/**
 * Runs one wallet call on `client`, which must not be inside a transaction. Errors are the
 * driver's (a 23505 when a concurrent first call with this `call_id` won: run it again).
 */
export async function settleOnce(client: pg.ClientBase, call: SettleInput): Promise<WalletResponse> {
  const result = await client.query<{ response: string }>({
    ...SETTLE_STATEMENT,
    values: settleValues(call),
  });
  const text = result.rows[0]?.response;
  if (typeof text !== "string") throw new Error("wallet_settle returned no answer");
  return JSON.parse(text) as WalletResponse;
}

const SETTLE_BATCH_STATEMENT = {
  name: "wallet_v2_settle_batch",
  text: `SELECT o_response, o_sqlstate, o_error FROM wallet_settle_batch($1::text[], $2::text[],
    $3::text[], $4::text[], $5::text[], $6::text[], $7::bigint[], $8::smallint[], $9::text[],
    $10::text[], $11::text[], $12::timestamptz[])`,
} as const;

/** One call's result in a batch: its answer, or the SQLSTATE and message it failed with. */
export type BatchOutcome =
  | { readonly ok: true; readonly response: WalletResponse }
  | { readonly ok: false; readonly sqlState: string; readonly message: string };

/**
 * Several calls as one plain statement, without subtransactions: `wallet_settle` once per row
 * of the arrays, in their order (the function scan yields the rows in array order and the
 * volatile call is evaluated per row as it comes; `ORDER BY ord` keeps it so should a plan ever
 * sort, since volatile calls are evaluated above a sort). Each call sees what the ones before it
 * wrote. One call's error fails the statement and rolls back all of its work.
 */
const SETTLE_ROWS_STATEMENT = {
  name: "wallet_v2_settle_rows",
  text: `SELECT wallet_settle(c.call_id, c.player_id, c.action, c.currency, c.game_id,
    c.fingerprint, c.amount, c.rb, c.rb_call_id, c.round_id, c.tx_id, c.created_at) AS response
    FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[],
      $7::bigint[], $8::smallint[], $9::text[], $10::text[], $11::text[], $12::timestamptz[])
      WITH ORDINALITY AS c(call_id, player_id, action, currency, game_id, fingerprint, amount, rb,
        rb_call_id, round_id, tx_id, created_at, ord)
    ORDER BY c.ord`,
} as const;

/**
 * Runs several calls as one statement and one transaction, in the order given (the caller sorts
 * them by player). First as one plain statement (no subtransaction per call: in the bench they
 * cost 5–10 % of the database's CPU per call); when a call fails, that
 * statement kept nothing, and the calls run again through `wallet_settle_batch`, each in its own
 * subtransaction, so that only the failing one is reported. The result fails as a whole only
 * when the connection or the commit does.
 */
export async function settleBatch(
  client: pg.ClientBase,
  calls: readonly SettleInput[],
): Promise<BatchOutcome[]> {
  const rows = calls.map(settleValues);
  const columns = Array.from({ length: 12 }, (_, i) => rows.map((row) => row[i]));
  try {
    const result = await client.query<{ response: string | null }>({
      ...SETTLE_ROWS_STATEMENT,
      values: columns,
    });
    if (result.rows.length !== calls.length) throw new Error("wallet_settle returned a wrong row count");
    return result.rows.map((row) => {
      if (typeof row.response !== "string") throw new Error("wallet_settle returned no answer");
      return { ok: true, response: JSON.parse(row.response) as WalletResponse };
    });
  } catch (error) {
    // No SQLSTATE: the connection broke, not a call; the caller drops the connection.
    if (sqlState(error) === "") throw error;
  }
  const result = await client.query<{
    o_response: string | null;
    o_sqlstate: string | null;
    o_error: string | null;
  }>({ ...SETTLE_BATCH_STATEMENT, values: columns });
  if (result.rows.length !== calls.length) throw new Error("wallet_settle_batch returned a wrong row count");
  return result.rows.map((row) =>
    row.o_response !== null
      ? { ok: true, response: JSON.parse(row.o_response) as WalletResponse }
      : { ok: false, sqlState: row.o_sqlstate ?? "", message: row.o_error ?? "" },
  );
}

/** The SQLSTATE of an error the database answered with; "" for any other error (a broken connection). */
export function sqlState(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" ? code : "";
}

/** The statement's parameters; a balance call records no amount, rollback or round. */
function settleValues({ request, fingerprint, txId, createdAt }: SettleInput): unknown[] {
  const money = request.action === "balance" ? undefined : request;
  return [
    request.call_id,
    request.player_id,
    request.action,
    request.currency,
    request.game_id,
    fingerprint,
    money === undefined ? null : money.amount,
    money === undefined ? 0 : money.rb,
    money?.rb_call_id ?? null,
    money === undefined ? null : money.round_id,
    txId,
    createdAt,
  ];
}
