import { describeAnswer } from "../runner/answers.ts";
import { check, type Check } from "./check.ts";

/** Concurrent debits in the overdraft check, of which exactly {@link FITTING} fit. */
const CONCURRENT_DEBITS = 12;
const FITTING = 4;
/** Concurrent debits that all fit, for the lost-update check. */
const PARALLEL_DEBITS = 10;
const PARALLEL_AMOUNT = 10;

/** Protocol duty 3 under load: concurrent calls never overdraw and never lose an update. */
export const concurrencyChecks: readonly Check[] = [
  check({
    id: "concurrency.no-overdraft",
    title: `${CONCURRENT_DEBITS} concurrent debits where ${FITTING} fit: exactly ${FITTING} applied`,
    area: "concurrency",
    required: true,
    description:
      `On the second test player, the balance is brought to exactly ${FITTING} × a by one debit, then ` +
      `${CONCURRENT_DEBITS} different debits of a are sent at once: exactly ${FITTING} answer ok, the rest ` +
      "INSUFFICIENT_FUNDS, no answer shows a negative balance and the balance ends at 0. Everything is " +
      "rolled back afterwards.",
    async run(ctx) {
      const player = ctx.otherPlayer;
      const start = await ctx.balanceOf(player);
      const amount = Math.max(1, Math.min(100, Math.floor(start / (FITTING + 1))));
      if (start < FITTING * amount) ctx.skip(`the second test player needs at least ${FITTING} minor units`);
      const setup = start - FITTING * amount;
      if (setup > 0) {
        const sent = await ctx.send(
          `debit ${setup} (leave ${FITTING} × ${amount})`,
          ctx.calls.debit(player, setup),
        );
        ctx.expectOk(sent, "set-up debit", FITTING * amount);
      }
      const debits = Array.from({ length: CONCURRENT_DEBITS }, () => ctx.calls.debit(player, amount));
      const answers = await ctx.sendAll(`concurrent debit ${amount}`, debits);
      const applied = answers.filter((s) => s.answer.kind === "ok");
      for (const sent of answers) {
        const a = sent.answer;
        if (a.kind === "ok") continue;
        if (a.kind !== "error" || a.code !== "INSUFFICIENT_FUNDS") {
          ctx.fail(
            "a concurrent debit got an unexpected answer",
            "ok or INSUFFICIENT_FUNDS",
            describeAnswer(a),
            [sent],
          );
        }
      }
      const negative = answers.find((s) => s.answer.kind !== "bad" && (s.answer.balance ?? 0) < 0);
      if (negative !== undefined) {
        ctx.fail("an answer shows a negative balance", "balance ≥ 0", describeAnswer(negative.answer), [
          negative,
        ]);
      }
      if (applied.length !== FITTING) {
        ctx.fail(
          `${applied.length} of ${CONCURRENT_DEBITS} concurrent debits were accepted`,
          `exactly ${FITTING} ok (balance ${FITTING * amount}, debits of ${amount})`,
          `${applied.length} ok`,
          applied.length > FITTING ? applied : answers,
        );
      }
      await ctx.expectBalance(
        player,
        0,
        `${FITTING} of ${CONCURRENT_DEBITS} concurrent debits`,
        applied,
        FITTING * amount,
      );
    },
  }),
  check({
    id: "concurrency.no-lost-update",
    title: `${PARALLEL_DEBITS} concurrent debits all count`,
    area: "concurrency",
    required: true,
    description:
      `${PARALLEL_DEBITS} different debits of ${PARALLEL_AMOUNT} sent at once on the second test player ` +
      `all answer ok with distinct balances, and the balance ends exactly ${PARALLEL_DEBITS * PARALLEL_AMOUNT} ` +
      "lower (no read-modify-write race loses one).",
    async run(ctx) {
      const player = ctx.otherPlayer;
      const before = await ctx.balanceOf(player);
      const debits = Array.from({ length: PARALLEL_DEBITS }, () => ctx.calls.debit(player, PARALLEL_AMOUNT));
      const answers = await ctx.sendAll(`concurrent debit ${PARALLEL_AMOUNT}`, debits);
      answers.forEach((sent, i) => ctx.expectOk(sent, `concurrent debit ${i + 1}`));
      const total = PARALLEL_DEBITS * PARALLEL_AMOUNT;
      const seen = new Set(answers.map((s) => (s.answer.kind === "ok" ? s.answer.balance : -1)));
      if (seen.size !== PARALLEL_DEBITS || Math.min(...seen) !== before - total) {
        ctx.fail(
          "concurrent debits saw overlapping balances",
          `${PARALLEL_DEBITS} distinct balances from ${before - PARALLEL_AMOUNT} down to ${before - total}`,
          [...seen].sort((a, b) => b - a).join(", "),
          answers,
        );
      }
      await ctx.expectBalance(player, before - total, `${PARALLEL_DEBITS} concurrent debits`, [], before);
    },
  }),
];
