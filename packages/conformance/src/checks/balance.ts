import { check, type Check } from "./check.ts";

/** Checks of the `balance` action. */
export const balanceChecks: readonly Check[] = [
  check({
    id: "balance.shape",
    title: "Balance answers ok with an integer balance",
    area: "balance",
    required: true,
    description:
      'A balance call answers HTTP 200 {"status":"ok","balance":<integer minor units>} for each test ' +
      "player, and asking twice gives the same balance (a balance call changes nothing).",
    async run(ctx) {
      for (const playerId of ctx.options.players) {
        const first = await ctx.balanceOf(playerId, `balance of ${playerId}`);
        const again = await ctx.send(`balance of ${playerId} again`, ctx.calls.balance(playerId));
        ctx.expectOk(again, `second balance call for ${playerId}`, first);
      }
    },
  }),
];
