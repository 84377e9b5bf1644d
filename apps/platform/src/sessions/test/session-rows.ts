// A complete game session row for store-level tests that write sessions directly.
import type { SessionRow } from "../tables.ts";

/** An active real-money session of `operatorId` (the operator row must exist), changed by `overrides`. */
export function testSessionRow(
  operatorId: string,
  id: string,
  overrides: Partial<SessionRow> = {},
): SessionRow {
  return {
    id,
    operator_id: operatorId,
    environment: "sandbox",
    player_id: "p",
    currency: "EUR",
    game_id: "g",
    studio_id: "croupier-studio",
    language: "en",
    return_url: "https://c.example/",
    cashier_url: "https://c.example/cashier",
    demo: 0,
    demo_balance_minor: null,
    last_balance_minor: null,
    status: "active",
    launch_token_hash: `lt-${id}`,
    launch_expires_at_ms: 60_000,
    launched_at_ms: 1_000,
    studio_token_hash: `st-${id}`,
    round_id_form: "studio_ref",
    created_at_ms: 0,
    last_activity_at_ms: 0,
    ended_at_ms: null,
    end_reason: null,
    ...overrides,
  };
}
