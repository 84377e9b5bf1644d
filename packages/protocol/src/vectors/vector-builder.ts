/**
 * Helpers for generate-test-vectors.ts: build one vector from fields and a few tweaks, with
 * fixed salts and clock so that the generated file is byte-for-byte stable.
 */
import { createHash } from "node:crypto";
import type { ErrorCode } from "../errors/error-codes.ts";
import { bodySignature } from "../signing/body-signature.ts";
import type { TestVector } from "./test-vectors.ts";

/** The operator's clock in every vector: 2026-01-01T00:00:00Z. */
export const NOW = 1_767_225_600;
export const SALT = "vector-salt-primary-3b7f2c0e";
export const ROTATED_SALT = "vector-salt-rotated-91d4ae77";
export const RETIRED_SALT = "vector-salt-retired-5e08aa13";

export const OK = { ok: true } as const;
export const refused = (code: ErrorCode) => ({ code }) as const;

export function balanceFields(): Record<string, unknown> {
  return {
    action: "balance",
    call_id: "bal-0001",
    player_id: "player-42",
    session_id: "sess-7f3a",
    currency: "EUR",
    game_id: "fruit-slot",
  };
}

export function moneyFields(action: "debit" | "credit", amount: unknown = 250): Record<string, unknown> {
  return {
    action,
    call_id: `${action === "debit" ? "deb" : "cre"}-0001`,
    player_id: "player-42",
    session_id: "sess-7f3a",
    currency: "EUR",
    game_id: "fruit-slot",
    round_id: "round-9001",
    amount,
    rb: 0,
    round_closed: false,
  };
}

export interface VectorSpec {
  name: string;
  description: string;
  expected: TestVector["expected"];
  /** Request fields without `timestamp` and `key`. */
  fields: Record<string, unknown>;
  /** Default NOW; null leaves `timestamp` out. */
  timestamp?: unknown;
  /** Salt the `key` is computed with; default SALT. */
  keySalt?: string;
  /** Timestamp text the key is computed over; default String(timestamp). */
  keyTimestamp?: string;
  /** An explicit `key` value; null leaves `key` out. */
  key?: unknown;
  /** Operator's active salts; default [SALT]. */
  salts?: string[];
  requireBodySignature?: boolean;
  /** Salt of the body signature; default SALT. */
  signatureSalt?: string;
  /** Edits the raw body after JSON.stringify (for literals JSON.stringify cannot write). */
  rawBody?: (body: string) => string;
  /** The signature covers this body instead of the one sent (tampering). */
  signedBody?: (body: string) => string;
  /** Edits the headers after signing. */
  headers?: (headers: Record<string, string>) => Record<string, string>;
  now?: number;
}

/** Builds one vector: fields + timestamp + key, JSON body, Standard Webhooks headers. */
export function buildVector(spec: VectorSpec): TestVector {
  const timestamp = spec.timestamp === undefined ? NOW : spec.timestamp;
  const keyText = spec.keyTimestamp ?? String(timestamp);
  const key = spec.key === undefined ? md5Key(keyText, spec.keySalt ?? SALT) : spec.key;
  const full: Record<string, unknown> = { ...spec.fields };
  if (timestamp !== null) full.timestamp = timestamp;
  if (key !== null) full.key = key;
  const json = JSON.stringify(full);
  const body = spec.rawBody ? spec.rawBody(json) : json;
  const signed = spec.signedBody ? spec.signedBody(body) : body;
  const callId = typeof spec.fields.call_id === "string" ? spec.fields.call_id : "missing";
  const headerTimestamp = typeof timestamp === "number" ? String(timestamp) : String(NOW);
  const headers: Record<string, string> = {
    "content-type": "application/json",
    "webhook-id": callId,
    "webhook-timestamp": headerTimestamp,
    "webhook-signature": bodySignature(callId, headerTimestamp, signed, spec.signatureSalt ?? SALT),
  };
  return {
    name: spec.name,
    description: spec.description,
    salts: spec.salts ?? [SALT],
    now: spec.now ?? NOW,
    window_seconds: 30,
    require_body_signature: spec.requireBodySignature ?? false,
    headers: spec.headers ? spec.headers(headers) : headers,
    body,
    expected: spec.expected,
  };
}

/**
 * The protocol key over a timestamp's text: the same construction as computeKey, which takes a
 * number, so that vectors can sign string and fractional timestamps too.
 */
function md5Key(timestampText: string, salt: string): string {
  return createHash("md5")
    .update(timestampText + salt, "utf8")
    .digest("hex");
}
