import { bodySignature, computeKey } from "@croupier/protocol";
import type { CheckContext } from "../runner/check-context.ts";
import { check, NATIVE_ONLY, insideWindowMs, outsideWindowMs, wrongSalt, type Check } from "./check.ts";

/** Skew between the operator's clock and ours above which timestamp checks are unreliable. */
const SKEW_WARNING_SECONDS = 2;

function warnAboutSkew(ctx: CheckContext): void {
  const skew = ctx.clockSkewSeconds;
  if (skew !== undefined && Math.abs(skew) >= SKEW_WARNING_SECONDS) {
    ctx.warn(
      `the operator's clock (its Date header) differs from this machine's by about ${skew} s; ` +
        "window checks probe ±3 s around the edge, so synchronise both clocks (NTP) and rerun",
    );
  }
}

/** A debit refused with `code` changes nothing; `options` make it refusable. */
async function expectRefusedDebit(
  ctx: CheckContext,
  label: string,
  code: string,
  options: Parameters<CheckContext["send"]>[2],
): Promise<void> {
  const before = await ctx.balanceOf(ctx.player);
  const sent = await ctx.send(label, ctx.calls.debit(ctx.player, 100), options);
  ctx.expectError(sent, code, label);
  await ctx.expectUnchanged(ctx.player, before, label, [sent]);
}

/** Security checks: key, then timestamp, before anything else; the body signature when enforced. */
export const securityChecks: readonly Check[] = [
  check({
    id: "security.invalid-key",
    title: "A wrong key is INVALID_KEY",
    area: "security",
    required: true,
    description:
      "A balance call and a debit whose key was made with another salt, and a debit whose key belongs " +
      "to another timestamp, answer INVALID_KEY and change nothing.",
    async run(ctx) {
      const balance = await ctx.send("balance with a wrong key", ctx.calls.balance(ctx.player), {
        salt: wrongSalt(ctx),
      });
      ctx.expectError(balance, "INVALID_KEY", "balance call with a wrong key");
      await expectRefusedDebit(ctx, "debit with a wrong key", "INVALID_KEY", { salt: wrongSalt(ctx) });
      await expectRefusedDebit(ctx, "debit with the key of another timestamp", "INVALID_KEY", {
        transform: (signed) => {
          const fields = {
            ...signed.request,
            key: computeKey(signed.request.timestamp - 1, ctx.options.salt),
          };
          return { body: JSON.stringify(fields), headers: signed.headers };
        },
      });
    },
  }),
  check({
    id: "security.key-before-player",
    nativeOnly: NATIVE_ONLY.oneRefusalCode,
    title: "The key is checked before the player",
    area: "security",
    required: true,
    description:
      "An unknown player with a wrong key answers INVALID_KEY, not PLAYER_NOT_FOUND: a forged call " +
      "learns nothing about which players exist.",
    async run(ctx) {
      const nobody = `cf-${ctx.options.runId}-nobody`;
      for (const fields of [ctx.calls.balance(nobody), ctx.calls.debit(nobody, 100)]) {
        const label = `${String(fields.action)} for an unknown player with a wrong key`;
        const sent = await ctx.send(label, fields, { salt: wrongSalt(ctx) });
        ctx.expectError(sent, "INVALID_KEY", label);
      }
    },
  }),
  check({
    id: "security.key-before-timestamp",
    nativeOnly: NATIVE_ONLY.oneRefusalCode,
    title: "The key is checked before the timestamp",
    area: "security",
    required: false,
    description:
      "A wrong key with an expired timestamp answers INVALID_KEY (the protocol's order: key, then " +
      "timestamp). Advisory: either answer refuses the call.",
    async run(ctx) {
      const sent = await ctx.send(
        "balance with a wrong key and an expired timestamp",
        ctx.calls.balance(ctx.player),
        {
          salt: wrongSalt(ctx),
          nowMs: Date.now() - outsideWindowMs(ctx),
        },
      );
      ctx.expectError(sent, "INVALID_KEY", "wrong key and expired timestamp");
    },
  }),
  check({
    id: "security.timestamp-inside-window",
    title: "Timestamps just inside the window are accepted",
    area: "security",
    required: true,
    description: "Balance calls stamped window − 3 s in the past and in the future answer ok.",
    async run(ctx) {
      warnAboutSkew(ctx);
      for (const [label, offset] of [
        ["past", -insideWindowMs(ctx)],
        ["future", insideWindowMs(ctx)],
      ] as const) {
        const what = `balance stamped ${ctx.options.windowSeconds - 3} s in the ${label}`;
        const sent = await ctx.send(what, ctx.calls.balance(ctx.player), { nowMs: Date.now() + offset });
        ctx.expectOk(sent, what);
      }
    },
  }),
  check({
    id: "security.timestamp-past-expired",
    title: "A timestamp just past the window is TIMESTAMP_EXPIRED",
    area: "security",
    required: true,
    description:
      "A balance call and a debit stamped window + 3 s in the past answer TIMESTAMP_EXPIRED and change nothing.",
    async run(ctx) {
      warnAboutSkew(ctx);
      await expectExpired(ctx, -outsideWindowMs(ctx), "past");
    },
  }),
  check({
    id: "security.timestamp-future-expired",
    title: "A timestamp just beyond the window in the future is TIMESTAMP_EXPIRED",
    area: "security",
    required: true,
    description:
      "A balance call and a debit stamped window + 3 s in the future answer TIMESTAMP_EXPIRED and change nothing.",
    async run(ctx) {
      warnAboutSkew(ctx);
      await expectExpired(ctx, outsideWindowMs(ctx), "future");
    },
  }),
  check({
    id: "security.body-signature",
    nativeOnly: NATIVE_ONLY.noSignature,
    title: "A body that does not match its signature is INVALID_KEY",
    area: "security",
    required: true,
    description:
      "Only when the operator enforces the body signature (--require-body-signature): a debit whose " +
      "body was altered after signing (the key still valid), one without a signature and one signed " +
      "with another salt answer INVALID_KEY and change nothing.",
    async run(ctx) {
      if (!ctx.options.requireBodySignature) {
        ctx.skip(
          "the operator does not enforce the body signature (pass --require-body-signature if it does)",
        );
      }
      await expectRefusedDebit(ctx, "debit whose amount was changed after signing", "INVALID_KEY", {
        transform: (signed) => ({
          body: JSON.stringify({ ...signed.request, amount: 5_000 }),
          headers: signed.headers,
        }),
      });
      await expectRefusedDebit(ctx, "debit without webhook-signature", "INVALID_KEY", {
        transform: (signed) => {
          const { "webhook-signature": _dropped, ...headers } = signed.headers;
          return { body: signed.body, headers };
        },
      });
      await expectRefusedDebit(ctx, "debit whose signature used another salt", "INVALID_KEY", {
        transform: (signed) => ({
          body: signed.body,
          headers: {
            ...signed.headers,
            "webhook-signature": bodySignature(
              signed.request.call_id,
              signed.request.timestamp,
              signed.body,
              wrongSalt(ctx),
            ),
          },
        }),
      });
    },
  }),
];

async function expectExpired(ctx: CheckContext, offsetMs: number, side: "past" | "future"): Promise<void> {
  const seconds = ctx.options.windowSeconds + 3;
  const what = `balance stamped ${seconds} s in the ${side}`;
  const sent = await ctx.send(what, ctx.calls.balance(ctx.player), { nowMs: Date.now() + offsetMs });
  ctx.expectError(sent, "TIMESTAMP_EXPIRED", what);
  await expectRefusedDebit(ctx, `debit stamped ${seconds} s in the ${side}`, "TIMESTAMP_EXPIRED", {
    nowMs: Date.now() + offsetMs,
  });
}
