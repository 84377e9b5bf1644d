import { describeAnswer } from "../runner/answers.ts";
import type { CheckContext } from "../runner/check-context.ts";
import type { MoneyCall } from "../runner/calls.ts";
import { check, NATIVE_ONLY, type Check } from "./check.ts";

/**
 * Rolls back `original` (already applied) three ways and expects the balance `restored` each time:
 * the rollback, its replay, and a second rollback under another call_id reverse it exactly once.
 */
async function rollBackOnce(ctx: CheckContext, original: MoneyCall, restored: number): Promise<void> {
  const rollback = ctx.calls.rollbackOf(original);
  const first = await ctx.send("rollback", rollback);
  ctx.expectOk(first, `rollback of the ${original.action}`, restored);
  const replay = await ctx.send("rollback replayed", rollback);
  ctx.expectOk(replay, "replay of the rollback", restored);
  // The compatibility profile's wallets apply any new rollback call_id (they do not look for the
  // original); the platform never sends a second one there, so only the replay is checked.
  if (ctx.options.profile === "classic") {
    await ctx.expectBalance(original.player_id, restored, "one rollback sent twice", [first, replay]);
    return;
  }
  const second = await ctx.send("second rollback, new call_id", ctx.calls.rollbackOf(original));
  ctx.expectOk(
    second,
    "a second rollback of the same call under another call_id (must change nothing)",
    restored,
  );
  await ctx.expectBalance(original.player_id, restored, "one rollback sent three times", [
    first,
    replay,
    second,
  ]);
}

/** Protocol duty 2: a rollback reverses its original exactly once, and outruns a late original. */
export const rollbackChecks: readonly Check[] = [
  check({
    id: "rollback.debit-once",
    title: "A debit's rollback is applied once however often sent",
    area: "rollback",
    required: true,
    description:
      "A credit with rb 1 returns a debited bet. Sent again, and again under another call_id, it " +
      "answers ok and returns nothing more.",
    async run(ctx) {
      const before = await ctx.balanceOf(ctx.player);
      const debit = ctx.calls.debit(ctx.player, 100);
      ctx.expectOk(await ctx.send("debit 100", debit), "debit 100", before - 100);
      await rollBackOnce(ctx, debit, before);
    },
  }),
  check({
    id: "rollback.credit-once",
    title: "A credit's rollback is applied once however often sent",
    area: "rollback",
    required: true,
    description:
      "A debit with rb 1 takes back a credited win. Sent again, and again under another call_id, it " +
      "answers ok and takes nothing more.",
    async run(ctx) {
      const before = await ctx.balanceOf(ctx.player);
      const credit = ctx.calls.credit(ctx.player, 100);
      ctx.expectOk(await ctx.send("credit 100", credit), "credit 100", before + 100);
      await rollBackOnce(ctx, credit, before);
    },
  }),
  check({
    id: "rollback.unknown-original",
    nativeOnly: NATIVE_ONLY.noBlindRollbacks,
    title: "A rollback of a call never received answers ok and changes nothing",
    area: "rollback",
    required: true,
    description:
      "A rollback credit naming a debit the operator never received answers ok with the balance " +
      "unchanged: there is nothing to return.",
    async run(ctx) {
      const before = await ctx.balanceOf(ctx.player);
      const neverSent = ctx.calls.debit(ctx.player, 100);
      const sent = await ctx.send("rollback of a debit never sent", ctx.calls.rollbackOf(neverSent));
      ctx.expectOk(sent, "rollback of an unknown debit", before);
      await ctx.expectUnchanged(ctx.player, before, "rollback of an unknown debit", [sent]);
    },
  }),
  check({
    id: "rollback.late-original",
    nativeOnly: NATIVE_ONLY.noBlindRollbacks,
    title: "An original arriving after its rollback is ROLLED_BACK",
    area: "rollback",
    required: true,
    description:
      "After the rollback of a debit never received, the late debit itself answers ROLLED_BACK and " +
      "changes nothing, also when it is retried.",
    async run(ctx) {
      const neverSent = ctx.calls.debit(ctx.player, 100);
      const rollback = await ctx.send("rollback first", ctx.calls.rollbackOf(neverSent));
      if (rollback.answer.kind !== "ok") {
        ctx.skip(`needs the rollback to be accepted first; got ${describeAnswer(rollback.answer)}`);
      }
      const before = await ctx.balanceOf(ctx.player);
      for (const n of [1, 2]) {
        const late = await ctx.send(`late original, attempt ${n}`, neverSent);
        ctx.expectError(late, "ROLLED_BACK", `the original debit arriving after its rollback (attempt ${n})`);
        await ctx.expectUnchanged(ctx.player, before, "late original", [rollback, late]);
      }
    },
  }),
  check({
    id: "rollback.refused-original",
    nativeOnly: NATIVE_ONLY.noBlindRollbacks,
    title: "A rollback of a refused call answers ok and changes nothing",
    area: "rollback",
    required: true,
    description:
      "The rollback of a debit that was refused with INSUFFICIENT_FUNDS answers ok with the balance " +
      "unchanged: the refused debit took nothing.",
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
      const sent = await ctx.send("rollback of the refused debit", ctx.calls.rollbackOf(debit));
      ctx.expectOk(sent, "rollback of a refused debit", before);
      await ctx.expectUnchanged(ctx.player, before, "rollback of a refused debit", [refused, sent]);
    },
  }),
  check({
    id: "rollback.amount-mismatch",
    nativeOnly: NATIVE_ONLY.noBlindRollbacks,
    title: "A rollback with another amount is INVALID_REQUEST",
    area: "rollback",
    required: true,
    description:
      "A rollback whose amount differs from its original's answers INVALID_REQUEST and changes " +
      "nothing; the correct rollback afterwards still works.",
    async run(ctx) {
      const before = await ctx.balanceOf(ctx.player);
      const debit = ctx.calls.debit(ctx.player, 100);
      ctx.expectOk(await ctx.send("debit 100", debit), "debit 100", before - 100);
      const wrong = await ctx.send("rollback with amount 50", ctx.calls.rollbackOf(debit, { amount: 50 }));
      ctx.expectError(wrong, "INVALID_REQUEST", "rollback of a 100 debit with amount 50");
      await ctx.expectUnchanged(ctx.player, before - 100, "rollback with another amount", [wrong]);
      const right = await ctx.send("rollback with amount 100", ctx.calls.rollbackOf(debit));
      ctx.expectOk(right, "the correct rollback after a refused one", before);
    },
  }),
];
