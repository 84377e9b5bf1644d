// End to end: what one API credential can reach. Every /v1 route is taken from the app's own
// OpenAPI description (so a route added later is covered without touching this file) and called
// with operator A's credential on operator B's ids, and with a sandbox credential on the same
// operator's live ids (and the other way round): nothing is found, no list shows any of it, and
// the victim's rows are byte for byte the same afterwards.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { testDialects } from "../db/test-databases.ts";
import { eventually } from "./support/http.ts";
import { DEFAULT_PROJECT_INTERVAL_MS } from "../billing/background.ts";
import { DEFAULT_LAG_MS } from "../billing/round-projector.ts";
import { ownedRows } from "./support/owned-rows.ts";
import { provisionOperator, STUDIO_GAME } from "./support/provision.ts";
import { roundIds, startWorld, type World } from "./support/world.ts";

/** How long the victim's rows must stay unchanged before a sweep (see settledRows). */
const SETTLED_AFTER_MS = DEFAULT_LAG_MS + 2 * DEFAULT_PROJECT_INTERVAL_MS + 200;

/** One operator's data in one environment: the ids a route could be asked about. */
interface Victim {
  readonly label: string;
  readonly operatorId: string;
  readonly environment: "sandbox" | "live";
  /** Path and query parameter values, by parameter name. */
  readonly ids: Readonly<Record<string, string>>;
}

/** Path parameters that name something every operator shares (catalogue games): not owned. */
const SHARED_PARAMS: Readonly<Record<string, string>> = { gameId: STUDIO_GAME, game_id: STUDIO_GAME };

async function playedRound(w: World, apiToken: string) {
  const s = await w.playing(10_000, undefined, apiToken);
  const ids = roundIds();
  const bet = await w.gateway("/bet", {
    session_token: s.token,
    transaction_id: ids.bet,
    round_id: ids.round,
    amount: 100,
  });
  assert.equal(bet.status, 200, bet.text);
  const win = await w.gateway("/win", {
    session_token: s.token,
    transaction_id: ids.win,
    round_id: ids.round,
    amount: 50,
    round_closed: true,
  });
  assert.equal(win.status, 200, win.text);
  const calls = await w.callsOf({ playerId: s.playerId });
  const credit = calls.find((c) => c.action === "credit")!;
  return { playerId: s.playerId, sessionId: s.sessionId, roundId: credit.round_id!, callId: credit.call_id };
}

function exampleBody(method: string, path: string, victim: Victim): unknown {
  if (method === "post" && path === "/v1/sessions") {
    return {
      player_id: victim.ids.player_id,
      currency: "EUR",
      game_id: STUDIO_GAME,
      language: "en",
      return_url: "https://casino.example/lobby",
      cashier_url: "https://casino.example/cashier",
    };
  }
  return method === "get" || method === "delete" ? undefined : {};
}

for (const kind of testDialects) {
  describe(`API credential isolation on every /v1 route (${kind})`, () => {
    let w: World;
    let tokens: { aSandbox: string; aLive: string; bSandbox: string };
    let victims: { bSandbox: Victim; aLive: Victim; aSandbox: Victim };

    before(async () => {
      w = await startWorld(kind);
      const a = w.operator;
      const b = await provisionOperator(w.http, w.adminToken, {
        callbackUrl: `${w.proxy.url}/wallet`,
        timeoutMs: 1_000,
        name: "Victim Casino",
      });
      // A goes live (its gate needs evidence this test does not produce; the status is what matters here).
      await w.db.db.updateTable("operators").set({ status: "live" }).where("id", "=", a.operatorId).execute();
      // Live launches need prepaid credit, as after a real go-live.
      const topUp = await w.http("POST", `/admin/operators/${a.operatorId}/billing/top-ups`, {
        token: w.adminToken,
        body: { amountMinor: 1_000_000, currency: "EUR", idempotencyKey: "isolation-credit" },
      });
      assert.equal(topUp.status, 201, topUp.text);
      const liveSalts = await w.http("GET", "/backoffice/environments/live/salt-keys", { token: a.boToken });
      const liveSalt = (liveSalts.json.keys as Array<{ salt: string }>)[0]!.salt;
      const patched = await w.http("PATCH", "/backoffice/environments/live/wallet-settings", {
        token: a.boToken,
        body: { callbackUrl: `${w.proxy.url}/wallet` },
      });
      assert.equal(patched.status, 200, patched.text);
      const live = await w.http("POST", "/backoffice/credentials", {
        token: a.boToken,
        body: { environment: "live", label: "live" },
      });
      assert.equal(live.status, 201, live.text);
      w.wallet.salts.replace([a.salt, b.salt, liveSalt]);
      tokens = { aSandbox: a.apiToken, aLive: live.json.token as string, bSandbox: b.apiToken };

      const runOf = async (token: string) => {
        for (const id of ["cfr-p1", "cfr-p2"])
          await w.wallet.player(`${id}-${token.slice(4, 12)}`, 5_000).catch(() => undefined);
        const run = await w.http("POST", "/v1/conformance-runs", {
          token,
          body: {
            players: [`cfr-p1-${token.slice(4, 12)}`, `cfr-p2-${token.slice(4, 12)}`],
            currency: "EUR",
            only: ["balance.shape"],
          },
        });
        assert.equal(run.status, 202, run.text);
        const runId = run.json.id as string;
        await eventually(async () => {
          const state = await w.http("GET", `/v1/conformance-runs/${runId}`, { token });
          return state.json.status !== "running";
        }, "conformance run finished");
        return runId;
      };
      // A reconciliation of the victim's (an empty ledger of today): its id is one to probe with.
      const reconciliationOf = async (token: string) => {
        const today = new Date().toISOString().slice(0, 10);
        const upload = await w.http("POST", `/v1/reconciliations?from=${today}&to=${today}`, {
          token,
          rawBody: "call_id,action,amount,currency,rb,status,time\n",
          headers: { "content-type": "text/csv" },
        });
        assert.equal(upload.status, 201, upload.text);
        return upload.json.id as string;
      };
      const victimOf = async (
        label: string,
        operatorId: string,
        environment: "sandbox" | "live",
        token: string,
      ) => {
        const played = await playedRound(w, token);
        return {
          label,
          operatorId,
          environment,
          ids: {
            session_id: played.sessionId,
            round_id: played.roundId,
            call_id: played.callId,
            player_id: played.playerId,
            runId: await runOf(token),
            reconciliationId: await reconciliationOf(token),
          },
        };
      };
      victims = {
        bSandbox: await victimOf("operator B (sandbox)", b.operatorId, "sandbox", tokens.bSandbox),
        aLive: await victimOf("operator A's live data", a.operatorId, "live", tokens.aLive),
        aSandbox: await victimOf("operator A's sandbox data", a.operatorId, "sandbox", tokens.aSandbox),
      };
    });
    after(async () => w?.close());

    /**
     * The victim's rows once the setup's background work is done: the billing projector (every
     * second) still projects the rounds the setup closed, and a change of its making is not the
     * attacker's. Stable for longer than a round waits to be taken (the projector's lag, then up
     * to two ticks), or the test fails here: two ticks alone were shorter than the lag plus a
     * tick, and a round that closed just before the first look was projected during the sweep.
     */
    async function settledRows(victim: Victim): Promise<string> {
      let last = await ownedRows(w.db, victim.operatorId, victim.environment);
      for (let tries = 0; tries < 10; tries++) {
        await new Promise((resolve) => setTimeout(resolve, SETTLED_AFTER_MS));
        const now = await ownedRows(w.db, victim.operatorId, victim.environment);
        if (now === last) return now;
        last = now;
      }
      throw new Error(`${victim.label}: rows still changing before the sweep`);
    }

    async function sweep(attackerToken: string, victim: Victim): Promise<string[]> {
      const spec = (await w.http("GET", "/openapi.json")).json as {
        paths: Record<string, Record<string, { parameters?: Array<{ in: string; name: string }> }>>;
      };
      const routes = Object.entries(spec.paths)
        .filter(([path]) => path.startsWith("/v1/"))
        .flatMap(([path, operations]) =>
          Object.entries(operations).map(([method, operation]) => ({ method, path, operation })),
        );
      assert.ok(routes.length >= 10, `only ${routes.length} /v1 routes found`);
      const before = await settledRows(victim);
      const secrets = Object.values(victim.ids);
      const problems: string[] = [];
      for (const { method, path, operation } of routes) {
        const name = `${method.toUpperCase()} ${path} (${victim.label})`;
        const pathParams = (operation.parameters ?? []).filter((p) => p.in === "path").map((p) => p.name);
        let owned = false;
        let url = path;
        for (const param of pathParams) {
          const value = victim.ids[param] ?? SHARED_PARAMS[param];
          if (value === undefined) {
            problems.push(`${name}: no id for path parameter "${param}" — add one to this test`);
            continue;
          }
          if (victim.ids[param] !== undefined) owned = true;
          url = url.replace(`{${param}}`, encodeURIComponent(value));
        }
        const body = exampleBody(method, path, victim);
        const answer = await w.http(method.toUpperCase(), url, {
          token: attackerToken,
          ...(body === undefined ? {} : { body }),
        });
        if (answer.status >= 500) problems.push(`${name}: ${answer.status} ${answer.text}`);
        if (owned && answer.status !== 404)
          problems.push(`${name}: expected 404, got ${answer.status} ${answer.text.slice(0, 200)}`);
        if (!owned) {
          const leaked = secrets.filter(
            (id) => answer.text.includes(id) && !(body !== undefined && JSON.stringify(body).includes(id)),
          );
          if (leaked.length > 0) problems.push(`${name}: answer shows ${leaked.join(", ")}`);
        }
        // Lists filtered by the victim's ids come back empty.
        if (method === "get" && pathParams.length === 0) {
          for (const param of (operation.parameters ?? []).filter((p) => p.in === "query")) {
            const value = victim.ids[param.name];
            if (value === undefined) continue;
            const filtered = await w.http("GET", `${path}?${param.name}=${encodeURIComponent(value)}`, {
              token: attackerToken,
            });
            if (filtered.status !== 200)
              problems.push(`${name}?${param.name}: ${filtered.status} ${filtered.text}`);
            else if (filtered.json.items?.length !== 0)
              problems.push(`${name}?${param.name}: ${filtered.text.slice(0, 200)}`);
          }
        }
      }
      const afterRows = await ownedRows(w.db, victim.operatorId, victim.environment);
      if (afterRows !== before) {
        const was = JSON.parse(before) as Record<string, unknown>;
        const now = JSON.parse(afterRows) as Record<string, unknown>;
        const tables = Object.keys(now).filter((t) => JSON.stringify(now[t]) !== JSON.stringify(was[t]));
        problems.push(`${victim.label}: rows changed in ${tables.join(", ")}`);
      }
      return problems;
    }

    test("operator A's sandbox credential reaches nothing of operator B", async () => {
      assert.deepEqual(await sweep(tokens.aSandbox, victims.bSandbox), []);
    });

    test("operator B reaches nothing of operator A, sandbox or live", async () => {
      assert.deepEqual(await sweep(tokens.bSandbox, victims.aSandbox), []);
      assert.deepEqual(await sweep(tokens.bSandbox, victims.aLive), []);
    });

    test("a sandbox credential never reaches live data, nor a live one sandbox data", async () => {
      assert.deepEqual(await sweep(tokens.aSandbox, victims.aLive), []);
      assert.deepEqual(await sweep(tokens.aLive, victims.aSandbox), []);
      // Sanity: the owner does see its own data through the same routes.
      const own = await w.http("GET", `/v1/rounds/${victims.aLive.ids.round_id}`, { token: tokens.aLive });
      assert.equal(own.status, 200);
      const ownList = await w.http("GET", `/v1/transactions?call_id=${victims.aLive.ids.call_id}`, {
        token: tokens.aLive,
      });
      assert.equal(ownList.json.items.length, 1);
    });
  });
}
