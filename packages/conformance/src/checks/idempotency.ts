import type { Sent } from "../runner/check-context.ts";
import { describeAnswer } from "../runner/answers.ts";
import type { CallFields } from "../runner/calls.ts";
import { check, outsideWindowMs, wrongSalt, type Check } from "./check.ts";

/** How many copies of one call the concurrent replay check sends at once. */
const CONCURRENT_REPLAYS = 20;

/** Protocol duty 1: a repeated call_id returns the stored answer and changes nothing. */
export const idempotencyChecks: readonly Check[] = [
  check({
    id: "idempotency.replay-sequential",
    title: "A replayed debit returns the original answer",
    area: "idempotency",
    required: true,
    description:
      "Debit A, then debit B, then A again twice: each replay of A answers exactly what A first " +
      "answered (not the current balance) and changes nothing.",
    async run(ctx) {
      const before = await ctx.balanceOf(ctx.player);
      const a = ctx.calls.debit(ctx.player, 100);
      ctx.expectOk(await ctx.send("debit A 100", a), "debit A", before - 100);
      const b = await ctx.send("debit B 100", ctx.calls.debit(ctx.player, 100));
      ctx.expectOk(b, "debit B", before - 200);
      for (const n of [1, 2]) {
        const replay = await ctx.send(`replay ${n} of debit A`, a);
        ctx.expectOk(replay, `replay ${n} of debit A (must repeat A's first answer)`, before - 100);
      }
      await ctx.expectBalance(ctx.player, before - 200, "two debits and two replays", [], before);
    },
  }),
  check({
    id: "idempotency.replay-concurrent",
    title: "20 copies of one debit at once apply once",
    area: "idempotency",
    required: true,
    description:
      `The same debit sent ${CONCURRENT_REPLAYS} times at once is applied exactly once and every copy ` +
      "gets the same answer.",
    async run(ctx) {
      const before = await ctx.balanceOf(ctx.player);
      const debit = ctx.calls.debit(ctx.player, 100);
      const copies = await ctx.sendAll(
        "debit 100",
        Array.from({ length: CONCURRENT_REPLAYS }, () => debit),
      );
      const after = await ctx.balanceOf(ctx.player, "balance after the copies");
      const times = (before - after) / 100;
      const { shown, answered } = compareCopies(copies);
      if (Number.isInteger(times) && times >= 2) {
        ctx.fail(
          `the same debit (one call_id, ${CONCURRENT_REPLAYS} copies at once) was applied ` +
            (times === 2 ? "twice" : `${times} times, not once`),
          `applied once: balance ${before - 100}, every copy answering ok with balance ${before - 100}`,
          `balance ${after} (${before} before); ${answered}`,
          shown,
        );
      }
      if (shown.length > 1) {
        ctx.fail(
          "copies of one call got different answers",
          `every copy answers what the applied one answered: ok, balance ${before - 100}`,
          answered,
          shown,
        );
      }
      for (const sent of shown) ctx.expectOk(sent, "every copy of the same debit", before - 100);
      if (after !== before - 100) {
        ctx.fail(
          `${CONCURRENT_REPLAYS} copies of one debit: balance is wrong`,
          `balance ${before - 100}`,
          `balance ${after} (${before} before); ${answered}`,
          shown,
        );
      }
    },
  }),
  check({
    id: "idempotency.replay-refusal",
    title: "A replayed refusal repeats the refusal",
    area: "idempotency",
    required: true,
    description:
      "A debit refused with INSUFFICIENT_FUNDS is recorded: after a credit that would make it fit, " +
      "its replay still answers INSUFFICIENT_FUNDS with the original balance and changes nothing.",
    async run(ctx) {
      const before = await ctx.balanceOf(ctx.player);
      const debit = ctx.calls.debit(ctx.player, before + 1);
      const refused = await ctx.send(`debit ${before + 1} (balance + 1)`, debit);
      if (refused.answer.kind !== "error" || refused.answer.code !== "INSUFFICIENT_FUNDS") {
        ctx.skip(
          `needs a debit refused with INSUFFICIENT_FUNDS first; got ${describeAnswer(refused.answer)} ` +
            "(see debit.insufficient-funds)",
        );
      }
      ctx.expectOk(await ctx.send("credit 1", ctx.calls.credit(ctx.player, 1)), "credit 1", before + 1);
      // The stored answer is repeated as it was, balance included (or its absence, which
      // debit.insufficient-funds judges).
      const originalBalance = refused.answer.kind === "error" ? refused.answer.balance : undefined;
      const replay = await ctx.send("replay of the refused debit", debit);
      ctx.expectError(
        replay,
        "INSUFFICIENT_FUNDS",
        "replay of a refused debit (must repeat it)",
        originalBalance,
      );
      await ctx.expectUnchanged(ctx.player, before + 1, "replay of a refused debit", [refused, replay]);
    },
  }),
  check({
    id: "idempotency.duplicate-conflict",
    title: "A call_id reused with other content is DUPLICATE_CONFLICT",
    area: "idempotency",
    required: true,
    description:
      "After a debit, the same call_id with another amount, another action or another player answers " +
      "DUPLICATE_CONFLICT and changes nothing; the original still replays.",
    async run(ctx) {
      const before = await ctx.balanceOf(ctx.player);
      const otherBefore = await ctx.balanceOf(ctx.otherPlayer);
      const debit = ctx.calls.debit(ctx.player, 100);
      ctx.expectOk(await ctx.send("debit 100", debit), "debit 100", before - 100);
      const variants: [string, CallFields][] = [
        ["same call_id, amount 200", { ...debit, amount: 200 }],
        ["same call_id, action credit", { ...debit, action: "credit" }],
        ["same call_id, other player", { ...debit, player_id: ctx.otherPlayer }],
      ];
      for (const [label, fields] of variants) {
        const sent = await ctx.send(label, fields);
        ctx.expectError(sent, "DUPLICATE_CONFLICT", label);
        await ctx.expectUnchanged(ctx.player, before - 100, label, [sent]);
      }
      await ctx.expectUnchanged(ctx.otherPlayer, otherBefore, "same call_id for the other player", []);
      ctx.expectOk(await ctx.send("replay of the original", debit), "replay after conflicts", before - 100);
    },
  }),
  check({
    id: "idempotency.refusals-not-recorded",
    title: "Calls refused by key, timestamp or shape do not claim their call_id",
    area: "idempotency",
    required: true,
    description:
      "A debit refused with INVALID_KEY, TIMESTAMP_EXPIRED or INVALID_REQUEST is not recorded: the " +
      "correct debit sent afterwards under the same call_id is applied.",
    async run(ctx) {
      const refusals: [string, string, (call: CallFields) => Promise<Sent>][] = [
        [
          "wrong key",
          "INVALID_KEY",
          (call) => ctx.send("debit with a wrong key", call, { salt: wrongSalt(ctx) }),
        ],
        [
          "expired timestamp",
          "TIMESTAMP_EXPIRED",
          (call) =>
            ctx.send("debit with an expired timestamp", call, { nowMs: Date.now() - outsideWindowMs(ctx) }),
        ],
        [
          "string amount",
          "INVALID_REQUEST",
          // A query string has no types ("100" is 100 there): the classic profile gets a negative amount.
          (call) =>
            ctx.options.profile === "classic"
              ? ctx.send("debit with amount -100", { ...call, amount: -100 })
              : ctx.send('debit with amount "100"', { ...call, amount: "100" }),
        ],
      ];
      let tested = 0;
      for (const [what, code, refuse] of refusals) {
        const before = await ctx.balanceOf(ctx.player);
        const debit = ctx.calls.debit(ctx.player, 100);
        const refused = await refuse(debit);
        if (!ctx.isError(refused, code)) {
          ctx.warn(`not tested after a ${what}: the debit was not refused with ${code}`);
          continue;
        }
        tested += 1;
        const retry = await ctx.send(`correct debit, same call_id as the ${what} one`, debit);
        ctx.expectOk(retry, `correct debit after a refused ${what} under the same call_id`, before - 100);
        await ctx.expectBalance(
          ctx.player,
          before - 100,
          `correct debit after a ${what}`,
          [refused, retry],
          before,
        );
      }
      if (tested === 0) ctx.skip("no refusal to test with (see security.* and validation.* checks)");
    },
  }),
];

/**
 * The copy whose answer the others must repeat (the first ok one: it applied the call) and the
 * first copy that answered differently, with a line saying so.
 */
function compareCopies(copies: readonly Sent[]): { shown: Sent[]; answered: string } {
  const reference = copies.find((s) => s.answer.kind === "ok") ?? copies[0];
  if (reference === undefined) return { shown: [], answered: "no copy was sent" };
  const line = (s: Sent) => describeAnswer(s.answer);
  const number = (s: Sent) => copies.indexOf(s) + 1;
  const other = copies.find((s) => line(s) !== line(reference));
  if (other === undefined) return { shown: [reference], answered: `every copy answered ${line(reference)}` };
  return {
    shown: [reference, other],
    answered: `copy ${number(other)} answered ${line(other)} where copy ${number(reference)} answered ${line(reference)}`,
  };
}
