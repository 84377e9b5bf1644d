import { MAX_BALANCE_MINOR } from "../duties/decision.ts";
import type { Player, WalletStore } from "../store/wallet-store.ts";
import { adjustmentInputProblem, playerInputProblem } from "./admin-input.ts";
import type { AdminTransaction } from "./admin-transaction.ts";
import { MAX_PAGE_SIZE, type PlayerAdmin } from "./player-admin-types.ts";

const CURSOR_PATTERN = /^[1-9][0-9]{0,18}$/;

/**
 * The admin rules over any store that offers {@link AdminTransaction}; the bundled stores
 * mix the result into themselves.
 */
export function createPlayerAdmin(store: WalletStore<AdminTransaction>, clock: () => number): PlayerAdmin {
  return {
    async createPlayer(input) {
      const problem = playerInputProblem(input);
      if (problem !== undefined) return { ok: false, code: "INVALID_INPUT", message: problem };
      const player: Player = {
        playerId: input.playerId,
        currency: input.currency,
        balanceMinor: input.balanceMinor,
        blocked: input.blocked ?? false,
        createdAt: new Date(clock()).toISOString(),
      };
      const inserted = await store.transact((tx) => tx.insertPlayer(player));
      if (!inserted) return { ok: false, code: "PLAYER_EXISTS", message: "a player with this id exists" };
      return { ok: true, player };
    },

    getPlayer(playerId) {
      return store.transact((tx) => tx.readPlayer(playerId));
    },

    async adjustBalance(input) {
      const problem = adjustmentInputProblem(input);
      if (problem !== undefined) return { ok: false, code: "INVALID_INPUT", message: problem };
      const { playerId, amountMinor, reference, reason } = input;
      return store.transact(async (tx) => {
        const player = await tx.lockPlayer(playerId);
        const prior = await tx.findAdjustment(reference);
        if (prior !== undefined) {
          if (player !== undefined && prior.playerId === playerId && prior.amountMinor === amountMinor) {
            return { ok: true, player, replayed: true } as const;
          }
          return {
            ok: false,
            code: "REFERENCE_CONFLICT",
            message: "reference was already used for another adjustment",
          } as const;
        }
        if (player === undefined) {
          return { ok: false, code: "PLAYER_NOT_FOUND", message: "player not found" } as const;
        }
        const after = player.balanceMinor + amountMinor;
        if (after < 0)
          return { ok: false, code: "INSUFFICIENT_FUNDS", message: "insufficient funds" } as const;
        if (after > MAX_BALANCE_MINOR) {
          return {
            ok: false,
            code: "INVALID_INPUT",
            message: "the balance would exceed the largest amount",
          } as const;
        }
        await tx.postEntry({
          playerId,
          kind: amountMinor > 0 ? "deposit" : "withdrawal",
          amountMinor,
          balanceAfterMinor: after,
          reference,
          reason,
          createdAt: new Date(clock()).toISOString(),
        });
        return { ok: true, player: { ...player, balanceMinor: after }, replayed: false } as const;
      });
    },

    async setBlocked(playerId, blocked) {
      if (typeof blocked !== "boolean") throw new TypeError("blocked must be a boolean");
      return store.transact(async (tx) => {
        if (!(await tx.updateBlocked(playerId, blocked))) return undefined;
        return tx.readPlayer(playerId);
      });
    },

    async listTransactions(playerId, page) {
      const before = page.before;
      if (before !== undefined && !CURSOR_PATTERN.test(before)) {
        throw new RangeError("before must be a cursor returned by listTransactions");
      }
      const limit = Math.min(MAX_PAGE_SIZE, Math.max(1, Math.trunc(Number(page.limit)) || 1));
      const rows = await store.transact((tx) => tx.listLedger(playerId, limit + 1, before));
      const items = rows.slice(0, limit);
      const last = items.at(-1);
      return rows.length > limit && last !== undefined ? { items, nextCursor: last.entryId } : { items };
    },

    async exportCalls(page) {
      const from = new Date(page.from);
      const to = new Date(page.to);
      if (Number.isNaN(from.getTime()) || Number.isNaN(to.getTime())) {
        throw new RangeError("from and to must be ISO instants");
      }
      const limit = Math.min(MAX_PAGE_SIZE, Math.max(1, Math.trunc(Number(page.limit)) || 1));
      const rows = await store.transact((tx) =>
        tx.listCalls(from.toISOString(), to.toISOString(), page.after ?? "", limit + 1),
      );
      const items = rows.slice(0, limit);
      const last = items.at(-1);
      return rows.length > limit && last !== undefined ? { items, nextCursor: last.callId } : { items };
    },

    countPlayers() {
      return store.transact((tx) => tx.countPlayers());
    },
  };
}
