import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import type { UnsignedWalletRequest } from "../messages/types.ts";
import { isCleanText } from "../parsing/field-rules.ts";
import { requestFingerprint } from "../parsing/fingerprint.ts";
import { computeKey } from "./key.ts";
import { signCall } from "./sign-call.ts";
import { verifyWalletRequest, type VerifyOptions } from "./verify-request.ts";

const NOW_MS = 1_767_225_600_000;
const debit: UnsignedWalletRequest = {
  action: "debit",
  call_id: "d-1",
  player_id: "p-1",
  session_id: "s-1",
  currency: "EUR",
  game_id: "g-1",
  round_id: "r-1",
  amount: 250,
  rb: 0,
  round_closed: false,
};
const options = (extra: Partial<VerifyOptions> = {}): VerifyOptions => ({
  salts: ["salt"],
  nowMs: NOW_MS,
  ...extra,
});
const code = (verdict: ReturnType<typeof verifyWalletRequest>) => (verdict.ok ? "ok" : verdict.code);

describe("signCall + verifyWalletRequest", () => {
  it("round-trips: what the sender signs the operator accepts, with the same fingerprint on retries", () => {
    const first = signCall({ ...debit, extra: "kept" }, "salt", NOW_MS);
    assert.equal(first.request.timestamp, 1_767_225_600);
    assert.equal(first.request.key, computeKey(1_767_225_600, "salt"));
    assert.equal(first.headers["webhook-id"], "d-1");
    assert.equal(first.headers["content-type"], "application/json");
    const verdict = verifyWalletRequest(first.body, first.headers, options({ requireBodySignature: true }));
    assert.ok(verdict.ok);
    assert.deepEqual(verdict.request, { ...debit, timestamp: 1_767_225_600, key: first.request.key });
    assert.equal(verdict.fields.extra, "kept");
    const retry = signCall({ ...debit, extra: "kept" }, "salt", NOW_MS + 7_999);
    assert.notEqual(retry.body, first.body);
    const again = verifyWalletRequest(retry.body, retry.headers, options({ nowMs: NOW_MS + 7_999 }));
    assert.ok(again.ok);
    assert.equal(again.fingerprint, verdict.fingerprint);
    assert.equal(verdict.fingerprint, requestFingerprint(JSON.parse(first.body) as Record<string, unknown>));
  });

  it("accepts the body as bytes, and refuses invalid UTF-8", () => {
    const call = signCall(debit, "salt", NOW_MS);
    assert.equal(code(verifyWalletRequest(Buffer.from(call.body), call.headers, options())), "ok");
    const broken = Buffer.concat([Buffer.from(call.body.slice(0, -1)), Buffer.from([0xff, 0x7d])]);
    assert.equal(code(verifyWalletRequest(broken, call.headers, options())), "INVALID_REQUEST");
  });

  it("round-trips any valid money call", () => {
    fc.assert(
      fc.property(
        fc.record({
          amount: fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
          call_id: fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/),
          player_id: fc
            .string({ minLength: 1, maxLength: 64, unit: "binary" })
            .filter((s) => isCleanText(s, 64)),
          round_closed: fc.boolean(),
          skewSeconds: fc.integer({ min: -30, max: 30 }),
        }),
        ({ skewSeconds, ...picked }) => {
          const call = signCall({ ...debit, ...picked }, "salt", NOW_MS + skewSeconds * 1000);
          const verdict = verifyWalletRequest(
            call.body,
            call.headers,
            options({ requireBodySignature: true }),
          );
          assert.equal(code(verdict), "ok");
        },
      ),
    );
  });

  it("bounds the window inclusively on whole seconds of the operator's clock", () => {
    const call = signCall(debit, "salt", NOW_MS);
    const at = (nowMs: number, windowSeconds?: number) =>
      code(verifyWalletRequest(call.body, call.headers, options({ nowMs, windowSeconds })));
    assert.equal(at(NOW_MS + 30_999), "ok");
    assert.equal(at(NOW_MS + 31_000), "TIMESTAMP_EXPIRED");
    assert.equal(at(NOW_MS - 30_000), "ok");
    assert.equal(at(NOW_MS - 30_001), "TIMESTAMP_EXPIRED");
    assert.equal(at(NOW_MS + 5_000, 5), "ok");
    assert.equal(at(NOW_MS + 6_000, 5), "TIMESTAMP_EXPIRED");
  });

  it("checks size first, then JSON, then key, then signature, then timestamp, then shape", () => {
    const call = signCall({ ...debit, amount: -5 }, "salt", NOW_MS - 3_600_000);
    assert.equal(
      code(verifyWalletRequest(call.body, call.headers, options({ maxBodyBytes: 10 }))),
      "INVALID_REQUEST",
    );
    assert.equal(
      code(verifyWalletRequest(call.body, call.headers, options({ salts: ["x"] }))),
      "INVALID_KEY",
    );
    const wrongSignature = { ...call.headers, "webhook-signature": "v1,AAAA" };
    assert.equal(
      code(verifyWalletRequest(call.body, wrongSignature, options({ requireBodySignature: true }))),
      "INVALID_KEY",
    );
    assert.equal(code(verifyWalletRequest(call.body, wrongSignature, options())), "TIMESTAMP_EXPIRED");
    assert.equal(
      code(verifyWalletRequest(call.body, call.headers, options({ nowMs: NOW_MS - 3_600_000 }))),
      "INVALID_REQUEST",
    );
  });

  it("counts body size in UTF-8 bytes", () => {
    const call = signCall({ ...debit, note: "é".repeat(100) }, "salt", NOW_MS);
    const bytes = Buffer.byteLength(call.body);
    assert.equal(code(verifyWalletRequest(call.body, call.headers, options({ maxBodyBytes: bytes }))), "ok");
    assert.equal(
      code(verifyWalletRequest(call.body, call.headers, options({ maxBodyBytes: bytes - 1 }))),
      "INVALID_REQUEST",
    );
  });

  it("refuses a timestamp written 1767225600.0 although its key matches", () => {
    const call = signCall(debit, "salt", NOW_MS);
    const body = call.body.replace('"timestamp":1767225600', '"timestamp":1767225600.0');
    const verdict = verifyWalletRequest(body, call.headers, options());
    assert.equal(code(verdict), "INVALID_REQUEST");
  });

  it("never mentions the player in a message", () => {
    const call = signCall({ ...debit, player_id: "secret-player", amount: 2.5 }, "salt", NOW_MS);
    for (const salts of [["salt"], ["wrong"]]) {
      const verdict = verifyWalletRequest(call.body, call.headers, options({ salts }));
      assert.ok(!verdict.ok && !verdict.message.includes("secret-player"));
    }
  });
});
