import { adminActorOf } from "../http/callers.ts";
import { adminProblem } from "../surfaces/admin/problems.ts";
import { withProblems } from "../http/schemas.ts";
import type { RouteFile } from "../http/types.ts";
import { ROUNDING_RULE } from "./fee-math.ts";
import { dayOf, listRates, setExchangeRate, setFeeRate } from "./rates.ts";
import {
  ExchangeRateBody,
  ExchangeRateSchema,
  FeeRateBody,
  FeeRateSchema,
  RatesSchema,
} from "./rate-schema.ts";
import type { BillingExchangeRatesTable, BillingFeeRatesTable } from "./tables.ts";

const tags = ["admin"];
const security = [{ adminSession: [] }];

const presentFee = (r: BillingFeeRatesTable) => ({
  id: r.id,
  providerId: r.provider_id,
  effectiveFrom: dayOf(r.effective_from_ms),
  sharePpm: r.share_ppm,
  createdBy: r.created_by,
  createdAtMs: r.created_at_ms,
});
const presentExchange = (r: BillingExchangeRatesTable) => ({
  id: r.id,
  fromCurrency: r.from_currency,
  toCurrency: r.to_currency,
  effectiveFrom: dayOf(r.effective_from_ms),
  rateE8: r.rate_e8,
  createdBy: r.created_by,
  createdAtMs: r.created_at_ms,
});

/** Fee rates per provider and exchange rates, both dated history that admins add to (audited). */
export const adminRateRoutes: RouteFile = (app, ctx) => {
  app.get(
    "/billing/rates",
    {
      schema: {
        tags,
        security,
        summary: "Fee rates per provider and exchange rates, each from its day on, and the rounding rule",
        response: withProblems({ 200: RatesSchema }),
      },
    },
    async () => {
      const rates = await listRates(ctx.deps);
      return {
        fees: rates.fees.map(presentFee),
        exchange: rates.exchange.map(presentExchange),
        rounding: ROUNDING_RULE,
      };
    },
  );
  app.post(
    "/billing/fee-rates",
    {
      schema: {
        tags,
        security,
        summary: "Set a provider's share of GGR from a day on (rounds closed from that day use it)",
        body: FeeRateBody,
        response: withProblems({ 201: FeeRateSchema }),
      },
    },
    async (request, reply) => {
      const result = await setFeeRate(ctx.deps, { ...request.body, actor: adminActorOf(request) });
      if (!result.ok) throw adminProblem.from(result);
      reply.code(201);
      return presentFee(result.rate);
    },
  );
  app.post(
    "/billing/exchange-rates",
    {
      schema: {
        tags,
        security,
        summary: "Set an exchange rate (round currency into billing currency) from a day on",
        body: ExchangeRateBody,
        response: withProblems({ 201: ExchangeRateSchema }),
      },
    },
    async (request, reply) => {
      const result = await setExchangeRate(ctx.deps, { ...request.body, actor: adminActorOf(request) });
      if (!result.ok) throw adminProblem.from(result);
      reply.code(201);
      return presentExchange(result.rate);
    },
  );
};
