import type pg from "pg";
import { SETTLE_FUNCTION_MIGRATION } from "./pg-settle-function.ts";

/**
 * The PostgreSQL schema, versioned like the SQLite one: entry i moves version i to i + 1 and
 * is frozen once released. Money is BIGINT, bounded to what a JavaScript number holds
 * exactly. `response` is TEXT, not JSONB, so a replay sends the very same bytes.
 */
const CALL_COLUMNS =
  "call_id, tx_id, fingerprint, action, player_id, amount_minor, rb, rb_call_id, round_id, game_id, applied, response, created_at";

const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE wallet_players (
    player_id     TEXT PRIMARY KEY,
    currency      TEXT NOT NULL,
    balance_minor BIGINT NOT NULL CHECK (balance_minor BETWEEN 0 AND 9007199254740991),
    blocked       BOOLEAN NOT NULL DEFAULT false,
    created_at    TIMESTAMPTZ NOT NULL
  );

  -- One row per answered wallet call (refusals included), never updated. No foreign key to
  -- players: PLAYER_NOT_FOUND answers are recorded too. tx_id is a random UUID, unique by
  -- construction and only read back with its row, so it carries no index.
  CREATE TABLE wallet_calls (
    call_id      TEXT PRIMARY KEY,
    tx_id        TEXT NOT NULL,
    fingerprint  TEXT NOT NULL,
    action       TEXT NOT NULL CHECK (action IN ('balance', 'debit', 'credit')),
    player_id    TEXT NOT NULL,
    amount_minor BIGINT CHECK (amount_minor >= 0),
    rb           SMALLINT NOT NULL CHECK (rb IN (0, 1)),
    rb_call_id   TEXT,
    round_id     TEXT,
    game_id      TEXT NOT NULL,
    applied      BOOLEAN NOT NULL,
    outcome      TEXT NOT NULL,
    response     TEXT NOT NULL,
    created_at   TIMESTAMPTZ NOT NULL
  );
  CREATE INDEX wallet_calls_rb_call_id ON wallet_calls (rb_call_id) WHERE rb_call_id IS NOT NULL;

  -- Append-only money rows. call_id is unique (a call moves money at most once), reference too
  -- (adjustments); partial indexes, so a row has an entry only in the index of its kind.
  CREATE TABLE wallet_ledger (
    entry_id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    player_id           TEXT NOT NULL REFERENCES wallet_players (player_id),
    kind                TEXT NOT NULL CHECK (kind IN ('debit', 'credit', 'debit_reversal',
                          'credit_reversal', 'deposit', 'withdrawal')),
    amount_minor        BIGINT NOT NULL CHECK (amount_minor <> 0),
    balance_after_minor BIGINT NOT NULL CHECK (balance_after_minor >= 0),
    call_id             TEXT,
    round_id            TEXT,
    reference           TEXT,
    reason              TEXT,
    created_at          TIMESTAMPTZ NOT NULL
  );
  CREATE UNIQUE INDEX wallet_ledger_call_id ON wallet_ledger (call_id) WHERE call_id IS NOT NULL;
  CREATE UNIQUE INDEX wallet_ledger_reference ON wallet_ledger (reference) WHERE reference IS NOT NULL;
  CREATE INDEX wallet_ledger_player ON wallet_ledger (player_id, entry_id);

  -- Everything a wallet call reads, in one round trip: locks the player row, then reads the
  -- call with this call_id, a rollback naming it and, for a rollback, the call it names and a
  -- rollback naming that one. A plpgsql function because each of its queries takes a fresh
  -- snapshot (VOLATILE, READ COMMITTED): the reads after the lock see every call recorded by
  -- a transaction that held the lock before. One plain SELECT would read the calls from a
  -- snapshot taken before it waited for the lock.
  CREATE FUNCTION wallet_prefetch(p_player_id TEXT, p_call_id TEXT, p_rb_call_id TEXT)
  RETURNS TABLE (o_player JSON, o_call JSON, o_rollback JSON, o_rb_original JSON, o_rb_rollback JSON)
  LANGUAGE plpgsql VOLATILE AS $fn$
  BEGIN
    SELECT row_to_json(p) INTO o_player FROM (
      SELECT player_id, currency, balance_minor, blocked, created_at
      FROM wallet_players WHERE player_id = p_player_id FOR UPDATE) p;
    SELECT row_to_json(c) INTO o_call FROM (
      SELECT ${CALL_COLUMNS} FROM wallet_calls WHERE call_id = p_call_id) c;
    SELECT row_to_json(c) INTO o_rollback FROM (
      SELECT ${CALL_COLUMNS} FROM wallet_calls
      WHERE rb_call_id = p_call_id AND rb = 1 AND outcome = 'ok' LIMIT 1) c;
    IF p_rb_call_id IS NOT NULL THEN
      SELECT row_to_json(c) INTO o_rb_original FROM (
        SELECT ${CALL_COLUMNS} FROM wallet_calls WHERE call_id = p_rb_call_id) c;
      SELECT row_to_json(c) INTO o_rb_rollback FROM (
        SELECT ${CALL_COLUMNS} FROM wallet_calls
        WHERE rb_call_id = p_rb_call_id AND rb = 1 AND outcome = 'ok' LIMIT 1) c;
    END IF;
    RETURN NEXT;
  END
  $fn$;
  `,
  // 2: a wallet call in one statement (see pg-settle-function.ts). Only adds a function, so a
  // store at version 1 is upgraded in place when a newer SDK opens it.
  SETTLE_FUNCTION_MIGRATION,
];

/**
 * The schema version this SDK writes (the highest row of `wallet_schema_version`).
 *
 * @example
 * await client.query("SELECT max(version) AS v FROM wallet_schema_version"); // v = POSTGRES_SCHEMA_VERSION
 */
export const POSTGRES_SCHEMA_VERSION = MIGRATIONS.length;

/**
 * Creates or upgrades the tables in the connection's current schema. A transaction-scoped
 * advisory lock keyed by the schema name makes concurrent openers wait for one another
 * instead of racing on CREATE TABLE.
 */
export async function migratePostgres(client: pg.ClientBase): Promise<void> {
  await client.query("BEGIN");
  try {
    await client.query(
      "SELECT pg_advisory_xact_lock(hashtext(current_schema() || '.croupier_wallet_schema'))",
    );
    await client.query("CREATE TABLE IF NOT EXISTS wallet_schema_version (version INTEGER NOT NULL)");
    const result = await client.query<{ version: number | null }>(
      "SELECT max(version) AS version FROM wallet_schema_version",
    );
    const current = result.rows[0]?.version ?? 0;
    if (current > MIGRATIONS.length) {
      throw new Error(`wallet schema version ${current} is newer than this SDK (${MIGRATIONS.length})`);
    }
    for (let version = current; version < MIGRATIONS.length; version++) {
      await client.query(MIGRATIONS[version] as string);
      await client.query("INSERT INTO wallet_schema_version (version) VALUES ($1)", [version + 1]);
    }
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  }
}
