import { check, type Check } from "./check.ts";

/** Debit and credit arithmetic, integer minor units, insufficient funds. */
export const moneyChecks: readonly Check[] = [
  check({
    id: "debit.arithmetic",
    title: "A debit lowers the balance by its amount",
    area: "debit",
    required: true,
    description: "A debit of 150 answers ok with the balance 150 lower, and a balance call agrees.",
    async run(ctx) {
      const before = await ctx.balanceOf(ctx.player);
      const sent = await ctx.send("debit 150", ctx.calls.debit(ctx.player, 150));
      ctx.expectOk(sent, "debit 150", before - 150);
      await ctx.expectBalance(ctx.player, before - 150, "debit 150", [sent], before);
    },
  }),
  check({
    id: "credit.arithmetic",
    title: "A credit raises the balance by its amount",
    area: "credit",
    required: true,
    description: "A credit of 275 answers ok with the balance 275 higher, and a balance call agrees.",
    async run(ctx) {
      const before = await ctx.balanceOf(ctx.player);
      const sent = await ctx.send("credit 275", ctx.calls.credit(ctx.player, 275));
      ctx.expectOk(sent, "credit 275", before + 275);
      await ctx.expectBalance(ctx.player, before + 275, "credit 275", [sent], before);
    },
  }),
  check({
    id: "credit.zero-amount",
    title: "A credit of 0 closes a lost round",
    area: "credit",
    required: true,
    description:
      "The platform closes a lost round with a credit of amount 0 and round_closed true: it answers ok " +
      "and changes nothing.",
    async run(ctx) {
      const before = await ctx.balanceOf(ctx.player);
      const bet = ctx.calls.debit(ctx.player, 100);
      ctx.expectOk(await ctx.send("debit 100 (bet)", bet), "debit 100", before - 100);
      const close = ctx.calls.credit(ctx.player, 0, { round_id: bet.round_id, round_closed: true });
      const sent = await ctx.send("credit 0 closing the round", close);
      ctx.expectOk(sent, "credit 0 closing the round", before - 100);
      await ctx.expectBalance(ctx.player, before - 100, "credit 0", [sent], before - 100);
    },
  }),
  check({
    id: "money.integer-minor-units",
    title: "Balances are integers in minor units",
    area: "money",
    required: true,
    description:
      'Every balance is a JSON integer in minor units: never a float (10.5), a string ("1050") or ' +
      "major units. A debit of 1 and a credit of 1 move the balance by exactly one minor unit.",
    async run(ctx) {
      const before = await ctx.balanceOf(ctx.player);
      const debit = await ctx.send("debit 1 minor unit", ctx.calls.debit(ctx.player, 1));
      ctx.expectOk(debit, "debit of 1 minor unit", before - 1);
      const credit = await ctx.send("credit 1 minor unit", ctx.calls.credit(ctx.player, 1));
      ctx.expectOk(credit, "credit of 1 minor unit", before);
      await ctx.expectBalance(ctx.player, before, "debit 1 then credit 1", [debit, credit], before);
    },
  }),
  check({
    id: "debit.insufficient-funds",
    title: "A debit above the balance is refused with the balance",
    area: "debit",
    required: true,
    description:
      "A debit one minor unit above the balance answers INSUFFICIENT_FUNDS carrying the current " +
      "balance, and changes nothing.",
    async run(ctx) {
      const before = await ctx.balanceOf(ctx.player);
      const sent = await ctx.send(
        `debit ${before + 1} (balance + 1)`,
        ctx.calls.debit(ctx.player, before + 1),
      );
      ctx.expectError(sent, "INSUFFICIENT_FUNDS", "debit above the balance", before);
      await ctx.expectUnchanged(ctx.player, before, "refused debit", [sent]);
    },
  }),
];
