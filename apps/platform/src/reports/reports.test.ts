import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { dirname } from "node:path";
import { after, before, describe, test } from "node:test";
import { lockAccount, postEntry } from "../billing/credit-ledger.ts";
import { projectAll } from "../billing/round-projector.ts";
import { insertClosedRound, type TestRound } from "../billing/test/closed-rounds.ts";
import { testDialects } from "../db/test-databases.ts";
import { startHarness, type Harness } from "../test/platform-harness.ts";

const CLI = new URL("../billing/self-check-cli.ts", import.meta.url).pathname;
const at = (d: string, hour: number) => Date.parse(`${d}T${String(hour).padStart(2, "0")}:15:00.000Z`);

/** A deterministic mix: two days, two hours, two games, two currencies, three players, a rollback. */
function roundsOf(operatorId: string): TestRound[] {
  const out: TestRound[] = [];
  const games = ["fruit-fiesta", "keno-ten"];
  let n = 0;
  for (const d of ["2026-01-10", "2026-01-11"]) {
    for (const hour of [9, 17]) {
      for (const gameId of games) {
        for (const playerId of ["p-1", "p-2", "p-3"]) {
          n += 1;
          const currency = n % 4 === 0 ? "GBP" : "EUR";
          const bet = 100 + n * 7;
          const calls =
            n % 5 === 0
              ? [
                  { action: "debit" as const, amountMinor: bet, state: "unknown" as const },
                  { action: "credit" as const, amountMinor: bet, rb: 1 as const },
                ]
              : [
                  { action: "debit" as const, amountMinor: bet },
                  { action: "credit" as const, amountMinor: n % 3 === 0 ? bet * 2 : 0 },
                ];
          out.push({
            roundId: `${operatorId}_r${n}`,
            operatorId,
            gameId,
            playerId,
            currency,
            closedAtMs: at(d, hour) + n,
            calls,
          });
        }
      }
    }
  }
  return out;
}

for (const kind of testDialects) {
  describe(`reports and statements (${kind})`, () => {
    let h: Harness;
    let op: { operatorId: string; token: string };
    let rounds: TestRound[];
    before(async () => {
      h = await startHarness(kind, { appOptions: { billingWorkers: false } });
      op = await h.approvedOperator();
      rounds = roundsOf(op.operatorId);
      for (const r of rounds) await insertClosedRound(h.db.db, r);
      // Another operator's rounds never show in this one's reports.
      const other = await h.approvedOperator();
      for (const r of roundsOf(other.operatorId).slice(0, 5)) await insertClosedRound(h.db.db, r);
      await projectAll(h.platform.deps, { lagMs: 0 });
    });
    after(async () => h?.close());

    const report = (query: string, token = op.token) =>
      h.request("GET", `/backoffice/reports?${query}`, { token });

    test("report totals equal the sums over the raw wallet calls, by day and by hour", async () => {
      const raw = await h.db.db
        .selectFrom("wallet_calls")
        .select(["currency", "action", "rb", "state", "amount_minor"])
        .where("operator_id", "=", op.operatorId)
        .execute();
      const expected = new Map<string, { bets: number; wins: number; rbBets: number }>();
      for (const c of raw) {
        const e = expected.get(c.currency) ?? { bets: 0, wins: 0, rbBets: 0 };
        if (c.action === "debit" && c.rb === 0) e.bets += c.amount_minor ?? 0;
        if (c.action === "credit" && c.rb === 0) e.wins += c.amount_minor ?? 0;
        if (c.action === "credit" && c.rb === 1) e.rbBets += c.amount_minor ?? 0;
        expected.set(c.currency, e);
      }
      for (const grain of ["day", "hour"]) {
        const answer = await report(`from=2026-01-10&to=2026-01-11&grain=${grain}`);
        assert.equal(answer.status, 200, answer.text);
        const totals = answer.json.totalsByCurrency as Array<Record<string, number | string>>;
        assert.deepEqual(
          totals.map((t) => [t.currency, t.betsMinor, t.winsMinor, t.rolledBackBetsMinor, t.ggrMinor]),
          [...expected.entries()]
            .sort(([a], [b]) => a.localeCompare(b))
            .map(([currency, e]) => [currency, e.bets, e.wins, e.rbBets, e.bets - e.wins - e.rbBets]),
        );
        assert.equal(
          totals.reduce((sum, t) => sum + Number(t.rounds), 0),
          rounds.length,
        );
      }
      const byDay = await report("from=2026-01-10&to=2026-01-10&gameId=fruit-fiesta&currency=EUR");
      assert.equal(byDay.json.rows.length, 1);
      assert.equal(byDay.json.rows[0].players, 3, "each player counted once a day");
      const byHour = await report(
        "from=2026-01-10&to=2026-01-10&grain=hour&gameId=fruit-fiesta&currency=EUR",
      );
      assert.equal(byHour.json.rows.length, 2);
      assert.ok(byHour.json.rows.every((r: { rollbacks: number }) => r.rollbacks >= 0));
    });

    test("CSV export, /v1 by credential environment, admin view, bad periods", async () => {
      const csv = await report("from=2026-01-10&to=2026-01-11&format=csv");
      assert.equal(csv.status, 200);
      assert.match(csv.headers.get("content-type") ?? "", /^text\/csv/);
      const lines = csv.text.trim().split("\r\n");
      assert.equal(
        lines[0],
        "bucket_start,provider_id,game_id,currency,rounds,players,bets_minor,wins_minor,rolled_back_bets_minor,rolled_back_wins_minor,ggr_minor,rollbacks,manual_resolution_calls",
      );
      const json = await report("from=2026-01-10&to=2026-01-11");
      assert.equal(lines.length - 1, json.json.rows.length);
      const admin = await h.request(
        "GET",
        `/admin/operators/${op.operatorId}/reports?from=2026-01-10&to=2026-01-11`,
        {
          token: h.adminToken,
        },
      );
      assert.deepEqual(admin.json.rows, json.json.rows);
      const sandbox = await report("from=2026-01-10&to=2026-01-11&environment=sandbox");
      assert.deepEqual(sandbox.json.rows, []);
      const credential = await h.request("POST", "/backoffice/credentials", {
        token: op.token,
        body: { environment: "sandbox", label: "ci" },
      });
      const v1 = await h.request("GET", "/v1/reports?from=2026-01-10&to=2026-01-11", {
        token: credential.json.token,
      });
      assert.equal(v1.status, 200, v1.text);
      assert.equal(v1.json.environment, "sandbox");
      for (const bad of [
        "from=2026-01-12&to=2026-01-10",
        "from=2026-02-30&to=2026-03-01",
        "from=2025-01-01&to=2026-06-01",
        "from=2026-01-01&to=2026-03-01&grain=hour",
      ]) {
        const refused = await report(bad);
        assert.equal(refused.status, 400, bad);
        assert.equal(refused.json.code, "INVALID_PERIOD");
      }
    });

    test("a statement: opening balance, top-ups, fees by provider and currency, closing balance", async () => {
      const deps = h.platform.deps;
      const topUp = await h.request("POST", `/admin/operators/${op.operatorId}/billing/top-ups`, {
        token: h.adminToken,
        body: { amountMinor: 1_000_00, currency: "EUR", idempotencyKey: "s1" },
      });
      assert.equal(topUp.status, 201);
      await deps.db.transaction().execute(async (trx) => {
        await lockAccount(deps, trx, op.operatorId);
        await postEntry(deps, trx, {
          operatorId: op.operatorId,
          kind: "fee",
          amountMinor: -1234,
          actor: { kind: "system", id: "billing" },
          fee: {
            providerId: "croupier-studio",
            roundCurrency: "EUR",
            ggrMinor: 12340,
            chargeableMinor: 12340,
            rounds: 3,
          },
        });
      });
      const today = new Date(deps.clock()).toISOString().slice(0, 10);
      const chargedRows = await deps.db
        .selectFrom("billing_rounds")
        .selectAll()
        .where("operator_id", "=", op.operatorId)
        .where("fee_status", "=", "charged")
        .execute();
      assert.ok(chargedRows.every((r) => r.currency === "EUR" && r.fee_minor === 0));
      const charged = {
        rounds: chargedRows.length,
        ggr: chargedRows.reduce((sum, r) => sum + r.ggr_minor, 0),
        chargeable: chargedRows.reduce((sum, r) => sum + r.chargeable_minor, 0),
      };
      for (const path of [
        "/backoffice/billing/statement",
        `/admin/operators/${op.operatorId}/billing/statement`,
      ]) {
        const token = path.startsWith("/admin") ? h.adminToken : op.token;
        const statement = await h.request("GET", `${path}?from=${today}&to=${today}`, { token });
        assert.equal(statement.status, 200, statement.text);
        assert.equal(statement.json.openingBalanceMinor, 0);
        assert.equal(statement.json.topUpsMinor, 1_000_00);
        // The projector charged the EUR rounds at 0 (no fee rate set): they show, with their GGR.
        assert.deepEqual(statement.json.fees, [
          {
            providerId: "croupier-studio",
            roundCurrency: "EUR",
            rounds: 3 + charged.rounds,
            ggrMinor: 12340 + charged.ggr,
            chargeableMinor: 12340 + charged.chargeable,
            feeMinor: 1234,
          },
        ]);
        assert.equal(statement.json.closingBalanceMinor, 1_000_00 - 1234);
        assert.match(statement.json.notes.join(" "), /carried forward/);
      }
      const csv = await h.request(
        "GET",
        `/backoffice/billing/statement?from=${today}&to=${today}&format=csv`,
        { token: op.token },
      );
      assert.match(csv.text, /\r\nfee,croupier-studio,EUR,\d+,-?\d+,\d+,-1234\r\n/);
      assert.match(csv.text, /\r\nclosing_balance,,,,,,98766\r\n/);
      const earlier = await h.request("GET", "/backoffice/billing/statement?from=2026-01-01&to=2026-01-31", {
        token: op.token,
      });
      assert.equal(earlier.json.closingBalanceMinor, 0);
    });

    test("the self-check on demand (admin API and CLI) finds the records agree, and lists its runs", async () => {
      const run = await h.request("POST", "/admin/billing/self-checks", {
        token: h.adminToken,
        body: { from: "2026-01-10", to: "2026-01-11" },
      });
      assert.equal(run.status, 201, run.text);
      assert.equal(run.json.differences, 0, JSON.stringify(run.json.listed));
      assert.ok(run.json.roundsChecked >= rounds.length);
      const env: Record<string, string> = { PATH: process.env.PATH ?? "" };
      const location = h.db.location;
      if (location.databaseUrl !== undefined) env.DATABASE_URL = location.databaseUrl;
      else env.DATA_DIR = dirname(location.sqliteFile!);
      const cli = spawnSync(process.execPath, [CLI, "--from", "2026-01-10", "--to", "2026-01-11"], {
        env,
        encoding: "utf8",
      });
      assert.equal(cli.status, 0, cli.stderr + cli.stdout);
      assert.equal(JSON.parse(cli.stdout).differences, 0);
      const list = await h.request("GET", "/admin/billing/self-checks", { token: h.adminToken });
      assert.equal(list.json.items.length, 2);
      const alerts = await h.request("GET", "/admin/billing/self-checks?differencesOnly=true", {
        token: h.adminToken,
      });
      assert.deepEqual(alerts.json.items, []);
      const bad = await h.request("POST", "/admin/billing/self-checks", {
        token: h.adminToken,
        body: { from: "2026-01-10", to: "2026-01-01" },
      });
      assert.equal(bad.json.code, "INVALID_PERIOD");
    });
  });
}
