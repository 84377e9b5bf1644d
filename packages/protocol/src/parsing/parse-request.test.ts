import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import { parseWalletRequestFields } from "./parse-request.ts";
import { parseStrictJsonObject } from "./strict-json.ts";

const KEY = "0123456789abcdef0123456789abcdef";
const balance = () => ({
  action: "balance",
  call_id: "c-1",
  player_id: "p1",
  session_id: "s1",
  currency: "EUR",
  game_id: "g1",
  timestamp: 1767225600,
  key: KEY,
});
const debit = (extra: Record<string, unknown> = {}) => ({
  ...balance(),
  action: "debit",
  round_id: "r1",
  amount: 250,
  ...extra,
});

const accepts = (fields: Record<string, unknown>, literals?: ReadonlySet<string>) => {
  const result = parseWalletRequestFields(fields, literals);
  assert.ok(result.ok, result.ok ? "" : result.message);
  return result.request;
};
const refuses = (fields: Record<string, unknown>, literals?: ReadonlySet<string>) => {
  const result = parseWalletRequestFields(fields, literals);
  assert.equal(result.ok, false, `accepted ${JSON.stringify(fields).slice(0, 120)}`);
  return result.ok ? "" : result.message;
};

describe("parseWalletRequestFields", () => {
  it("returns only protocol fields, with defaults for rb and round_closed", () => {
    assert.deepEqual(accepts({ ...balance(), extra: 1, amount: "x" }), balance());
    assert.deepEqual(accepts(debit({ extra: { a: 1 } })), { ...debit(), rb: 0, round_closed: false });
    const rollback = accepts(debit({ action: "credit", rb: 1, rb_call_id: "d-1", round_closed: true }));
    assert.deepEqual(rollback, debit({ action: "credit", rb: 1, rb_call_id: "d-1", round_closed: true }));
  });

  it("names the field in the message", () => {
    assert.equal(refuses(debit({ amount: 2.5 })), "amount must be a non-negative integer in minor units");
    assert.match(refuses({ ...balance(), call_id: "a b" }), /^call_id/);
    assert.match(refuses({ ...balance(), currency: "EURO" }), /^currency/);
    assert.match(refuses({ ...balance(), key: 5 }), /^key/);
    assert.match(refuses({ ...balance(), timestamp: "1767225600" }), /^timestamp/);
    assert.match(refuses(debit({ round_id: "" })), /^round_id/);
  });

  it("refuses money literals written as floats even when integer-valued", () => {
    refuses(debit(), new Set(["amount"]));
    refuses(debit(), new Set(["timestamp"]));
    refuses(debit({ rb: 1, rb_call_id: "x" }), new Set(["rb"]));
    accepts(debit(), new Set(["other"]));
    assert.equal(accepts(debit({ amount: -0 })).action, "debit");
    assert.ok(Object.is((accepts(debit({ amount: -0 })) as { amount: number }).amount, 0));
  });

  it("applies the rb / rb_call_id rules", () => {
    refuses(debit({ rb: 1 }));
    refuses(debit({ rb: 0, rb_call_id: "d-1" }));
    refuses(debit({ rb_call_id: "d-1" }));
    refuses(debit({ rb_call_id: null }));
    refuses(debit({ rb: 1, rb_call_id: "x".repeat(65) }));
    for (const rb of [true, false, "1", "0", 2, -1, null, 0.5]) refuses(debit({ rb, rb_call_id: "d-1" }));
    for (const closed of ["true", 1, 0, null]) refuses(debit({ round_closed: closed }));
  });

  it("checks lengths in code points and refuses control characters and lone surrogates", () => {
    accepts({ ...balance(), player_id: "\u{1F3B0}".repeat(64) });
    refuses({ ...balance(), player_id: "\u{1F3B0}".repeat(65) });
    accepts({ ...balance(), session_id: "é".repeat(128) });
    refuses({ ...balance(), session_id: "é".repeat(129) });
    for (const c of ["\u0000", "\u001f", "\t", "\u007f", "\u0080", "\u009f"]) {
      refuses({ ...balance(), player_id: `a${c}b` });
      refuses({ ...balance(), game_id: `a${c}b` });
    }
    accepts({ ...balance(), player_id: "a\u00a0b" });
    refuses({ ...balance(), player_id: "a\ud800b" });
  });

  it("refuses a missing field of every kind", () => {
    const full = debit({ rb: 0, round_closed: false }) as Record<string, unknown>;
    for (const name of [
      "action",
      "call_id",
      "player_id",
      "session_id",
      "currency",
      "game_id",
      "timestamp",
      "key",
      "round_id",
      "amount",
    ]) {
      const { [name]: _gone, ...rest } = full;
      refuses(rest);
    }
    for (const name of ["rb", "round_closed"]) {
      const { [name]: _gone, ...rest } = full;
      accepts(rest);
    }
  });

  it("accepts every safe non-negative integer amount", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), (amount) => {
        const raw = JSON.stringify(debit({ amount }));
        const parsed = parseStrictJsonObject(raw);
        assert.ok(parsed.ok);
        const request = accepts(parsed.value, parsed.nonIntegerLiterals);
        assert.equal(request.action === "debit" && request.amount, amount);
      }),
    );
  });

  it("refuses every negative, fractional, unsafe or non-number amount", () => {
    const bad = fc.oneof(
      fc.integer({ max: -1 }),
      fc.double({ noNaN: true }).filter((n) => !Number.isSafeInteger(n) || n < 0),
      fc.bigInt({ min: 2n ** 53n, max: 2n ** 80n }).map(Number),
      fc.string(),
      fc.boolean(),
      fc.constant(null),
      fc.array(fc.nat(), { maxLength: 2 }),
    );
    fc.assert(fc.property(bad, (amount) => void refuses(debit({ amount }))));
  });

  it("refuses integer amounts written with a fraction or exponent in the raw body", () => {
    fc.assert(
      fc.property(
        fc.nat(),
        fc.constantFrom(
          (n: number) => `${n}.0`,
          (n: number) => `${n}e0`,
          (n: number) => `${n}E+0`,
        ),
        (n, spell) => {
          const raw = JSON.stringify(debit({ amount: 7 })).replace('"amount":7', `"amount":${spell(n)}`);
          const parsed = parseStrictJsonObject(raw);
          assert.ok(parsed.ok);
          refuses(parsed.value, parsed.nonIntegerLiterals);
        },
      ),
    );
  });

  it("accepts call ids of the alphabet and refuses any other character", () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/),
        (id) => void accepts({ ...balance(), call_id: id }),
      ),
    );
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 64 }).filter((s) => /[^A-Za-z0-9_-]/.test(s)),
        (id) => void refuses({ ...balance(), call_id: id }),
      ),
    );
  });
});
