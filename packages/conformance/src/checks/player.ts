import { check, type Check } from "./check.ts";

/** Player and currency checks. */
export const playerChecks: readonly Check[] = [
  check({
    id: "player.unknown",
    title: "An unknown player is PLAYER_NOT_FOUND",
    area: "player",
    required: true,
    description:
      "Balance, debit and credit calls for a player the operator does not know answer PLAYER_NOT_FOUND.",
    async run(ctx) {
      const before = await ctx.balanceOf(ctx.player);
      const nobody = `cf-${ctx.options.runId}-nobody`;
      const sent = [];
      for (const fields of [
        ctx.calls.balance(nobody),
        ctx.calls.debit(nobody, 100),
        ctx.calls.credit(nobody, 100),
      ]) {
        const label = `${String(fields.action)} for an unknown player`;
        const one = await ctx.send(label, fields);
        ctx.expectError(one, "PLAYER_NOT_FOUND", label);
        sent.push(one);
      }
      await ctx.expectUnchanged(ctx.player, before, "calls for an unknown player", sent);
    },
  }),
  check({
    id: "player.currency-mismatch",
    title: "Another currency is CURRENCY_MISMATCH",
    area: "player",
    required: true,
    description:
      "Balance, debit and credit calls in a currency other than the player's wallet currency answer " +
      "CURRENCY_MISMATCH and change nothing.",
    async run(ctx) {
      const before = await ctx.balanceOf(ctx.player);
      const currency = ctx.options.otherCurrency;
      for (const fields of [
        ctx.calls.balance(ctx.player, { currency }),
        ctx.calls.debit(ctx.player, 100, { currency }),
        ctx.calls.credit(ctx.player, 100, { currency }),
      ]) {
        const label = `${String(fields.action)} in ${currency}`;
        const sent = await ctx.send(label, fields);
        ctx.expectError(sent, "CURRENCY_MISMATCH", label);
        await ctx.expectUnchanged(ctx.player, before, label, [sent]);
      }
    },
  }),
];
