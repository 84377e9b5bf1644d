import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { testDialects } from "../db/test-databases.ts";
import type { NewWalletCallRow } from "../round-engine/outbox/tables.ts";
import { startHarness, type Harness } from "../test/platform-harness.ts";
import { parseInstant } from "./time-range.ts";

const T0 = Date.UTC(2026, 0, 1);
const HOUR = 3_600_000;

function callRow(operatorId: string, n: number, overrides: Partial<NewWalletCallRow> = {}): NewWalletCallRow {
  return {
    call_id: `c_${operatorId}_${String(n).padStart(3, "0")}`,
    operator_id: operatorId,
    environment: "sandbox",
    action: n % 2 === 0 ? "debit" : "credit",
    session_id: "ses_1",
    player_id: n % 3 === 0 ? "alice" : "bob",
    currency: "EUR",
    game_id: "g1",
    round_id: `r_${operatorId}_${Math.floor(n / 2)}`,
    amount_minor: 100 + n,
    rb: 0,
    rb_call_id: null,
    round_closed: 0,
    ref: `ref:${n}`,
    request_hash: "h",
    state: n % 5 === 0 ? "pending" : "ok",
    attempts: n % 5 === 0 ? 0 : 1,
    // Not due: the app's dispatcher must leave these rows alone.
    next_attempt_at_ms: Date.now() + 24 * HOUR,
    retry_until_at_ms: T0 + 72 * HOUR,
    lease_owner: null,
    lease_until_at_ms: null,
    balance_minor: 1_000,
    error_code: null,
    outcome_reason: null,
    tx_id: null,
    resolved_by: null,
    resolution_note: null,
    created_at_ms: T0 + n * HOUR,
    updated_at_ms: T0 + n * HOUR,
    final_at_ms: null,
    ...overrides,
  };
}

for (const kind of testDialects) {
  describe(`history on /v1 (${kind})`, () => {
    let h: Harness;
    let token: string;
    let operatorId: string;
    before(async () => {
      h = await startHarness(kind);
      const op = await h.approvedOperator();
      operatorId = op.operatorId;
      const credential = await h.request("POST", "/backoffice/credentials", {
        token: op.token,
        body: { environment: "sandbox", label: "history" },
      });
      token = credential.json.token as string;
      const other = await h.register();
      const calls = [
        ...Array.from({ length: 30 }, (_, n) => callRow(operatorId, n)),
        // Same ids and players elsewhere: another operator, and this operator's live environment.
        ...Array.from({ length: 5 }, (_, n) => callRow(other.operatorId, n)),
        ...Array.from({ length: 5 }, (_, n) =>
          callRow(operatorId, 100 + n, { environment: "live", player_id: "alice" }),
        ),
      ];
      await h.db.db.insertInto("wallet_calls").values(calls).execute();
      await h.db.db
        .insertInto("wallet_call_attempts")
        .values(
          calls
            .filter((c) => c.attempts === 1)
            .map((c) => ({
              call_id: c.call_id,
              attempt_no: 1,
              sender: "host:1#1",
              sent_at_ms: c.created_at_ms,
              latency_micros: 1_234,
              request: `{"call_id":"${c.call_id}"}`,
              http_status: 200,
              response_body: '{"status":"ok","balance":1000}',
              outcome: "ok" as const,
              error_code: null,
              reason: null,
            })),
        )
        .execute();
      const rounds = new Map(calls.map((c) => [c.round_id!, c]));
      await h.db.db
        .insertInto("rounds")
        .values(
          [...rounds.values()].map((c) => ({
            round_id: c.round_id!,
            operator_id: c.operator_id,
            environment: c.environment,
            session_id: c.session_id,
            player_id: c.player_id,
            currency: "EUR",
            game_id: "g1",
            status: "closed" as const,
            request_hash: "h",
            opened_at_ms: c.created_at_ms,
            closed_at_ms: c.created_at_ms + 1,
            close_reason: "game" as const,
          })),
        )
        .execute();
    });
    after(async () => h?.close());

    const get = (path: string) => h.request("GET", path, { token });

    test("transactions: newest first, every one exactly once across pages, only this operator and environment", async () => {
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const page: Awaited<ReturnType<typeof get>> = await get(
          `/v1/transactions?limit=7${cursor === null ? "" : `&cursor=${cursor}`}`,
        );
        assert.equal(page.status, 200, page.text);
        seen.push(...page.json.items.map((t: { call_id: string }) => t.call_id));
        cursor = page.json.nextCursor;
      } while (cursor !== null);
      const expected = Array.from({ length: 30 }, (_, n) => callRow(operatorId, 29 - n).call_id);
      assert.deepEqual(seen, expected);
    });

    test("filters: player, status, action, round, call, time range (epoch ms and RFC 3339)", async () => {
      const ids = async (query: string) =>
        (await get(`/v1/transactions?limit=200&${query}`)).json.items.map(
          (t: { call_id: string }) => t.call_id,
        );
      const alice = await ids("player_id=alice");
      assert.equal(alice.length, 10);
      const pending = await ids("status=pending");
      assert.deepEqual(pending.length, 6);
      assert.equal((await ids("action=credit&status=pending")).length, 3);
      assert.deepEqual(await ids(`round_id=r_${operatorId}_3`), [
        callRow(operatorId, 7).call_id,
        callRow(operatorId, 6).call_id,
      ]);
      assert.deepEqual(await ids(`call_id=${callRow(operatorId, 4).call_id}`), [
        callRow(operatorId, 4).call_id,
      ]);
      // [from, to): hours 5..9
      const fromMs = T0 + 5 * HOUR;
      assert.equal((await ids(`from=${fromMs}&to=${T0 + 10 * HOUR}`)).length, 5);
      assert.equal((await ids("from=2026-01-01T05:00:00Z&to=2026-01-01T12:00:00%2B02:00")).length, 5);
      assert.equal((await ids("to=2026-01-01")).length, 0);
    });

    test("bad filters are problems, not 500s", async () => {
      for (const query of [
        "from=yesterday",
        "to=2026-02-30",
        "from=2026-01-02&to=2026-01-01",
        "status=lost",
        "limit=0",
      ]) {
        const answer = await get(`/v1/transactions?${query}`);
        assert.equal(answer.status, 400, `${query}: ${answer.text}`);
        assert.match(answer.json.code, /VALIDATION_FAILED|INVALID_TIME_RANGE/);
      }
      assert.equal(
        (await get("/v1/transactions?from=2026-01-02&to=2026-01-01")).json.code,
        "INVALID_TIME_RANGE",
      );
      assert.equal((await get("/v1/rounds?cursor=garbage")).json.code, "INVALID_CURSOR");
      const missing = await get("/v1/rounds/r_nope");
      assert.equal(missing.status, 404);
      assert.equal(missing.json.code, "ROUND_NOT_FOUND");
      assert.equal((await get("/v1/transactions/c_nope")).json.code, "TRANSACTION_NOT_FOUND");
      assert.equal((await h.request("GET", "/v1/rounds")).status, 401);
    });

    test("rounds: list and detail with every call and its attempts", async () => {
      const rounds = await get("/v1/rounds?player_id=alice&limit=200");
      assert.equal(rounds.status, 200);
      assert.ok(rounds.json.items.every((r: { player_id: string }) => r.player_id === "alice"));
      const detail = await get(`/v1/rounds/r_${operatorId}_1`);
      assert.equal(detail.status, 200, detail.text);
      assert.deepEqual(
        detail.json.transactions.map((t: { call_id: string; attempt_log: unknown[] }) => [
          t.call_id,
          t.attempt_log.length,
        ]),
        [
          [callRow(operatorId, 2).call_id, 1],
          [callRow(operatorId, 3).call_id, 1],
        ],
      );
      assert.deepEqual(detail.json.totals, { debited: 102, credited: 103, rolled_back: 0 });
      const attempt = detail.json.transactions[0].attempt_log[0];
      assert.equal(attempt.latency_micros, 1_234);
      assert.equal(attempt.sender, undefined, "the sender (our host and process) stays internal");
      const live = await get(`/v1/rounds/r_${operatorId}_50`);
      assert.equal(live.status, 404, "a live round is not visible to a sandbox credential");
    });

    test("the routes are in the OpenAPI description", async () => {
      const spec = (await h.request("GET", "/openapi.json")).json;
      for (const path of [
        "/v1/sessions",
        "/v1/rounds",
        "/v1/rounds/{round_id}",
        "/v1/transactions",
        "/v1/transactions/{call_id}",
      ]) {
        assert.ok(spec.paths[path]?.get !== undefined, path);
      }
    });
  });
}

describe("parseInstant", () => {
  test("epoch ms, dates and date-times; impossible dates refused", () => {
    assert.equal(parseInstant("0"), 0);
    assert.equal(parseInstant("2026-01-01"), Date.UTC(2026, 0, 1));
    assert.equal(parseInstant("2026-01-01T01:00:00+01:00"), Date.UTC(2026, 0, 1));
    assert.equal(parseInstant("2026-02-29"), undefined);
    assert.equal(parseInstant("2028-02-29"), Date.UTC(2028, 1, 29));
    assert.equal(parseInstant("99999999999999999999"), undefined);
  });
});
