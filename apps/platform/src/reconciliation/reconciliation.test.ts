import assert from "node:assert/strict";
import { request as httpRequest } from "node:http";
import { after, before, describe, test } from "node:test";
import { sql } from "kysely";
import { insertClosedRound } from "../billing/test/closed-rounds.ts";
import { testDialects } from "../db/test-databases.ts";
import { startHarness, type Harness } from "../test/platform-harness.ts";
import { matchLines } from "./match.ts";

const DAY = "2026-01-10";
const at = (minute: number) => Date.parse(`${DAY}T10:00:00.000Z`) + minute * 60_000;
const HEADER = "call_id,action,amount,currency,rb,status,time";

interface Line {
  call_id: string;
  action: string;
  amount: number | string;
  currency: string;
  rb: number | string;
  status: string;
  time: string;
}

const csvOf = (lines: Line[]) =>
  `${HEADER}\n${lines.map((l) => [l.call_id, l.action, l.amount, l.currency, l.rb, l.status, l.time].join(",")).join("\n")}\n`;

for (const kind of testDialects) {
  describe(`reconciliation (${kind})`, () => {
    let h: Harness;
    let op: { operatorId: string; token: string };
    let ledger: Line[];
    before(async () => {
      h = await startHarness(kind, { appOptions: { billingWorkers: false } });
      op = await h.approvedOperator();
      for (let i = 0; i < 6; i += 1) {
        await insertClosedRound(h.db.db, {
          roundId: `${op.operatorId}_r${i}`,
          operatorId: op.operatorId,
          closedAtMs: at(i),
          calls: [
            { action: "debit", amountMinor: 100 * (i + 1) },
            { action: "credit", amountMinor: i % 2 === 0 ? 50 : 0 },
          ],
        });
      }
      // A refused debit and a credit still being delivered.
      await insertClosedRound(h.db.db, {
        roundId: `${op.operatorId}_r6`,
        operatorId: op.operatorId,
        closedAtMs: at(7),
        calls: [
          { action: "debit", amountMinor: 999, state: "refused" },
          { action: "credit", amountMinor: 0, state: "pending" },
        ],
      });
      const calls = await h.db.db
        .selectFrom("wallet_calls")
        .selectAll()
        .where("operator_id", "=", op.operatorId)
        .orderBy("created_at_ms")
        .execute();
      // What a correct wallet's ledger holds: every call it answered (not the pending credit).
      ledger = calls
        .filter((c) => c.state !== "pending")
        .map((c) => ({
          call_id: c.call_id,
          action: c.action,
          amount: c.amount_minor ?? 0,
          currency: c.currency,
          rb: c.rb,
          status: c.state === "refused" ? "INSUFFICIENT_FUNDS" : "ok",
          time: new Date(c.created_at_ms).toISOString(),
        }));
    });
    after(async () => h?.close());

    const upload = (
      body: string,
      contentType = "text/csv",
      query = `from=${DAY}&to=${DAY}&environment=live`,
    ) =>
      h.request("POST", `/backoffice/reconciliations?${query}`, {
        token: op.token,
        rawBody: body,
        headers: { "content-type": contentType },
      });

    test("a matching ledger: no differences but the credit still being delivered", async () => {
      const done = await upload(csvOf(ledger));
      assert.equal(done.status, 201, done.text);
      assert.equal(done.json.status, "done");
      assert.equal(done.json.progress.linesRead, ledger.length);
      assert.equal(done.json.matched, ledger.length);
      assert.equal(done.json.differences, 1);
      assert.equal(done.json.byKind.missing_on_operator_side, 1);
      // Every call of ours in the period (the pending credit too) was compared, as counted ahead.
      assert.equal(done.json.progress.callsToCompare, ledger.length + 1);
      assert.equal(done.json.progress.callsCompared, ledger.length + 1);
      const differences = await h.request("GET", `/backoffice/reconciliations/${done.json.id}/differences`, {
        token: op.token,
      });
      assert.equal(differences.json.items[0].kind, "missing_on_operator_side");
      assert.match(differences.json.items[0].fix, /still being delivered/);
      // JSON lines give the same result.
      const jsonl = await upload(ledger.map((l) => JSON.stringify(l)).join("\n"), "application/x-ndjson");
      assert.equal(jsonl.status, 201, jsonl.text);
      assert.equal(jsonl.json.matched, ledger.length);
    });

    test("every kind of mismatch is reported with both sides and its fix; the result stays downloadable", async () => {
      const changed = ledger.map((l) => ({ ...l }));
      const [a, b, c, d, e] = changed.filter((l) => l.status === "ok");
      changed.splice(changed.indexOf(a!), 1); // missing on the operator's side
      b!.amount = Number(b!.amount) + 1; // amount
      c!.currency = "GBP"; // currency
      d!.status = "INTERNAL_ERROR"; // status
      e!.rb = 1; // a rollback on their side only
      changed.push({ ...changed[0]!, call_id: "not-our-call-1" }); // missing on ours
      const done = await upload(csvOf(changed));
      assert.equal(done.status, 201, done.text);
      assert.deepEqual(done.json.byKind, {
        missing_on_operator_side: 2,
        missing_on_our_side: 1,
        amount_mismatch: 1,
        currency_mismatch: 1,
        status_mismatch: 1,
        rollback_mismatch: 1,
      });
      // Ours of the period, plus their line with no call of ours: each compared once.
      assert.equal(done.json.progress.callsToCompare, ledger.length + 2);
      assert.equal(done.json.progress.callsCompared, done.json.progress.callsToCompare);
      assert.equal(done.json.matched + done.json.differences, done.json.progress.callsCompared);
      const csv = await h.request(
        "GET",
        `/backoffice/reconciliations/${done.json.id}/differences?format=csv`,
        {
          token: op.token,
        },
      );
      assert.equal(csv.status, 200);
      assert.match(csv.headers.get("content-type") ?? "", /^text\/csv/);
      const rows = csv.text.trim().split("\r\n");
      assert.equal(rows.length, 1 + 7);
      assert.ok(
        rows.some(
          (r) => r.startsWith(`amount_mismatch,${b!.call_id},`) && r.includes("book the difference of -1"),
        ),
      );
      assert.ok(rows.some((r) => r.startsWith("missing_on_our_side,not-our-call-1,")));
      const listed = await h.request("GET", "/backoffice/reconciliations", { token: op.token });
      assert.ok(listed.json.items.some((r: { id: string }) => r.id === done.json.id));
      // Another operator cannot see it.
      const other = await h.approvedOperator();
      const hidden = await h.request("GET", `/backoffice/reconciliations/${done.json.id}`, {
        token: other.token,
      });
      assert.equal(hidden.json.code, "RECONCILIATION_NOT_FOUND");
    });

    test("more than a page on each side: every call compared once, ties in time across a page boundary", async () => {
      const big = await h.approvedOperator();
      const day = "2026-01-11";
      const closedAt = Date.parse(`${day}T12:00:00.000Z`);
      // 510 rounds closed in the same millisecond: 1 020 calls, 510 at each of two instants, so the
      // first page of our calls (1 000) ends among calls of equal time.
      for (let i = 0; i < 510; i += 1) {
        await insertClosedRound(h.db.db, {
          roundId: `${big.operatorId}_big${String(i).padStart(4, "0")}`,
          operatorId: big.operatorId,
          closedAtMs: closedAt,
          calls: [
            { action: "debit", amountMinor: 100 },
            { action: "credit", amountMinor: 40 },
          ],
        });
      }
      const calls = await h.db.db
        .selectFrom("wallet_calls")
        .selectAll()
        .where("operator_id", "=", big.operatorId)
        .execute();
      const lines: Line[] = calls.slice(1).map((c) => ({
        call_id: c.call_id,
        action: c.action,
        amount: c.amount_minor ?? 0,
        currency: c.currency,
        rb: c.rb,
        status: "ok",
        time: String(c.created_at_ms),
      }));
      // More lines we never sent than fit in a page.
      for (let k = 0; k < 1_005; k += 1)
        lines.push({ ...lines[0]!, call_id: `theirs-only-${k}`, time: String(closedAt) });
      const done = await h.request(
        "POST",
        `/backoffice/reconciliations?from=${day}&to=${day}&environment=live`,
        {
          token: big.token,
          rawBody: csvOf(lines),
          headers: { "content-type": "text/csv" },
        },
      );
      assert.equal(done.status, 201, done.text);
      assert.equal(done.json.progress.linesRead, 1_019 + 1_005);
      assert.equal(done.json.matched, 1_019);
      assert.equal(done.json.progress.callsCompared, 1_020 + 1_005);
      assert.deepEqual(done.json.byKind, {
        missing_on_operator_side: 1,
        missing_on_our_side: 1_005,
        amount_mismatch: 0,
        currency_mismatch: 0,
        status_mismatch: 0,
        rollback_mismatch: 0,
      });
      const missing = await h.request(
        "GET",
        `/backoffice/reconciliations/${done.json.id}/differences?limit=1`,
        { token: big.token },
      );
      assert.equal(missing.json.items[0].callId, calls[0]!.call_id);

      // The same calls against the same lines in pages of 1 000 (the first page ends among calls
      // of equal time), most of them counted as matched by the database, not one by one.
      await h.db.db
        .insertInto("reconciliation_lines")
        .values(
          lines.slice(0, 1_019).map((l, k) => ({
            reconciliation_id: "rec_paged",
            call_id: l.call_id,
            line_no: k + 2,
            action: l.action as "debit" | "credit",
            amount_minor: Number(l.amount),
            currency: l.currency,
            rb: Number(l.rb) === 1 ? (1 as const) : (0 as const),
            status: l.status,
            time_text: l.time,
          })),
        )
        .execute();
      const progress: number[] = [];
      const paged = await matchLines(
        h.db.db,
        h.db.dialect,
        {
          reconciliationId: "rec_paged",
          operatorId: big.operatorId,
          environment: "live",
          fromMs: Date.parse(`${day}T00:00:00.000Z`),
          toMs: Date.parse(`${day}T00:00:00.000Z`) + 86_400_000,
        },
        async (so) => void progress.push(so.callsCompared),
        1_000,
      );
      assert.equal(paged.callsCompared, 1_020);
      assert.equal(paged.matched, 1_019);
      assert.equal(paged.byKind.missing_on_operator_side, 1);
      assert.deepEqual(progress.slice(0, 2), [1_000, 1_020]);
      await h.db.db.deleteFrom("reconciliation_lines").where("reconciliation_id", "=", "rec_paged").execute();
      await h.db.db
        .deleteFrom("reconciliation_differences")
        .where("reconciliation_id", "=", "rec_paged")
        .execute();
    });

    test("bad uploads get a clear report and change nothing", async () => {
      const count = async () =>
        Number(
          (
            await h.db.db
              .selectFrom("reconciliations")
              .select((eb) => eb.fn.countAll<number>().as("n"))
              .executeTakeFirstOrThrow()
          ).n,
        );
      const before = await count();
      const good = ledger[0]!;
      const filler = (n: number) =>
        Array.from({ length: n }, (_, k) => ({ ...good, call_id: `filler-${k}` }));
      const cases: Array<[string, string, string, RegExp]> = [
        ["wrong columns", "call_id,action,amount\nx,debit,1\n", "text/csv", /must name exactly the columns/],
        [
          "non-integer amount",
          csvOf([{ ...good, amount: "1.5" }]),
          "text/csv",
          /must be a non-negative integer/,
        ],
        ["negative amount", csvOf([{ ...good, amount: -5 }]), "text/csv", /must be a non-negative integer/],
        [
          "unknown currency",
          csvOf([{ ...good, currency: "XYZ" }]),
          "text/csv",
          /must be a known ISO 4217 code/,
        ],
        ["duplicate call_id", csvOf([good, { ...good }]), "text/csv", /is also on line 2/],
        // Past the first batches: staged lines are written while later ones are still read. On
        // PostgreSQL the failed copy took the staged lines with it: the earlier line is not named.
        [
          "duplicate call_id in a later batch",
          csvOf([good, ...filler(12_000), { ...good }]),
          "text/csv",
          kind === "postgres"
            ? /"line":12003,"field":"call_id","message":"[^"]+ is also on an earlier line"/
            : /"line":12003,"field":"call_id","message":"[^"]+ is also on line 2"/,
        ],
        // A blank line before the repeat: the line numbers still count it.
        [
          "duplicate call_id after a blank line",
          `${HEADER}\n${csvOf([good]).split("\n")[1]}\n\n${csvOf(filler(600)).split("\n").slice(1).join("\n")}${csvOf([good]).split("\n")[1]}\n`,
          "text/csv",
          kind === "postgres"
            ? /"line":604,"field":"call_id","message":"[^"]+ is also on an earlier line"/
            : /"line":604,"field":"call_id","message":"[^"]+ is also on line 2"/,
        ],
        [
          "a line with too few fields",
          `${HEADER}\n${csvOf([good]).split("\n")[1]}\nx,debit,1\n`,
          "text/csv",
          /"line":3,"field":"line","message":"has 3 fields, the header 7"/,
        ],
        [
          "a broken quote",
          `${HEADER}\n"unterminated,debit,1,EUR,0,ok,1\n`,
          "text/csv",
          /"line":2,"field":"file","message":"is not valid CSV/,
        ],
        [
          "a line longer than any ledger's",
          `${HEADER}\n${"x".repeat(10_000)}\n`,
          "text/csv",
          /"line":2,"field":"line","message":"is longer than 4096 bytes"/,
        ],
        [
          "bad line in a later batch",
          csvOf([good, ...filler(12_000), { ...good, call_id: "late", amount: "x" }]),
          "text/csv",
          /"line":12003,"field":"amount"/,
        ],
        [
          "not CSV",
          "\u0089PNG\r\n\u001a\n\u0000\u0000binary,junk",
          "text/csv",
          /must name exactly the columns|not valid CSV/,
        ],
        ["not JSON lines", '{"call_id": 1', "application/x-ndjson", /is not a JSON object/],
        ["empty", "", "text/csv", /is empty/],
      ];
      for (const [name, body, type, message] of cases) {
        const refused = await upload(body, type);
        assert.equal(refused.status, 422, `${name}: ${refused.status} ${refused.text}`);
        assert.equal(refused.json.code, "LEDGER_UPLOAD_REFUSED", `${name}: ${refused.text}`);
        assert.match(JSON.stringify(refused.json.invalidLines), message, name);
      }
      // Another operator's call ids.
      const other = await h.approvedOperator();
      await insertClosedRound(h.db.db, {
        roundId: `${other.operatorId}_r0`,
        operatorId: other.operatorId,
        closedAtMs: at(3),
        calls: [{ action: "debit", amountMinor: 100 }],
      });
      const foreign = await upload(csvOf([{ ...good, call_id: `${other.operatorId}_r0_c1` }]));
      assert.equal(foreign.status, 422);
      assert.match(foreign.json.invalidLines[0].message, /is not a call of yours/);
      assert.equal(await count(), before, "nothing kept");
      assert.equal(
        Number(
          (
            await h.db.db
              .selectFrom("reconciliation_lines")
              .select((eb) => eb.fn.countAll<number>().as("n"))
              .executeTakeFirstOrThrow()
          ).n,
        ),
        0,
      );
      const badPeriod = await upload(csvOf(ledger), "text/csv", "from=2026-01-10&to=2026-03-10");
      assert.equal(badPeriod.json.code, "INVALID_PERIOD");
    });

    if (kind === "postgres")
      test("staged lines write no WAL on PostgreSQL (an unlogged table)", async () => {
        const table = await sql<{ relpersistence: string }>`
        select relpersistence from pg_class where oid = 'reconciliation_lines'::regclass`.execute(h.db.db);
        assert.equal(table.rows[0]?.relpersistence, "u");
      });

    test("a 200 MB upload is refused before it is read, and nothing is kept", async () => {
      const url = new URL(`${h.baseUrl}/backoffice/reconciliations?from=${DAY}&to=${DAY}`);
      const size = 200 * 1024 * 1024;
      const answer = await new Promise<{ status: number; body: string }>((resolve, reject) => {
        const req = httpRequest(
          url,
          {
            method: "POST",
            headers: {
              authorization: `Bearer ${op.token}`,
              "content-type": "text/csv",
              "content-length": String(size),
            },
          },
          (res) => {
            let body = "";
            res.on("data", (chunk: Buffer) => (body += chunk.toString()));
            res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
          },
        );
        req.on("error", reject);
        // A first part only: the answer comes without the rest being sent.
        req.write(`${HEADER}\n${"x".repeat(64 * 1024)}`);
      });
      assert.equal(answer.status, 413);
      assert.equal(JSON.parse(answer.body).code, "LEDGER_TOO_LARGE");
    });
  });
}
