import type { CheckContext, Sent } from "../runner/check-context.ts";
import { check, NATIVE_ONLY, wrongSalt, type Check } from "./check.ts";

/** A handful of calls that each provoke a different refusal. */
async function provokeRefusals(ctx: CheckContext): Promise<Sent[]> {
  const balance = await ctx.balanceOf(ctx.player);
  return [
    await ctx.send("balance with a wrong key", ctx.calls.balance(ctx.player), { salt: wrongSalt(ctx) }),
    await ctx.send("balance for an unknown player", ctx.calls.balance(`cf-${ctx.options.runId}-nobody`)),
    await ctx.send("debit above the balance", ctx.calls.debit(ctx.player, balance + 1)),
    await ctx.sendRaw("body that is not JSON", "not json", { "content-type": "application/json" }),
  ];
}

/** Transport: HTTP 200 always, with a JSON body. */
export const transportChecks: readonly Check[] = [
  check({
    id: "transport.http-200-on-errors",
    nativeOnly: NATIVE_ONLY.noBody,
    title: "Refusals are answered with HTTP 200",
    area: "transport",
    required: true,
    description:
      "A wrong key, an unknown player, insufficient funds and a body that is not JSON are all answered " +
      'with HTTP 200 and a JSON {"status":"error",…} body: any other status is an unknown outcome for ' +
      "the platform.",
    async run(ctx) {
      for (const sent of await provokeRefusals(ctx)) {
        const status = sent.exchange.response?.status;
        if (status !== 200) {
          ctx.fail(
            `${sent.exchange.label}: not HTTP 200`,
            "HTTP 200 with a JSON error body",
            status === undefined ? `no answer (${sent.exchange.error ?? "?"})` : `HTTP ${status}`,
            [sent],
          );
        }
        // Only the transport is judged here (status and a JSON body); whether the answer is the
        // right refusal is the business of the security, player and validation checks.
        if (!isJsonObject(sent.exchange.response?.body ?? "")) {
          ctx.fail(
            `${sent.exchange.label}: the body is not a JSON object`,
            '{"status":"error",…}',
            sent.exchange.response?.body ?? "",
            [sent],
          );
        }
      }
    },
  }),
  check({
    id: "transport.json-content-type",
    nativeOnly: NATIVE_ONLY.noBody,
    title: "Answers say Content-Type: application/json",
    area: "transport",
    required: false,
    description:
      "Ok and error answers carry Content-Type application/json. Advisory: the platform reads the body anyway.",
    async run(ctx) {
      const ok = await ctx.send("balance", ctx.calls.balance(ctx.player));
      for (const sent of [ok, ...(await provokeRefusals(ctx))]) {
        const type = sent.exchange.response?.headers["content-type"] ?? "";
        if (!/^application\/json\b/i.test(type)) {
          ctx.fail(
            `${sent.exchange.label}: wrong Content-Type`,
            "Content-Type: application/json",
            type === "" ? "no Content-Type" : `Content-Type: ${type}`,
            [sent],
          );
        }
      }
    },
  }),
];

function isJsonObject(body: string): boolean {
  try {
    const value: unknown = JSON.parse(body);
    return typeof value === "object" && value !== null && !Array.isArray(value);
  } catch {
    return false;
  }
}
