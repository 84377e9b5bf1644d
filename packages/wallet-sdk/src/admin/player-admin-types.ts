import type { LedgerEntry, Player, WalletStore } from "../store/wallet-store.ts";
import type { CallLedgerLine } from "./admin-transaction.ts";

/**
 * Outcome of {@link PlayerAdmin.createPlayer}.
 *
 * @example
 * const r = await store.createPlayer({ playerId: "p-1", currency: "EUR", balanceMinor: 0 });
 * if (!r.ok && r.code === "PLAYER_EXISTS") console.log("already there");
 */
export type CreatePlayerResult =
  | { readonly ok: true; readonly player: Player }
  | { readonly ok: false; readonly code: "PLAYER_EXISTS" | "INVALID_INPUT"; readonly message: string };

/**
 * Outcome of {@link PlayerAdmin.adjustBalance}. `replayed` is true when `reference` was
 * already applied with the same player and amount: nothing moved again.
 *
 * @example
 * const r = await store.adjustBalance({ playerId: "p-1", amountMinor: 500, reference: "dep-1" });
 * if (r.ok) console.log(r.player.balanceMinor, r.replayed);
 */
export type AdjustBalanceResult =
  | { readonly ok: true; readonly player: Player; readonly replayed: boolean }
  | {
      readonly ok: false;
      readonly code: "PLAYER_NOT_FOUND" | "INSUFFICIENT_FUNDS" | "INVALID_INPUT" | "REFERENCE_CONFLICT";
      readonly message: string;
    };

/**
 * A page of ledger rows, newest first. Pass `nextCursor` as `before` for the next page; it is
 * absent on the last page.
 *
 * @example
 * let page = await store.listTransactions("p-1", { limit: 50 });
 * while (page.nextCursor) page = await store.listTransactions("p-1", { limit: 50, before: page.nextCursor });
 */
export interface LedgerPage {
  readonly items: LedgerEntry[];
  readonly nextCursor?: string;
}

/**
 * Player administration for the operator's own apps (back office, cashier): create players,
 * deposits and withdrawals, blocking, statements. The bundled SQLite and PostgreSQL stores
 * implement it next to {@link WalletStore}; every method is one transaction.
 *
 * @example
 * const store = await openSqliteWalletStore({ filename: "wallet.db" });
 * await store.createPlayer({ playerId: "p-1", currency: "EUR", balanceMinor: 10_000 });
 * await store.adjustBalance({ playerId: "p-1", amountMinor: -2_500, reference: "wd-77", reason: "withdrawal" });
 * await store.setBlocked("p-1", true);
 */
export interface PlayerAdmin {
  /** A new wallet. `playerId` follows the protocol's `player_id` rules; `currency` is ISO 4217. */
  createPlayer(input: {
    playerId: string;
    currency: string;
    balanceMinor: number;
    blocked?: boolean;
  }): Promise<CreatePlayerResult>;
  getPlayer(playerId: string): Promise<Player | undefined>;
  /**
   * A deposit (`amountMinor` > 0) or withdrawal (< 0), idempotent by `reference`: the same
   * reference with the same player and amount replays, with anything else it is
   * REFERENCE_CONFLICT. A withdrawal larger than the balance is INSUFFICIENT_FUNDS.
   */
  adjustBalance(input: {
    playerId: string;
    amountMinor: number;
    reference: string;
    reason?: string;
  }): Promise<AdjustBalanceResult>;
  /** Blocks or unblocks; `undefined` for an unknown player. */
  setBlocked(playerId: string, blocked: boolean): Promise<Player | undefined>;
  /**
   * Ledger rows, newest first. `limit` is clamped to 1–{@link MAX_PAGE_SIZE}; `before` must be
   * a cursor from an earlier page (anything else throws a RangeError).
   */
  listTransactions(playerId: string, page: { limit: number; before?: string }): Promise<LedgerPage>;
  countPlayers(): Promise<number>;
  /**
   * The money calls (debits and credits, refusals included) answered in [from, to) (ISO
   * instants), in call id order, for reconciliation against the platform's records. `after` is
   * the `nextCursor` of the previous page; `limit` is clamped to 1–{@link MAX_PAGE_SIZE}.
   *
   * @example
   * const page = await store.exportCalls({ from: "2026-01-01T00:00:00.000Z", to: "2026-01-02T00:00:00.000Z", limit: 500 });
   */
  exportCalls(page: { from: string; to: string; after?: string; limit: number }): Promise<CallLedgerPage>;
}

/** A page of {@link PlayerAdmin.exportCalls}. */
export interface CallLedgerPage {
  readonly items: CallLedgerLine[];
  readonly nextCursor?: string;
}

/**
 * Largest page {@link PlayerAdmin.listTransactions} returns.
 *
 * @example
 * await store.listTransactions("p-1", { limit: MAX_PAGE_SIZE });
 */
export const MAX_PAGE_SIZE = 500;

/**
 * A bundled store: the handler's {@link WalletStore} plus {@link PlayerAdmin}, over one
 * database.
 *
 * @example
 * const store: ManagedWalletStore = await openPostgresWalletStore({ connectionString });
 * const handler = createWalletHandler({ salts, store });
 * await store.createPlayer({ playerId: "p-1", currency: "EUR", balanceMinor: 0 });
 */
export interface ManagedWalletStore extends WalletStore, PlayerAdmin {}
