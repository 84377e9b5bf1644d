import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { BACKENDS, startWallet, uniqueId, type WalletFixture } from "../test/wallet-fixture.ts";

function assertProblem(
  response: { status: number; contentType: string; json: Record<string, unknown> },
  status: number,
  code: string,
) {
  assert.equal(response.status, status, JSON.stringify(response.json));
  assert.match(response.contentType, /^application\/problem\+json/);
  assert.equal(response.json.code, code);
  assert.equal(response.json.status, status);
  assert.equal(typeof response.json.title, "string");
  assert.equal(typeof response.json.detail, "string");
  assert.match(String(response.json.type), /^urn:croupier:reference-wallet:problem:/);
  assert.equal(JSON.stringify(response.json).includes("    at "), false, "no stack trace");
}

for (const backend of BACKENDS) {
  describe(`admin API (${backend})`, () => {
    let wallet: WalletFixture;
    before(async () => {
      wallet = await startWallet(backend, ["admin-test-salt-0123456789"]);
    });
    after(() => wallet.close());

    async function newPlayer(balance = 10_000, currency = "EUR") {
      const playerId = uniqueId("p");
      const created = await wallet.admin("POST", "/admin/players", {
        player_id: playerId,
        currency,
        balance,
      });
      assert.equal(created.status, 201, JSON.stringify(created.json));
      return playerId;
    }

    describe("authentication", () => {
      it("refuses a missing, wrong or non-Bearer token with 401 before reading the body", async () => {
        for (const token of [null, "wrong-token", ""]) {
          const response = await wallet.admin("GET", "/admin/players/nobody", undefined, { token });
          assertProblem(response, 401, "UNAUTHORIZED");
          assert.match(response.headers.get("www-authenticate") ?? "", /^Bearer/);
        }
        const basic = await fetch(`${wallet.baseUrl}/admin/players/nobody`, {
          headers: { authorization: `Basic ${Buffer.from("admin:x").toString("base64")}` },
        });
        assert.equal(basic.status, 401);
        // Malformed JSON from a stranger is still "who are you", not "bad JSON".
        const garbage = await wallet.admin("POST", "/admin/players", undefined, {
          token: null,
          rawBody: "{nope",
        });
        assertProblem(garbage, 401, "UNAUTHORIZED");
        const salts = await wallet.admin("PUT", "/admin/salts", { salts: ["x"] }, { token: "nope" });
        assertProblem(salts, 401, "UNAUTHORIZED");
      });
    });

    describe("players", () => {
      it("creates a player (201, Location) and reads it back", async () => {
        const playerId = uniqueId("new");
        const created = await wallet.admin("POST", "/admin/players", {
          player_id: playerId,
          currency: "USD",
          balance: 12_345,
        });
        assert.equal(created.status, 201);
        assert.equal(created.headers.get("location"), `/admin/players/${playerId}`);
        assert.deepEqual(
          { ...created.json, created_at: undefined },
          { player_id: playerId, currency: "USD", balance: 12_345, blocked: false, created_at: undefined },
        );
        assert.ok(!Number.isNaN(Date.parse(String(created.json.created_at))));
        const read = await wallet.admin("GET", `/admin/players/${playerId}`);
        assert.equal(read.status, 200);
        assert.deepEqual(read.json, created.json);
      });

      it("creates a blocked player when asked", async () => {
        const playerId = uniqueId("blk");
        const created = await wallet.admin("POST", "/admin/players", {
          player_id: playerId,
          currency: "EUR",
          balance: 0,
          blocked: true,
        });
        assert.equal(created.json.blocked, true);
      });

      it("refuses an existing player id with 409 and leaves it unchanged", async () => {
        const playerId = await newPlayer(500);
        const again = await wallet.admin("POST", "/admin/players", {
          player_id: playerId,
          currency: "EUR",
          balance: 9,
        });
        assertProblem(again, 409, "PLAYER_EXISTS");
        assert.equal((await wallet.admin("GET", `/admin/players/${playerId}`)).json.balance, 500);
      });

      it("refuses malformed bodies with 400 INVALID_REQUEST naming the field", async () => {
        const base = { player_id: uniqueId("bad"), currency: "EUR", balance: 100 };
        const cases: [unknown, string][] = [
          [{ ...base, balance: 10.5 }, "/balance"],
          [{ ...base, balance: "100" }, "/balance"],
          [{ ...base, balance: -1 }, "/balance"],
          [{ ...base, balance: 2 ** 53 }, "/balance"],
          [{ ...base, currency: "eur" }, "/currency"],
          [{ ...base, player_id: "" }, "/player_id"],
          [{ ...base, player_id: "x".repeat(65) }, "/player_id"],
          [{ ...base, blocked: "yes" }, "/blocked"],
          [{ ...base, balanse: 1 }, "/balanse"],
          [{ player_id: base.player_id, currency: "EUR" }, "/"],
          [[base], "/"],
        ];
        for (const [body, pointer] of cases) {
          const response = await wallet.admin("POST", "/admin/players", body);
          assertProblem(response, 400, "INVALID_REQUEST");
          const errors = response.json.errors as { pointer: string; in: string }[];
          assert.ok(
            errors.some((e) => e.pointer === pointer && e.in === "body"),
            `${JSON.stringify(body)} → ${JSON.stringify(errors)}`,
          );
        }
        assertProblem(await wallet.admin("GET", `/admin/players/${base.player_id}`), 404, "PLAYER_NOT_FOUND");
      });

      it("refuses bad JSON, other media types and oversized bodies", async () => {
        assertProblem(
          await wallet.admin("POST", "/admin/players", undefined, { rawBody: "{oops" }),
          400,
          "MALFORMED_JSON",
        );
        assertProblem(
          await wallet.admin("POST", "/admin/players", undefined, { rawBody: '{"__proto__":{"x":1}}' }),
          400,
          "MALFORMED_JSON",
        );
        assertProblem(
          await wallet.admin("POST", "/admin/players", undefined, {
            rawBody: "player_id=x",
            contentType: "text/plain",
          }),
          415,
          "UNSUPPORTED_MEDIA_TYPE",
        );
        const huge = JSON.stringify({ player_id: "x", currency: "EUR", balance: 1, pad: "x".repeat(20_000) });
        assertProblem(
          await wallet.admin("POST", "/admin/players", undefined, { rawBody: huge }),
          413,
          "BODY_TOO_LARGE",
        );
      });

      it("answers 404 PLAYER_NOT_FOUND for every per-player route of an unknown player", async () => {
        const ghost = uniqueId("ghost");
        const adjustment = { amount: 1, reference: uniqueId("ref") };
        assertProblem(await wallet.admin("GET", `/admin/players/${ghost}`), 404, "PLAYER_NOT_FOUND");
        assertProblem(
          await wallet.admin("POST", `/admin/players/${ghost}/deposits`, adjustment),
          404,
          "PLAYER_NOT_FOUND",
        );
        assertProblem(
          await wallet.admin("POST", `/admin/players/${ghost}/withdrawals`, adjustment),
          404,
          "PLAYER_NOT_FOUND",
        );
        assertProblem(await wallet.admin("POST", `/admin/players/${ghost}/block`), 404, "PLAYER_NOT_FOUND");
        assertProblem(await wallet.admin("POST", `/admin/players/${ghost}/unblock`), 404, "PLAYER_NOT_FOUND");
        assertProblem(
          await wallet.admin("GET", `/admin/players/${ghost}/transactions`),
          404,
          "PLAYER_NOT_FOUND",
        );
      });

      it("answers 404 NOT_FOUND as problem+json for unknown routes", async () => {
        assertProblem(await wallet.admin("GET", "/admin/nothing-here"), 404, "NOT_FOUND");
        assertProblem(await wallet.admin("GET", "/nothing-here"), 404, "NOT_FOUND");
      });

      it("blocks and unblocks", async () => {
        const playerId = await newPlayer();
        const blocked = await wallet.admin("POST", `/admin/players/${playerId}/block`);
        assert.equal(blocked.status, 200);
        assert.equal(blocked.json.blocked, true);
        assert.equal((await wallet.admin("GET", `/admin/players/${playerId}`)).json.blocked, true);
        const unblocked = await wallet.admin("POST", `/admin/players/${playerId}/unblock`);
        assert.equal(unblocked.json.blocked, false);
      });
    });

    describe("deposits and withdrawals", () => {
      it("deposits once per reference: a replay answers 200 replayed and moves nothing", async () => {
        const playerId = await newPlayer(1_000);
        const body = { amount: 250, reference: uniqueId("dep"), reason: "welcome bonus" };
        const first = await wallet.admin("POST", `/admin/players/${playerId}/deposits`, body);
        assert.equal(first.status, 201);
        assert.equal(first.json.balance, 1_250);
        assert.equal(first.json.replayed, false);
        const replay = await wallet.admin("POST", `/admin/players/${playerId}/deposits`, body);
        assert.equal(replay.status, 200);
        assert.equal(replay.json.balance, 1_250);
        assert.equal(replay.json.replayed, true);
        assert.equal((await wallet.admin("GET", `/admin/players/${playerId}`)).json.balance, 1_250);
      });

      it("refuses a reference reused with another amount or direction: 409 REFERENCE_CONFLICT", async () => {
        const playerId = await newPlayer(1_000);
        const reference = uniqueId("dep");
        await wallet.admin("POST", `/admin/players/${playerId}/deposits`, { amount: 100, reference });
        const otherAmount = await wallet.admin("POST", `/admin/players/${playerId}/deposits`, {
          amount: 101,
          reference,
        });
        assertProblem(otherAmount, 409, "REFERENCE_CONFLICT");
        const otherWay = await wallet.admin("POST", `/admin/players/${playerId}/withdrawals`, {
          amount: 100,
          reference,
        });
        assertProblem(otherWay, 409, "REFERENCE_CONFLICT");
        assert.equal((await wallet.admin("GET", `/admin/players/${playerId}`)).json.balance, 1_100);
      });

      it("withdraws, and refuses an overdraft with 422 INSUFFICIENT_FUNDS changing nothing", async () => {
        const playerId = await newPlayer(1_000);
        const ok = await wallet.admin("POST", `/admin/players/${playerId}/withdrawals`, {
          amount: 400,
          reference: uniqueId("wd"),
        });
        assert.equal(ok.status, 201);
        assert.equal(ok.json.balance, 600);
        const overdraft = await wallet.admin("POST", `/admin/players/${playerId}/withdrawals`, {
          amount: 601,
          reference: uniqueId("wd"),
        });
        assertProblem(overdraft, 422, "INSUFFICIENT_FUNDS");
        assert.equal((await wallet.admin("GET", `/admin/players/${playerId}`)).json.balance, 600);
      });

      it("refuses amounts that are not positive integers", async () => {
        const playerId = await newPlayer(1_000);
        for (const amount of [0, -5, 1.5, "10", null, 1e300]) {
          const response = await wallet.admin("POST", `/admin/players/${playerId}/deposits`, {
            amount,
            reference: uniqueId("dep"),
          });
          assertProblem(response, 400, "INVALID_REQUEST");
        }
        for (const reference of ["", "has space", "x".repeat(129)]) {
          const response = await wallet.admin("POST", `/admin/players/${playerId}/withdrawals`, {
            amount: 1,
            reference,
          });
          assertProblem(response, 400, "INVALID_REQUEST");
        }
        assert.equal((await wallet.admin("GET", `/admin/players/${playerId}`)).json.balance, 1_000);
      });
    });

    describe("transactions", () => {
      it("pages the ledger newest first with a cursor", async () => {
        const playerId = await newPlayer(0);
        for (let i = 1; i <= 5; i++) {
          const deposit = await wallet.admin("POST", `/admin/players/${playerId}/deposits`, {
            amount: i * 100,
            reference: `${playerId}-d${i}`,
          });
          assert.equal(deposit.status, 201);
        }
        const seen: number[] = [];
        let cursor: string | null = null;
        let pages = 0;
        do {
          const query: string = cursor === null ? "limit=2" : `limit=2&before=${encodeURIComponent(cursor)}`;
          const page = await wallet.admin("GET", `/admin/players/${playerId}/transactions?${query}`);
          assert.equal(page.status, 200);
          const items = page.json.items as {
            amount: number;
            kind: string;
            balance_after: number;
            reference: string;
          }[];
          assert.ok(items.length <= 2);
          for (const item of items) {
            assert.equal(item.kind, "deposit");
            seen.push(item.amount);
          }
          cursor = page.json.next_cursor as string | null;
          pages += 1;
        } while (cursor !== null && pages < 10);
        assert.deepEqual(seen, [500, 400, 300, 200, 100]);
        const first = await wallet.admin("GET", `/admin/players/${playerId}/transactions?limit=1`);
        assert.deepEqual(
          (first.json.items as Record<string, unknown>[]).map((i) => [i.balance_after, i.reference]),
          [[1_500, `${playerId}-d5`]],
        );
      });

      it("refuses a bad limit or a forged cursor", async () => {
        const playerId = await newPlayer(0);
        for (const query of ["limit=0", "limit=201", "limit=abc", "limit=1.5", "colour=red"]) {
          const response = await wallet.admin("GET", `/admin/players/${playerId}/transactions?${query}`);
          assertProblem(response, 400, "INVALID_REQUEST");
        }
        const forged = await wallet.admin(
          "GET",
          `/admin/players/${playerId}/transactions?before=not-a-cursor`,
        );
        assertProblem(forged, 400, "INVALID_CURSOR");
      });
    });

    describe("salts", () => {
      it("validates the new salt list and never echoes it", async () => {
        for (const body of [
          { salts: [] },
          { salts: ["salt-0123456789-a", "salt-0123456789-a"] },
          { salts: [" padded-0123456789"] },
          { salts: ["too-short-salt"] },
          { salts: "one" },
          {},
        ]) {
          assertProblem(await wallet.admin("PUT", "/admin/salts", body), 400, "INVALID_REQUEST");
        }
        const ok = await wallet.admin("PUT", "/admin/salts", { salts: ["admin-test-salt-0123456789"] });
        assert.equal(ok.status, 200);
        assert.deepEqual(ok.json, { active_salts: 1 });
      });
    });
  });
}

describe("admin API when the store fails", () => {
  it("answers 500 INTERNAL_ERROR without details and keeps serving", async () => {
    const wallet = await startWallet("sqlite", ["store-failure-salt-0123"]);
    try {
      await wallet.store.close();
      const response = await wallet.admin("GET", "/admin/players/anyone");
      assertProblem(response, 500, "INTERNAL_ERROR");
      assert.equal(response.json.detail, "The wallet could not complete the request; it has been logged.");
      const health = await fetch(`${wallet.baseUrl}/healthz`);
      assert.equal(health.status, 200);
    } finally {
      // The store is already closed; a second close may refuse, the temp files go either way.
      await wallet.close().catch(() => {});
    }
  });
});
