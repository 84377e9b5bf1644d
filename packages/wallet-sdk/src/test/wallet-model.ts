import type { UnsignedWalletRequest, WalletResponse } from "@croupier/protocol";

/** The part of an answer the model predicts (messages and tx ids are the SDK's own). */
export interface Verdict {
  readonly status: "ok" | "error";
  readonly code?: string;
  readonly balance?: number;
}

interface ModelCall {
  readonly content: string;
  readonly request: UnsignedWalletRequest;
  readonly verdict: Verdict;
  /** Signed money this call moved, 0 if none. */
  readonly moved: number;
}

/**
 * A deliberately naive in-memory wallet for one player, written from PROTOCOL's text, that
 * the SDK is compared against step by step. Content equality is JSON of the unsigned request
 * (the tests always build requests with the same key order).
 */
export class WalletModel {
  readonly playerId: string;
  readonly opening: number;
  balance: number;
  blocked = false;
  readonly calls = new Map<string, ModelCall>();
  /** Originals named by a rollback that was answered ok. */
  readonly rolledBack = new Set<string>();

  constructor(playerId: string, opening: number) {
    this.playerId = playerId;
    this.opening = opening;
    this.balance = opening;
  }

  apply(request: UnsignedWalletRequest): Verdict {
    const content = JSON.stringify(request);
    const prior = this.calls.get(request.call_id);
    if (prior !== undefined) {
      return prior.content === content ? prior.verdict : { status: "error", code: "DUPLICATE_CONFLICT" };
    }
    const decided = this.decide(request);
    if (decided.recorded) {
      this.calls.set(request.call_id, { content, request, verdict: decided.verdict, moved: decided.moved });
      this.balance += decided.moved;
      if (request.action !== "balance" && request.rb === 1 && decided.verdict.status === "ok") {
        this.rolledBack.add(request.rb_call_id as string);
      }
    }
    return decided.verdict;
  }

  /** Sum of money moved by recorded calls. */
  movedTotal(): number {
    let total = 0;
    for (const call of this.calls.values()) total += call.moved;
    return total;
  }

  private decide(request: UnsignedWalletRequest): { verdict: Verdict; recorded: boolean; moved: number } {
    const refuse = (code: string, balance?: number) => ({
      verdict:
        balance === undefined
          ? { status: "error" as const, code }
          : { status: "error" as const, code, balance },
      recorded: true,
      moved: 0,
    });
    const ok = (moved: number) => ({
      verdict: { status: "ok" as const, balance: this.balance + moved },
      recorded: true,
      moved,
    });
    const isMoney = request.action !== "balance";
    if (isMoney && request.rb === 0 && this.rolledBack.has(request.call_id)) return refuse("ROLLED_BACK");
    if (request.player_id !== this.playerId) return refuse("PLAYER_NOT_FOUND");
    const isBet = request.action === "debit" && request.rb === 0;
    if (this.blocked && (request.action === "balance" || isBet)) return refuse("PLAYER_BLOCKED");
    if (request.currency !== "EUR") return refuse("CURRENCY_MISMATCH");
    if (!isMoney) return ok(0);
    if (request.rb === 0) {
      if (request.action === "credit") return ok(request.amount);
      return request.amount > this.balance ? refuse("INSUFFICIENT_FUNDS", this.balance) : ok(-request.amount);
    }
    const original = this.calls.get(request.rb_call_id as string);
    if (original === undefined) return ok(0);
    const o = original.request;
    const matches =
      o.action !== "balance" &&
      o.rb === 0 &&
      o.action !== request.action &&
      o.player_id === request.player_id &&
      o.amount === request.amount;
    if (!matches) return { verdict: { status: "error", code: "INVALID_REQUEST" }, recorded: false, moved: 0 };
    if (original.verdict.status !== "ok" || this.rolledBack.has(o.call_id)) return ok(0);
    if (request.action === "credit") return ok(request.amount);
    return request.amount > this.balance ? refuse("INSUFFICIENT_FUNDS", this.balance) : ok(-request.amount);
  }
}

/** The model's view of an SDK answer. */
export function verdictOf(response: WalletResponse): Verdict {
  if (response.status === "ok") return { status: "ok", balance: response.balance };
  return response.balance === undefined
    ? { status: "error", code: response.code }
    : { status: "error", code: response.code, balance: response.balance };
}
