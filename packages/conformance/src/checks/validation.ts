import type { CheckContext } from "../runner/check-context.ts";
import type { CallFields } from "../runner/calls.ts";
import { check, NATIVE_ONLY, type Check } from "./check.ts";

/** Sends each malformed call; each must be INVALID_REQUEST and none may change the balance. */
async function expectAllInvalid(ctx: CheckContext, calls: readonly [string, CallFields][]): Promise<void> {
  const before = await ctx.balanceOf(ctx.player);
  for (const [label, fields] of calls) {
    const sent = await ctx.send(label, fields);
    ctx.expectError(sent, "INVALID_REQUEST", label);
    await ctx.expectUnchanged(ctx.player, before, label, [sent]);
  }
}

/** 2^60: an integer far beyond 2^53 − 1, where JSON numbers stop being exact in many languages. */
const HUGE_AMOUNT = 2 ** 60;

/** Field-shape checks: amounts, missing fields, non-JSON bodies, unknown extra fields. */
export const validationChecks: readonly Check[] = [
  check({
    id: "validation.amount-float",
    title: "A fractional amount is INVALID_REQUEST",
    area: "validation",
    required: true,
    description:
      "Debits of 2.5 and 100.5 and a credit of 2.5 answer INVALID_REQUEST: never rounded, never applied.",
    async run(ctx) {
      await expectAllInvalid(ctx, [
        ["debit of 2.5", ctx.calls.debit(ctx.player, 2.5)],
        ["debit of 100.5", ctx.calls.debit(ctx.player, 100.5)],
        ["credit of 2.5", ctx.calls.credit(ctx.player, 2.5)],
      ]);
    },
  }),
  check({
    id: "validation.amount-string",
    nativeOnly: NATIVE_ONLY.untypedQuery,
    title: "A string amount is INVALID_REQUEST",
    area: "validation",
    required: true,
    description:
      'A debit and a credit with amount "100" (a string) answer INVALID_REQUEST and change nothing.',
    async run(ctx) {
      await expectAllInvalid(ctx, [
        ['debit of "100"', { ...ctx.calls.debit(ctx.player, 100), amount: "100" }],
        ['credit of "100"', { ...ctx.calls.credit(ctx.player, 100), amount: "100" }],
      ]);
    },
  }),
  check({
    id: "validation.amount-negative",
    title: "A negative amount is INVALID_REQUEST",
    area: "validation",
    required: true,
    description: "A debit and a credit of -100 answer INVALID_REQUEST and change nothing.",
    async run(ctx) {
      await expectAllInvalid(ctx, [
        ["debit of -100", ctx.calls.debit(ctx.player, -100)],
        ["credit of -100", ctx.calls.credit(ctx.player, -100)],
      ]);
    },
  }),
  check({
    id: "validation.amount-too-large",
    title: "An amount of 2^60 is INVALID_REQUEST",
    area: "validation",
    required: true,
    description:
      "A credit of 2^60 minor units (beyond the integers JSON carries exactly) answers INVALID_REQUEST " +
      "and changes nothing.",
    async run(ctx) {
      await expectAllInvalid(ctx, [["credit of 2^60", ctx.calls.credit(ctx.player, HUGE_AMOUNT)]]);
    },
  }),
  check({
    id: "validation.missing-fields",
    title: "Missing fields are INVALID_REQUEST",
    area: "validation",
    required: true,
    description:
      "Debits without amount, round_id, call_id, player_id, currency or action, and a rollback (rb 1) " +
      "without rb_call_id, answer INVALID_REQUEST and change nothing.",
    async run(ctx) {
      const without = (name: string): [string, CallFields] => {
        const { [name]: _removed, ...rest } = ctx.calls.debit(ctx.player, 100);
        return [`debit without ${name}`, rest];
      };
      const rollback = ctx.calls.rollbackOf(ctx.calls.debit(ctx.player, 100));
      const { rb_call_id: _removed, ...rollbackWithoutTarget } = rollback;
      await expectAllInvalid(ctx, [
        without("amount"),
        without("round_id"),
        without("call_id"),
        without("player_id"),
        without("currency"),
        without("action"),
        ["rollback (rb 1) without rb_call_id", rollbackWithoutTarget],
      ]);
    },
  }),
  check({
    id: "validation.not-json",
    nativeOnly: NATIVE_ONLY.noBody,
    title: "A body that is not JSON is INVALID_REQUEST with HTTP 200",
    area: "validation",
    required: true,
    description: "A body that is not JSON, and one cut short, answer HTTP 200 with INVALID_REQUEST.",
    async run(ctx) {
      const headers = { "content-type": "application/json" };
      const whole = JSON.stringify(ctx.calls.balance(ctx.player));
      for (const [label, body] of [
        ["body that is not JSON", "this is not json"],
        ["JSON cut short", whole.slice(0, whole.length - 5)],
      ] as const) {
        const sent = await ctx.sendRaw(label, body, headers);
        ctx.expectError(sent, "INVALID_REQUEST", label);
      }
    },
  }),
  check({
    id: "validation.extra-fields-ignored",
    title: "Unknown extra fields are ignored",
    area: "validation",
    required: true,
    description:
      "Balance and debit calls carrying fields the protocol does not define (a future version may add " +
      "some) are handled as if the fields were absent; the debit replays as usual.",
    async run(ctx) {
      const extras = { x_future_field: "ignored", bonus: { id: 7, tags: ["a", "b"] }, promo: null };
      const before = await ctx.balanceOf(ctx.player);
      const balance = await ctx.send("balance with extra fields", ctx.calls.balance(ctx.player, extras));
      ctx.expectOk(balance, "balance call with unknown extra fields", before);
      const debit = { ...ctx.calls.debit(ctx.player, 100), ...extras };
      ctx.expectOk(
        await ctx.send("debit with extra fields", debit),
        "debit with unknown extra fields",
        before - 100,
      );
      ctx.expectOk(
        await ctx.send("replay of it", debit),
        "replay of the debit with extra fields",
        before - 100,
      );
      await ctx.expectBalance(ctx.player, before - 100, "debit with extra fields", [], before);
    },
  }),
];
