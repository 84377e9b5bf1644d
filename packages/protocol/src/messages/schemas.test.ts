import assert from "node:assert/strict";
import { describe, it } from "node:test";
import Value from "typebox/value";
import { signCall } from "../signing/sign-call.ts";
import type { UnsignedWalletRequest } from "./types.ts";
import {
  BalanceRequestSchema,
  CreditRequestSchema,
  DebitRequestSchema,
  ErrorResponseSchema,
  OkResponseSchema,
  WalletRequestSchema,
  WalletResponseSchema,
} from "./schemas.ts";
import { errorResponse, okResponse } from "./responses.ts";

const common = { call_id: "c1", player_id: "p1", session_id: "s1", currency: "EUR", game_id: "g1" };
const balance: UnsignedWalletRequest = { action: "balance", ...common };
const money = { ...common, round_id: "r1", amount: 250, rb: 0, round_closed: true } as const;
const debit: UnsignedWalletRequest = { action: "debit", ...money };
const rollback: UnsignedWalletRequest = { action: "credit", ...money, rb: 1, rb_call_id: "c0" };
const signed = (unsigned: UnsignedWalletRequest & Record<string, unknown>) =>
  JSON.parse(signCall(unsigned, "salt", 1_767_225_600_000).body) as Record<string, unknown>;

describe("schemas", () => {
  it("accept requests produced by signCall", () => {
    assert.ok(Value.Check(BalanceRequestSchema, signed(balance)));
    assert.ok(Value.Check(DebitRequestSchema, signed(debit)));
    assert.ok(Value.Check(CreditRequestSchema, signed(rollback)));
    for (const request of [balance, debit, rollback, { ...debit, extra: { x: 1 } }]) {
      assert.ok(Value.Check(WalletRequestSchema, signed(request)));
    }
  });

  it("refuse invalid requests", () => {
    const invalid: Array<Record<string, unknown>> = [
      { ...debit, amount: 2.5 },
      { ...debit, amount: "250" },
      { ...debit, amount: -1 },
      { ...debit, amount: 2 ** 60 },
      { ...debit, rb: 1 },
      { ...debit, rb_call_id: "c0" },
      { ...debit, rb: true },
      { ...debit, round_closed: "true" },
      { ...balance, call_id: "c".repeat(65) },
      { ...balance, call_id: "a b" },
      { ...balance, player_id: "a\u0000b" },
      { ...balance, player_id: "a\u0085b" },
      { ...balance, currency: "eur" },
      { ...balance, action: "refund" },
    ];
    for (const request of invalid) {
      assert.equal(
        Value.Check(WalletRequestSchema, signed(request as UnsignedWalletRequest)),
        false,
        JSON.stringify(request),
      );
    }
    const { round_id: _gone, ...noRound } = money;
    assert.equal(
      Value.Check(WalletRequestSchema, signed({ action: "debit", ...noRound } as UnsignedWalletRequest)),
      false,
    );
    assert.equal(Value.Check(WalletRequestSchema, { ...signed(balance), key: "A".repeat(32) }), false);
  });

  it("describe the responses", () => {
    assert.ok(Value.Check(OkResponseSchema, okResponse(5, "tx")));
    assert.ok(Value.Check(ErrorResponseSchema, errorResponse("INSUFFICIENT_FUNDS", "low", 2)));
    assert.ok(Value.Check(WalletResponseSchema, errorResponse("PLAYER_NOT_FOUND", "who")));
    assert.equal(
      Value.Check(WalletResponseSchema, { status: "error", code: "INSUFFICIENT_FUNDS", message: "x" }),
      false,
    );
    assert.equal(Value.Check(WalletResponseSchema, { status: "error", code: "NOPE", message: "x" }), false);
    assert.equal(Value.Check(WalletResponseSchema, { status: "ok", balance: 1.5 }), false);
    assert.equal(Value.Check(WalletResponseSchema, { status: "ok" }), false);
  });

  it("are plain JSON Schema with ids for OpenAPI", () => {
    const json = JSON.parse(JSON.stringify(WalletRequestSchema)) as { $id: string; anyOf: unknown[] };
    assert.equal(json.$id, "WalletRequest");
    assert.equal(json.anyOf.length, 3);
  });
});
