import { signCall, type SignedCall } from "@croupier/protocol";
import type { WalletClient } from "../client/wallet-client.ts";
import type { ResolvedOptions } from "../options.ts";
import { CLASSIC_REFUSAL, describeAnswer, readAnswer, type Answer } from "./answers.ts";
import { isUndoable, type CallFactory, type CallFields, type MoneyCall } from "./calls.ts";
import { CheckSkipped, failure } from "./outcomes.ts";
import type { Exchange } from "./types.ts";

/** How many of a check's latest calls a failure shows besides the ones it names. */
const STORY_LENGTH = 4;

/** One call and how the kit read its answer. */
export interface Sent {
  readonly fields: CallFields;
  readonly exchange: Exchange;
  readonly answer: Answer;
}

/** How to sign or alter one call; the default is a correct call signed now. */
export interface SendOptions {
  /** Sign as if sent at this instant (epoch ms): timestamps at the window's edges. */
  readonly nowMs?: number;
  /** Sign with another salt: a wrong `key`. */
  readonly salt?: string;
  /** Alter the signed call before it leaves (tampering); returns the bytes and headers actually sent. */
  readonly transform?: (signed: SignedCall) => { body: string; headers: Record<string, string> };
}

/** What a check needs from the runner. */
export interface CheckContextDeps {
  readonly options: ResolvedOptions;
  readonly client: WalletClient;
  readonly calls: CallFactory;
  /** Operator clock minus ours, seconds, from the `Date` header of the first answer. */
  readonly clockSkewSeconds?: number;
}

/**
 * Everything a check does goes through here: building, signing and sending calls, reading the
 * answers, and the expectations that end a check with evidence. It also remembers every debit
 * and credit the operator applied, so that the runner can roll back whatever a check left open.
 */
export class CheckContext {
  readonly options: ResolvedOptions;
  readonly calls: CallFactory;
  readonly clockSkewSeconds: number | undefined;
  /** Every exchange of this check, in order. */
  readonly exchanges: Exchange[] = [];
  readonly warnings: string[] = [];
  readonly metrics: Record<string, number> = {};
  readonly #client: WalletClient;
  readonly #open = new Map<string, MoneyCall>();
  readonly #closed = new Set<string>();

  constructor(deps: CheckContextDeps) {
    this.options = deps.options;
    this.calls = deps.calls;
    this.clockSkewSeconds = deps.clockSkewSeconds;
    this.#client = deps.client;
  }

  /** The main test player. */
  get player(): string {
    return this.options.players[0];
  }

  /** The second test player (concurrency, cross-player conflicts). */
  get otherPlayer(): string {
    return this.options.players[1];
  }

  /** Signs and sends one call. */
  async send(label: string, fields: CallFields, options: SendOptions = {}): Promise<Sent> {
    const signed = signCall(
      fields as Parameters<typeof signCall>[0],
      options.salt ?? this.options.salt,
      options.nowMs ?? Date.now(),
    );
    const wire = options.transform?.(signed) ?? { body: signed.body, headers: signed.headers };
    const exchange = await this.#client.post(label, wire.body, wire.headers);
    this.exchanges.push(exchange);
    const answer = readAnswer(exchange);
    this.#remember(options.transform === undefined ? fields : parseFields(wire.body), answer);
    return { fields, exchange, answer };
  }

  /** Sends every call at once (not one after another) and waits for all answers. */
  async sendAll(label: string, calls: readonly CallFields[], options: SendOptions = {}): Promise<Sent[]> {
    return Promise.all(calls.map((fields, i) => this.send(`${label} #${i + 1}`, fields, options)));
  }

  /** POSTs raw bytes (a body that is not JSON, say) with the given headers. */
  async sendRaw(label: string, body: string, headers: Record<string, string>): Promise<Sent> {
    const exchange = await this.#client.post(label, body, headers);
    this.exchanges.push(exchange);
    return { fields: {}, exchange, answer: readAnswer(exchange) };
  }

  /** Reads a player's balance; fails the check unless the answer is ok with an integer balance. */
  async balanceOf(playerId: string, what = `balance of ${playerId}`): Promise<number> {
    const sent = await this.send(what, this.calls.balance(playerId));
    return this.expectOk(sent, what);
  }

  /** Fails unless the answer is ok (with `balance` when given); returns the balance. */
  expectOk(sent: Sent, what: string, balance?: number): number {
    const answer = sent.answer;
    if (answer.kind === "ok" && (balance === undefined || answer.balance === balance)) return answer.balance;
    throw failure({
      message: `${what}: unexpected answer`,
      expected: balance === undefined ? "ok with an integer balance" : `ok, balance ${balance}`,
      actual: describeAnswer(answer),
      exchanges: this.#story([sent]),
    });
  }

  /** Whether the answer is the refusal `code` (under the compatibility profile: error 1, or 2 for any other). */
  isError(sent: Sent, code: string): boolean {
    const wanted =
      this.options.profile === "classic" && code !== "INSUFFICIENT_FUNDS" ? CLASSIC_REFUSAL : code;
    return sent.answer.kind === "error" && sent.answer.code === wanted;
  }

  /**
   * Fails unless the answer is the error `code`. With `balance`, the answer must carry exactly
   * that balance (INSUFFICIENT_FUNDS must carry one).
   */
  expectError(sent: Sent, code: string, what: string, balance?: number): void {
    const answer = sent.answer;
    // The compatibility profile names only INSUFFICIENT_FUNDS (error 1); every other refusal is error 2.
    const wanted =
      this.options.profile === "classic" && code !== "INSUFFICIENT_FUNDS" ? CLASSIC_REFUSAL : code;
    const right =
      answer.kind === "error" &&
      answer.code === wanted &&
      (balance === undefined || answer.balance === balance);
    if (right) return;
    throw failure({
      message: `${what}: unexpected answer`,
      expected:
        (wanted === code ? `error ${code}` : `error 2 (a refusal; natively ${code})`) +
        (balance === undefined ? "" : `, balance ${balance}`),
      actual: describeAnswer(answer),
      exchanges: this.#story([sent]),
    });
  }

  /** Reads the balance and fails unless it is `expected`; `evidence` are the calls that led here. */
  async expectBalance(
    playerId: string,
    expected: number,
    what: string,
    evidence: readonly Sent[] = [],
    before?: number,
  ): Promise<void> {
    const sent = await this.send(`balance of ${playerId} after ${what}`, this.calls.balance(playerId));
    const answer = sent.answer;
    if (answer.kind === "ok" && answer.balance === expected) return;
    throw failure({
      message: `${what}: balance is wrong`,
      expected: `balance ${expected}`,
      actual: describeAnswer(answer),
      exchanges: this.#story([...evidence, sent]),
      balances: [
        {
          playerId,
          ...(before === undefined ? {} : { before }),
          after: answer.kind === "ok" ? answer.balance : describeAnswer(answer),
        },
      ],
    });
  }

  /** Fails unless the balance is still `before` (a refusal changes nothing). */
  async expectUnchanged(
    playerId: string,
    before: number,
    what: string,
    evidence: readonly Sent[],
  ): Promise<void> {
    await this.expectBalance(playerId, before, what, evidence, before);
  }

  /** Ends the check as failed with the given evidence. */
  fail(message: string, expected: string, actual: string, evidence: readonly Sent[] = []): never {
    throw failure({ message, expected, actual, exchanges: evidence.map((s) => s.exchange) });
  }

  /** Ends the check as skipped: it does not apply to this operator. */
  skip(reason: string): never {
    throw new CheckSkipped(reason);
  }

  /** A remark that does not fail the check; the check ends as `warn`. */
  warn(message: string): void {
    this.warnings.push(message);
  }

  /** Records a measurement for the report. */
  metric(name: string, value: number): void {
    this.metrics[name] = value;
  }

  /**
   * Rolls back every debit and credit the operator may have applied during this check and that
   * no rollback has reversed yet, so that each check leaves the balances as it found them.
   * Returns the calls it could not reverse.
   */
  async rollBackOpenCalls(): Promise<MoneyCall[]> {
    const left: MoneyCall[] = [];
    for (const [callId, original] of this.#open) {
      if (this.#closed.has(callId)) continue;
      const sent = await this.send(`clean-up: roll back ${callId}`, this.calls.rollbackOf(original));
      if (sent.answer.kind !== "ok") left.push(original);
    }
    return left;
  }

  /**
   * Like the platform's sender duty: a debit or credit that was not definitely refused (ok, a bad
   * answer, no answer, INTERNAL_ERROR) may have been applied, so it is rolled back after the
   * check. Rolling back a call that was not applied is harmless: the protocol answers ok and
   * changes nothing.
   */
  /**
   * The exchanges that tell how a check got to its failure: the given ones plus the check's
   * latest calls, in the order they were made (the failure keeps the last few).
   */
  #story(evidence: readonly Sent[]): Exchange[] {
    const wanted = new Set([...evidence.map((s) => s.exchange), ...this.exchanges.slice(-STORY_LENGTH)]);
    return this.exchanges.filter((exchange) => wanted.has(exchange));
  }

  #remember(fields: CallFields, answer: Answer): void {
    if (!isUndoable(fields)) return;
    // Under the compatibility profile a rollback is applied like a plain call, so only calls
    // known to be applied (ok) are rolled back after the check; a doubt is left to net zero.
    const refused =
      this.options.profile === "classic"
        ? answer.kind !== "ok"
        : answer.kind === "error" && answer.code !== "INTERNAL_ERROR";
    if (fields.rb === 1) {
      if (answer.kind === "ok" && typeof fields.rb_call_id === "string") this.#closed.add(fields.rb_call_id);
    } else if (!refused && !this.#open.has(fields.call_id)) {
      this.#open.set(fields.call_id, fields);
    }
  }
}

function parseFields(body: string): CallFields {
  try {
    const value: unknown = JSON.parse(body);
    return typeof value === "object" && value !== null ? (value as CallFields) : {};
  } catch {
    return {};
  }
}
