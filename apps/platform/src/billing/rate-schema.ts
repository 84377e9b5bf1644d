import { Type } from "typebox";
import { CurrencyCode, UtcDay } from "../http/schemas.ts";
import { EpochMs } from "../http/schemas.ts";

const Day = UtcDay();
const Currency = CurrencyCode();

export const FeeRateBody = Type.Object(
  {
    providerId: Type.String({ minLength: 1, maxLength: 64 }),
    effectiveFrom: Day,
    sharePpm: Type.Integer({
      minimum: 0,
      maximum: 1_000_000,
      description: "Share of GGR in parts per million: 150000 is 15 %.",
    }),
  },
  { additionalProperties: false },
);

export const ExchangeRateBody = Type.Object(
  {
    fromCurrency: Currency,
    toCurrency: Currency,
    effectiveFrom: Day,
    rateE8: Type.Integer({
      minimum: 1,
      description: "Units of toCurrency per unit of fromCurrency, times 10^8: 1.15 is 115000000.",
    }),
  },
  { additionalProperties: false },
);

export const FeeRateSchema = Type.Object({
  id: Type.String(),
  providerId: Type.String(),
  effectiveFrom: Type.String(),
  sharePpm: Type.Integer(),
  createdBy: Type.String(),
  createdAtMs: EpochMs,
});

export const ExchangeRateSchema = Type.Object({
  id: Type.String(),
  fromCurrency: Type.String(),
  toCurrency: Type.String(),
  effectiveFrom: Type.String(),
  rateE8: Type.Integer(),
  createdBy: Type.String(),
  createdAtMs: EpochMs,
});

export const RatesSchema = Type.Object({
  fees: Type.Array(FeeRateSchema),
  exchange: Type.Array(ExchangeRateSchema),
  rounding: Type.String(),
});
