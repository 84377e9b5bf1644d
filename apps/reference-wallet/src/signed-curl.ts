import { randomUUID } from "node:crypto";
import { signCall } from "@croupier/protocol";
import { shellQuote } from "./shell-quote.ts";

export interface SignedCurlInput {
  readonly url: string;
  readonly salt: string;
  readonly playerId: string;
  readonly currency: string;
  readonly nowMs: number;
  readonly action?: "balance" | "debit" | "credit";
  /** Minor units, for debit and credit. */
  readonly amount?: number;
}

/**
 * A ready-to-paste curl command for one signed callback (key and body signature computed now,
 * so it is accepted only within the wallet's timestamp window, 30 s by default).
 *
 * @example
 * signedCurl({ url: "http://127.0.0.1:3100/wallet", salt: "demo-salt-change-me",
 *   playerId: "demo-eur-1", currency: "EUR", nowMs: Date.now() });
 */
export function signedCurl(input: SignedCurlInput): string {
  const action = input.action ?? "balance";
  const common = {
    call_id: `demo-${randomUUID()}`,
    player_id: input.playerId,
    session_id: "demo-session",
    currency: input.currency,
    game_id: "demo-game",
  };
  const call =
    action === "balance"
      ? signCall({ action, ...common }, input.salt, input.nowMs)
      : signCall(
          {
            action,
            ...common,
            round_id: `round-${randomUUID()}`,
            amount: input.amount ?? 100,
            rb: 0,
            round_closed: true,
          },
          input.salt,
          input.nowMs,
        );
  const headers = Object.entries(call.headers).map(
    ([name, value]) => `-H ${shellQuote(`${name}: ${value}`)}`,
  );
  return ["curl -sS -X POST", shellQuote(input.url), ...headers, "--data", shellQuote(call.body)].join(" ");
}
