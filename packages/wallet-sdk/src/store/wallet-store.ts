import type { WalletAction, WalletRequest, WalletResponse } from "@croupier/protocol";

/**
 * A player's wallet as the SDK sees it. Money is in minor units of `currency` (cents).
 *
 * @example
 * const player: Player = { playerId: "p-1", currency: "EUR", balanceMinor: 10_000, blocked: false,
 *   createdAt: "2026-01-01T00:00:00.000Z" };
 */
export interface Player {
  readonly playerId: string;
  /** ISO 4217 code of the wallet. */
  readonly currency: string;
  /** Never negative, always a safe integer. */
  readonly balanceMinor: number;
  /** A blocked player may not check a balance or bet; credits and rollbacks still settle. */
  readonly blocked: boolean;
  /** ISO 8601, UTC. */
  readonly createdAt: string;
}

/**
 * What a ledger row records. `debit` and `credit` are wallet calls; `debit_reversal` gives back
 * a debited bet (a `credit` with `rb` 1), `credit_reversal` takes back a credited win (a `debit`
 * with `rb` 1); `deposit` and `withdrawal` are the operator's own adjustments.
 *
 * @example
 * const kind: LedgerKind = "debit_reversal";
 */
export type LedgerKind = "debit" | "credit" | "debit_reversal" | "credit_reversal" | "deposit" | "withdrawal";

/**
 * One balance change to post: the store sets the player's balance to `balanceAfterMinor` and
 * appends an immutable ledger row, both inside the current transaction.
 *
 * @example
 * const posting: LedgerPosting = { playerId: "p-1", kind: "debit", amountMinor: -250,
 *   balanceAfterMinor: 9_750, callId: "c-1", roundId: "r-1", createdAt: new Date().toISOString() };
 */
export interface LedgerPosting {
  readonly playerId: string;
  readonly kind: LedgerKind;
  /** Signed: money in is positive, money out negative. Never 0. */
  readonly amountMinor: number;
  readonly balanceAfterMinor: number;
  /** The wallet call that moved the money. */
  readonly callId?: string;
  readonly roundId?: string;
  /** The idempotency key of an operator adjustment (unique). */
  readonly reference?: string;
  readonly reason?: string;
  readonly createdAt: string;
}

/**
 * A posted ledger row, as read back. `entryId` orders rows (a larger id is newer) and is the
 * pagination cursor.
 *
 * @example
 * const { items } = await store.listTransactions("p-1", { limit: 20 });
 * items[0]?.entryId; // "42"
 */
export interface LedgerEntry extends LedgerPosting {
  readonly entryId: string;
}

/**
 * A recorded wallet call: what arrived, what was answered and whether money moved. Records are
 * never changed once written; a replay answers `response` again.
 *
 * @example
 * const call = await tx.findCall("c-1");
 * if (call?.fingerprint === fingerprint) return call.response;
 */
export interface CallRecord {
  readonly callId: string;
  /** The operator's id for this call, sent as `tx_id` in ok answers. */
  readonly txId: string;
  /** The protocol's idempotency fingerprint of the request content. */
  readonly fingerprint: string;
  readonly action: WalletAction;
  readonly playerId: string;
  /** Absent for `balance`. */
  readonly amountMinor?: number;
  readonly rb: 0 | 1;
  readonly rbCallId?: string;
  readonly roundId?: string;
  readonly gameId: string;
  /** True when this call moved money (exactly one ledger row carries its call id). */
  readonly applied: boolean;
  /** The answer given the first time, replayed exactly. */
  readonly response: WalletResponse;
  readonly createdAt: string;
}

/**
 * The operations the wallet handler performs inside one database transaction. Implement it
 * over your own database to use {@link createWalletHandler} without the bundled stores; see
 * the README ("Your own store"). Every method runs in the transaction opened by
 * {@link WalletStore.transact}.
 *
 * @example
 * const balance = await store.transact(async (tx) => (await tx.lockPlayer("p-1"))?.balanceMinor);
 */
export interface WalletTransaction {
  /**
   * Reads the player and locks the row until the transaction ends (`SELECT … FOR UPDATE`), so
   * that one player's calls run one after another. `undefined` for an unknown player.
   */
  lockPlayer(playerId: string): Promise<Player | undefined>;
  /** The recorded call with this `call_id`. */
  findCall(callId: string): Promise<CallRecord | undefined>;
  /**
   * A recorded rollback (`rb` 1) that names `callId` as its `rb_call_id` and was answered
   * `ok` — any one of them: the rules only ask whether one exists.
   */
  findRollbackOf(callId: string): Promise<CallRecord | undefined>;
  /**
   * Records a call. When `call_id` is already taken (a unique violation: another transaction
   * recorded it concurrently) it must throw {@link CallIdTakenError}, or the store's `transact`
   * must re-run the work itself; either way the retry replays the stored answer.
   */
  insertCall(call: CallRecord): Promise<void>;
  /** Sets the player's balance to `posting.balanceAfterMinor` and appends the ledger row. */
  postEntry(posting: LedgerPosting): Promise<void>;
}

/**
 * What a wallet call's transaction is about to read, passed to {@link WalletStore.transact} by
 * the handler so that a store may fetch it all at once (the PostgreSQL store locks the player
 * and reads the calls in one round trip). Only a hint: the work still calls
 * {@link WalletTransaction.lockPlayer} and the finders, and a store may ignore it.
 *
 * @example
 * await store.transact((tx) => settle(tx), { playerId: "p-1", callId: "c-9", rbCallId: "c-8" });
 */
export interface TransactHint {
  readonly playerId: string;
  readonly callId: string;
  /** The call a rollback names. */
  readonly rbCallId?: string;
}

/**
 * A verified wallet call handed to {@link WalletStore.settle}, with what the handler stamps on
 * it: the `tx_id` to answer if the call is new, and the time its records carry.
 *
 * @example
 * const call: SettleInput = { request, fingerprint, txId: randomUUID(), createdAt: new Date().toISOString() };
 */
export interface SettleInput {
  readonly request: WalletRequest;
  /** The protocol's idempotency fingerprint of the request content. */
  readonly fingerprint: string;
  readonly txId: string;
  /** ISO 8601, UTC. */
  readonly createdAt: string;
}

/**
 * Where the handler keeps players, calls and the ledger. `transact` runs `work` in one
 * database transaction: it commits when `work` resolves (and only then resolves, with the
 * commit durable) and rolls back when it rejects. `Tx` lets a store hand out a richer
 * transaction than the handler needs. `hint` says what `work` will read first; a store may
 * ignore it.
 *
 * A store may also offer `settle`: every operator duty of one wallet call done by the database
 * itself (the PostgreSQL store: one statement, one round trip). The handler then uses it
 * instead of running the duties over `transact`; it must answer exactly as they would, resolve
 * only once the call's records are durable, and replay the stored answer when the `call_id`
 * was recorded concurrently.
 *
 * @example
 * const store = await openSqliteWalletStore({ filename: "wallet.db" });
 * const player = await store.transact((tx) => tx.lockPlayer("p-1"));
 * await store.close();
 */
export interface WalletStore<Tx extends WalletTransaction = WalletTransaction> {
  transact<T>(work: (tx: Tx) => Promise<T>, hint?: TransactHint): Promise<T>;
  /** Optional: the whole call in the database (see above). */
  settle?(call: SettleInput): Promise<WalletResponse>;
  /** Waits for running transactions and releases the database. */
  close(): Promise<void>;
}

/**
 * Thrown by {@link WalletTransaction.insertCall} when the `call_id` was recorded by a
 * concurrent transaction. The handler then runs the whole transaction again, which finds the
 * record and replays its answer.
 *
 * @example
 * if (isUniqueViolation(error)) throw new CallIdTakenError(call.callId);
 */
export class CallIdTakenError extends Error {
  readonly callId: string;
  constructor(callId: string) {
    super(`call_id ${callId} is already recorded`);
    this.name = "CallIdTakenError";
    this.callId = callId;
  }
}
