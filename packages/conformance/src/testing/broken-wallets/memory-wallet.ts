import { setTimeout as sleep } from "node:timers/promises";
import {
  bodySignature,
  CALL_ID_PATTERN as CALL_ID,
  computeKey,
  requestFingerprint,
} from "@croupier/protocol";
import type { Fault } from "./faults.ts";

/**
 * A compact in-memory operator wallet written only to test the conformance kit: correct by
 * default, with one `fault` switch that breaks exactly one duty. It is deliberately NOT the
 * wallet SDK, so that the kit is proven against an independent implementation.
 * Node runs one handler at a time between awaits, so without the race fault each call is atomic.
 */

/** What the wallet answers: an HTTP status and a JSON-able body. */
export interface Reply {
  readonly status: number;
  readonly body: Record<string, unknown>;
}

export interface MemoryWalletConfig {
  readonly salt: string;
  readonly players: Readonly<Record<string, { currency: string; balance: number }>>;
  readonly windowSeconds?: number;
  readonly requireBodySignature?: boolean;
  readonly fault?: Fault;
  /** Epoch ms; injectable for tests. */
  readonly clock?: () => number;
  /** Answer every call this much later (calls overlap); not a fault, a slow but correct wallet. */
  readonly delayMs?: number;
}

interface Recorded {
  readonly fingerprint: string;
  readonly fields: Record<string, unknown>;
  readonly reply: Promise<Reply>;
  applied: boolean;
}

const KNOWN_FIELDS = new Set([
  "action", "call_id", "player_id", "session_id", "currency", "game_id", "round_id",
  "amount", "rb", "rb_call_id", "round_closed", "timestamp", "key",
]); // prettier-ignore
const ERROR_STATUS: Record<string, number> = {
  INVALID_KEY: 401,
  TIMESTAMP_EXPIRED: 401,
  INVALID_REQUEST: 400,
  PLAYER_NOT_FOUND: 404,
  INSUFFICIENT_FUNDS: 402,
  DUPLICATE_CONFLICT: 409,
  ROLLED_BACK: 409,
  CURRENCY_MISMATCH: 422,
};

/** The wallet's state and its one entry point, `handle`. */
export class MemoryWallet {
  readonly #config: MemoryWalletConfig;
  readonly #fault: Fault;
  readonly #balances = new Map<string, number>();
  readonly #calls = new Map<string, Recorded>();
  readonly #rolledBack = new Set<string>();
  #inFlight = 0;
  /** Every call_id received, in order (tests check the kit's namespacing). */
  readonly receivedCallIds: string[] = [];

  constructor(config: MemoryWalletConfig) {
    this.#config = config;
    this.#fault = config.fault ?? "none";
    for (const [id, p] of Object.entries(config.players)) this.#balances.set(id, p.balance);
  }

  /** A player's balance in minor units, as the wallet holds it. */
  balanceOf(playerId: string): number | undefined {
    return this.#balances.get(playerId);
  }

  /** Answers one callback: the raw body as received and the request headers. */
  async handle(raw: string, headers: Readonly<Record<string, string | undefined>>): Promise<Reply> {
    if (this.#config.delayMs !== undefined) await sleep(this.#config.delayMs);
    if (this.#fault === "slow-under-load") {
      // Contention collapse: 2 ms alone, 200 ms with ten calls in flight.
      this.#inFlight += 1;
      await sleep(2 * this.#inFlight ** 2).finally(() => (this.#inFlight -= 1));
    }
    let fields: Record<string, unknown>;
    try {
      const parsed: unknown = JSON.parse(raw);
      if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed))
        throw new Error("not an object");
      fields = parsed as Record<string, unknown>;
    } catch {
      const reply = this.#error("INVALID_REQUEST", "body is not a JSON object");
      return this.#fault === "non-json-http-400" ? { ...reply, status: 400 } : reply;
    }
    const f = (name: string): unknown => (Object.hasOwn(fields, name) ? fields[name] : undefined);
    const player = f("player_id");
    if (typeof f("call_id") === "string") this.receivedCallIds.push(f("call_id") as string);

    if (this.#fault === "player-before-key" && typeof player === "string" && !this.#balances.has(player)) {
      return this.#error("PLAYER_NOT_FOUND", "unknown player");
    }
    const timestamp = f("timestamp");
    const keyOk = typeof timestamp === "number" && f("key") === computeKey(timestamp, this.#config.salt);
    if (!keyOk && this.#fault !== "any-key") {
      const reply = this.#error("INVALID_KEY", "key does not match");
      if (this.#fault === "refusals-recorded" && typeof f("call_id") === "string") {
        this.#calls.set(String(f("call_id")), { fingerprint: requestFingerprint(fields), fields, reply: Promise.resolve(reply), applied: false }); // prettier-ignore
      }
      return reply;
    }
    if (this.#config.requireBodySignature === true && this.#fault !== "body-signature-ignored") {
      const id = headers["webhook-id"] ?? "";
      const expected = bodySignature(id, headers["webhook-timestamp"] ?? "", raw, this.#config.salt);
      if (headers["webhook-signature"] !== expected) return this.#error("INVALID_KEY", "bad body signature");
    }
    if (typeof timestamp !== "number" || !Number.isSafeInteger(timestamp)) {
      return this.#error("INVALID_REQUEST", "timestamp must be an integer");
    }
    const skew = Math.floor((this.#config.clock ?? Date.now)() / 1000) - timestamp;
    const window = this.#config.windowSeconds ?? 30;
    const expired =
      this.#fault === "no-window"
        ? false
        : this.#fault === "future-accepted"
          ? skew > window
          : Math.abs(skew) > window;
    if (expired) return this.#error("TIMESTAMP_EXPIRED", "timestamp outside the window");

    const shapeProblem = this.#shapeProblem(fields);
    if (shapeProblem !== undefined) return this.#error("INVALID_REQUEST", shapeProblem);
    const playerId = String(player);
    const balance = this.#balances.get(playerId);
    if (balance === undefined) return this.#error("PLAYER_NOT_FOUND", "unknown player");
    if (f("currency") !== this.#config.players[playerId]?.currency && this.#fault !== "currency-ignored") {
      return this.#error("CURRENCY_MISMATCH", "not the player's currency");
    }
    if (f("action") === "balance") return this.#ok(balance);
    return this.#idempotent(fields);
  }

  #shapeProblem(fields: Record<string, unknown>): string | undefined {
    const f = (name: string): unknown => (Object.hasOwn(fields, name) ? fields[name] : undefined);
    if (this.#fault === "extra-fields-refused" && Object.keys(fields).some((k) => !KNOWN_FIELDS.has(k))) {
      return "unknown field";
    }
    const action = f("action");
    if (action !== "balance" && action !== "debit" && action !== "credit") return "bad action";
    if (typeof f("call_id") !== "string" || !CALL_ID.test(f("call_id") as string)) return "bad call_id";
    for (const name of ["player_id", "session_id", "currency", "game_id"]) {
      if (typeof f(name) !== "string" || f(name) === "") return `bad ${name}`;
    }
    if (action === "balance") return undefined;
    if (typeof f("round_id") !== "string" && this.#fault !== "missing-round-accepted") return "bad round_id";
    const amount = this.#amount(f("amount"));
    if (amount === undefined) return "bad amount";
    fields.amount = amount;
    if (f("rb") !== 0 && f("rb") !== 1) return "bad rb";
    if (f("rb") === 1 && (typeof f("rb_call_id") !== "string" || !CALL_ID.test(f("rb_call_id") as string))) {
      return "rb 1 needs rb_call_id";
    }
    if (typeof f("round_closed") !== "boolean") return "bad round_closed";
    return undefined;
  }

  /** The amount as the (possibly faulty) wallet reads it, or undefined when refused. */
  #amount(value: unknown): number | undefined {
    const fault = this.#fault;
    if (fault === "string-amount-coerced" && typeof value === "string" && /^\d+$/.test(value))
      return Number(value);
    if (typeof value !== "number") return undefined;
    if (fault === "float-rounded" && !Number.isInteger(value)) return this.#amount(Math.round(value));
    if (fault === "negative-accepted" && Number.isSafeInteger(value)) return value;
    if (fault === "huge-amount-accepted" && Number.isInteger(value) && value >= 0) return value;
    return Number.isSafeInteger(value) && value >= 0 ? value : undefined;
  }

  async #idempotent(fields: Record<string, unknown>): Promise<Reply> {
    const callId = String(fields.call_id);
    const fingerprint = requestFingerprint(fields);
    const stored = this.#calls.get(callId);
    if (stored !== undefined && this.#fault !== "no-dedup") {
      if (stored.fingerprint !== fingerprint && this.#fault !== "no-duplicate-conflict") {
        return this.#error("DUPLICATE_CONFLICT", "call_id already used with other content");
      }
      const original = await stored.reply;
      if (this.#fault === "replay-current-balance" && original.body.status === "ok") {
        return this.#ok(this.#balances.get(String(fields.player_id)) ?? 0);
      }
      return original;
    }
    // Recorded before the first await, so concurrent copies find it and wait for the same answer.
    const entry: Recorded = { fingerprint, fields, reply: this.#execute(fields), applied: false };
    this.#calls.set(callId, entry);
    const reply = await entry.reply;
    entry.applied = reply.body.status === "ok" && fields.rb === 0;
    if (this.#fault === "refusal-not-replayed" && reply.body.status === "error") this.#calls.delete(callId);
    return reply;
  }

  async #execute(fields: Record<string, unknown>): Promise<Reply> {
    const playerId = String(fields.player_id);
    const amount = fields.amount as number;
    const current = (): number => this.#balances.get(playerId) ?? 0;
    const move = (delta: number): Reply => {
      this.#balances.set(playerId, current() + delta);
      return this.#ok(current());
    };
    if (fields.rb === 1) {
      const target = String(fields.rb_call_id);
      const original = this.#calls.get(target);
      if (original !== undefined) await original.reply;
      const reverses = original !== undefined && original.applied && original.fields.action !== fields.action;
      if (reverses && original.fields.amount !== amount && this.#fault !== "rollback-amount-ignored") {
        return this.#error("INVALID_REQUEST", "rollback amount differs from the original");
      }
      const again = this.#rolledBack.has(target) && this.#fault !== "repeated-rollbacks-applied";
      this.#rolledBack.add(target);
      if (reverses && !again) return move(fields.action === "credit" ? amount : -amount);
      if (!reverses && this.#fault === "rollback-unknown-pays" && fields.action === "credit")
        return move(amount);
      return this.#ok(current());
    }
    if (this.#rolledBack.has(String(fields.call_id)) && this.#fault !== "late-original-applied") {
      return this.#error("ROLLED_BACK", "this call was rolled back before it arrived");
    }
    if (fields.action === "credit") return move(amount);
    if (this.#fault === "check-then-act-race") {
      const read = current();
      await sleep(2);
      if (read < amount) return this.#error("INSUFFICIENT_FUNDS", "balance too low", read);
      this.#balances.set(playerId, read - amount);
      return this.#ok(read - amount);
    }
    if (current() < amount && this.#fault !== "overdraft") {
      return this.#error("INSUFFICIENT_FUNDS", "balance too low", current());
    }
    return move(-amount);
  }

  #ok(balance: number): Reply {
    return { status: 200, body: { status: "ok", balance: this.#money(balance) } };
  }

  #error(code: string, message: string, balance?: number): Reply {
    const withBalance = balance !== undefined && this.#fault !== "insufficient-without-balance";
    return {
      status: this.#fault === "http-error-status" ? (ERROR_STATUS[code] ?? 500) : 200,
      body: { status: "error", code, message, ...(withBalance ? { balance: this.#money(balance) } : {}) },
    };
  }

  #money(minor: number): number | string {
    if (this.#fault === "major-units") return minor / 100;
    if (this.#fault === "string-balance") return String(minor);
    return minor;
  }
}
