/**
 * Schema version 2 of the PostgreSQL store: `wallet_settle`, the operator duties of
 * `duties/settle-call.ts` (with `money-rules.ts` and `rollback.ts`) as one plpgsql function,
 * so that a wallet call is one statement and one round trip, committed on its own (autocommit)
 * instead of BEGIN + read, write, COMMIT.
 *
 * It is a second writing of the same rules, in the same order and with the same messages; the
 * PostgreSQL runs of the duty tests and `pg-settle.test.ts` (every answer and record compared
 * with the TypeScript rules over `transact`) hold the two together. Frozen like every
 * migration: a change of rules or messages is a new version that replaces the function.
 *
 * Why it is safe without an explicit transaction:
 * - one statement is one transaction; PostgreSQL commits it (and, with `synchronous_commit`
 *   on, flushes its WAL) before ReadyForQuery, and `pg` resolves a query only then, so an
 *   answer is never seen before it is durable;
 * - the first query locks the player row; being VOLATILE in READ COMMITTED, each later query
 *   of the function takes a fresh snapshot, so it sees every call recorded by a transaction
 *   that held the lock before (a single SELECT would read from a snapshot taken before it
 *   waited for the lock);
 * - two first calls with one `call_id` and no common row lock (an unknown player, or two
 *   players) meet on the primary key: the loser's statement fails whole with 23505, and the
 *   store runs it again, which replays the winner's answer.
 *
 * Answers are built as the same JSON text `JSON.stringify` gives for `okResponse` and
 * `errorResponse` (same keys, same order); `to_json(text)` escapes strings.
 */
export const SETTLE_FUNCTION_MIGRATION = `
  CREATE FUNCTION wallet_settle(
    p_call_id TEXT, p_player_id TEXT, p_action TEXT, p_currency TEXT, p_game_id TEXT,
    p_fingerprint TEXT, p_amount BIGINT, p_rb SMALLINT, p_rb_call_id TEXT, p_round_id TEXT,
    p_tx_id TEXT, p_created_at TIMESTAMPTZ)
  RETURNS TEXT LANGUAGE plpgsql VOLATILE AS $fn$
  DECLARE
    c_max_balance CONSTANT BIGINT := 9007199254740991;
    v_player_found BOOLEAN;
    v_currency TEXT;
    v_balance BIGINT;
    v_blocked BOOLEAN;
    v_prior_fingerprint TEXT;
    v_prior_response TEXT;
    v_original RECORD;
    v_code TEXT;          -- a recorded refusal's code; NULL for an ok answer
    v_message TEXT;
    v_kind TEXT;          -- the ledger kind when money moves
    v_delta BIGINT := 0;  -- signed: into the wallet positive, out of it negative
    v_response TEXT;
  BEGIN
    -- 1. Lock the player row: one player's calls run one at a time.
    SELECT currency, balance_minor, blocked INTO v_currency, v_balance, v_blocked
      FROM wallet_players WHERE player_id = p_player_id FOR UPDATE;
    v_player_found := FOUND;

    -- 2. A known call_id: same content, the stored answer; other content, a conflict.
    SELECT fingerprint, response INTO v_prior_fingerprint, v_prior_response
      FROM wallet_calls WHERE call_id = p_call_id;
    IF FOUND THEN
      IF v_prior_fingerprint = p_fingerprint THEN
        RETURN v_prior_response;
      END IF;
      RETURN '{"status":"error","code":"DUPLICATE_CONFLICT","message":'
        || to_json('call_id was already used with different content'::text)::text || '}';
    END IF;

    -- 3. An original that a recorded rollback already named.
    IF p_action <> 'balance' AND p_rb = 0 AND EXISTS (
        SELECT 1 FROM wallet_calls WHERE rb_call_id = p_call_id AND rb = 1 AND outcome = 'ok') THEN
      v_code := 'ROLLED_BACK';
      v_message := 'the call was rolled back before it arrived';
    -- 4. Player, block and currency.
    ELSIF NOT v_player_found THEN
      v_code := 'PLAYER_NOT_FOUND';
      v_message := 'player not found';
    ELSIF v_blocked AND NOT (p_action = 'credit' OR (p_action = 'debit' AND p_rb = 1)) THEN
      v_code := 'PLAYER_BLOCKED';
      v_message := 'player is blocked';
    ELSIF p_currency <> v_currency THEN
      v_code := 'CURRENCY_MISMATCH';
      v_message := 'currency is not the player''s wallet currency';
    -- 5. The action's own rules.
    ELSIF p_action = 'balance' THEN
      NULL;
    ELSIF p_rb = 1 THEN
      IF p_rb_call_id IS NULL THEN
        RETURN '{"status":"error","code":"INVALID_REQUEST","message":'
          || to_json('rb 1 requires rb_call_id'::text)::text || '}';
      END IF;
      SELECT action, rb, player_id, amount_minor, outcome INTO v_original
        FROM wallet_calls WHERE call_id = p_rb_call_id;
      IF NOT FOUND THEN
        NULL; -- never received: ok, unchanged, and recorded so that a late original is refused
      ELSIF v_original.action = 'balance' THEN
        v_message := 'rb_call_id names a balance call';
      ELSIF v_original.rb = 1 THEN
        v_message := 'rb_call_id names a rollback';
      ELSIF v_original.action = p_action THEN
        v_message := 'a rollback must be the opposite action of its original';
      ELSIF v_original.player_id <> p_player_id THEN
        v_message := 'rb_call_id names another player''s call';
      ELSIF v_original.amount_minor IS DISTINCT FROM p_amount THEN
        v_message := 'rollback amount differs from the original''s';
      ELSIF v_original.outcome <> 'ok' THEN
        NULL; -- the original was refused: nothing to reverse
      ELSIF EXISTS (SELECT 1 FROM wallet_calls
          WHERE rb_call_id = p_rb_call_id AND rb = 1 AND outcome = 'ok') THEN
        NULL; -- already reversed
      ELSIF p_action = 'credit' THEN
        v_kind := 'debit_reversal';
        v_delta := p_amount;
      ELSE
        v_kind := 'credit_reversal';
        v_delta := -p_amount;
      END IF;
      -- A rollback that does not match its original: refused, not recorded.
      IF v_message IS NOT NULL THEN
        RETURN '{"status":"error","code":"INVALID_REQUEST","message":' || to_json(v_message)::text || '}';
      END IF;
    ELSIF p_action = 'debit' THEN
      v_kind := 'debit';
      v_delta := -p_amount;
    ELSE
      v_kind := 'credit';
      v_delta := p_amount;
    END IF;

    -- Balances never go negative (a refusal recorded with the balance) and never exceed the
    -- largest exact JavaScript integer (refused, not recorded).
    IF v_delta < 0 AND -v_delta > v_balance THEN
      v_code := 'INSUFFICIENT_FUNDS';
      v_message := 'insufficient funds';
      v_delta := 0;
    ELSIF v_delta > 0 AND v_delta > c_max_balance - v_balance THEN
      RETURN '{"status":"error","code":"INVALID_REQUEST","message":'
        || to_json('the balance would exceed the largest supported amount'::text)::text || '}';
    END IF;

    -- 6. Record the answer and, when money moves, the balance and the ledger row.
    IF v_code IS NULL THEN
      v_response := '{"status":"ok","balance":' || (v_balance + v_delta)::text
        || ',"tx_id":' || to_json(p_tx_id)::text || '}';
      IF v_delta <> 0 THEN
        UPDATE wallet_players SET balance_minor = v_balance + v_delta WHERE player_id = p_player_id;
        INSERT INTO wallet_ledger (player_id, kind, amount_minor, balance_after_minor, call_id,
            round_id, created_at)
          VALUES (p_player_id, v_kind, v_delta, v_balance + v_delta, p_call_id, p_round_id,
            p_created_at);
      END IF;
    ELSE
      v_response := '{"status":"error","code":"' || v_code || '","message":'
        || to_json(v_message)::text
        || CASE WHEN v_code = 'INSUFFICIENT_FUNDS' THEN ',"balance":' || v_balance::text ELSE '' END
        || '}';
    END IF;
    INSERT INTO wallet_calls (call_id, tx_id, fingerprint, action, player_id, amount_minor, rb,
        rb_call_id, round_id, game_id, applied, outcome, response, created_at)
      VALUES (p_call_id, p_tx_id, p_fingerprint, p_action, p_player_id, p_amount, p_rb,
        p_rb_call_id, p_round_id, p_game_id, v_delta <> 0, coalesce(v_code, 'ok'), v_response,
        p_created_at);
    RETURN v_response;
  END
  $fn$;

  -- Several calls in one statement and one commit (group commit): each runs wallet_settle in
  -- its own subtransaction, so a call that fails is rolled back alone and reported with its
  -- SQLSTATE, the others kept. The caller sorts the calls by player_id: every batch then takes
  -- its row locks in one order, so two batches never wait for each other in a cycle.
  CREATE FUNCTION wallet_settle_batch(
    p_call_ids TEXT[], p_player_ids TEXT[], p_actions TEXT[], p_currencies TEXT[],
    p_game_ids TEXT[], p_fingerprints TEXT[], p_amounts BIGINT[], p_rbs SMALLINT[],
    p_rb_call_ids TEXT[], p_round_ids TEXT[], p_tx_ids TEXT[], p_created_ats TIMESTAMPTZ[])
  RETURNS TABLE (o_response TEXT, o_sqlstate TEXT, o_error TEXT)
  LANGUAGE plpgsql VOLATILE AS $fn$
  BEGIN
    FOR i IN 1 .. coalesce(array_length(p_call_ids, 1), 0) LOOP
      o_response := NULL;
      o_sqlstate := NULL;
      o_error := NULL;
      BEGIN
        o_response := wallet_settle(p_call_ids[i], p_player_ids[i], p_actions[i], p_currencies[i],
          p_game_ids[i], p_fingerprints[i], p_amounts[i], p_rbs[i], p_rb_call_ids[i],
          p_round_ids[i], p_tx_ids[i], p_created_ats[i]);
      EXCEPTION WHEN OTHERS THEN
        o_sqlstate := SQLSTATE;
        o_error := SQLERRM;
      END;
      RETURN NEXT;
    END LOOP;
  END
  $fn$;
`;
