import { Type } from "typebox";
import { CurrencyCode } from "../http/schemas.ts";
import { EpochMs } from "../http/schemas.ts";
import { PageQuery } from "../pagination/cursor.ts";

const Currency = CurrencyCode();
const Minor = (description: string) => Type.Integer({ description });
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) =>
  Type.Union([schema, Type.Null()]);
const Text = (maxLength: number, description: string, example: string) =>
  Type.String({
    minLength: 1,
    maxLength,
    pattern: "^[^\\u0000-\\u001f\\u007f]+$",
    description,
    examples: [example],
  });

export const CreditState = Type.Enum(["ok", "low", "exhausted"], {
  description:
    "`low`: at or below the low-credit threshold; `exhausted`: at or below zero (no new live launches).",
});

export const BillingAccountSchema = Type.Object({
  operatorId: Type.String(),
  currency: Currency,
  balanceMinor: Minor(
    "Prepaid credit in minor units of the billing currency (may go below zero by the fees of rounds that were running when it reached zero).",
  ),
  lowCreditThresholdMinor: Minor("At or below this the operator is warned."),
  state: CreditState,
});

export const BillingEntrySchema = Type.Object({
  id: Type.String(),
  seq: Type.Integer({ description: "1, 2, 3… in posting order." }),
  kind: Type.Enum(["top_up", "correction", "fee"]),
  amountMinor: Minor("Signed: top-ups add, fees take away."),
  currency: Currency,
  balanceAfterMinor: Type.Integer(),
  paymentReference: Nullable(Type.String()),
  note: Nullable(Type.String()),
  fee: Nullable(
    Type.Object({
      providerId: Type.String(),
      roundCurrency: Currency,
      ggrMinor: Minor("GGR of the rounds charged, in the round currency."),
      chargeableMinor: Minor("The part of it charged, after negative GGR carried forward was offset."),
      rounds: Type.Integer(),
    }),
  ),
  createdAtMs: EpochMs,
});

export const EntryListQuery = Type.Object(
  {
    kind: Type.Optional(Type.Enum(["top_up", "correction", "fee"])),
    ...PageQuery,
  },
  { additionalProperties: false },
);

export const CreditBody = Type.Object(
  {
    amountMinor: Type.Integer({ description: "Minor units of the billing currency." }),
    currency: Currency,
    paymentReference: Type.Optional(
      Text(200, "The payment's reference (bank transfer, invoice).", "SEPA 2026-12-01 INV-1042"),
    ),
    note: Type.Optional(Text(1000, "Why (corrections: what is corrected).", "December prepayment")),
    idempotencyKey: Type.String({
      minLength: 1,
      maxLength: 128,
      pattern: "^[A-Za-z0-9_.:-]+$",
      examples: ["topup-2026-12-01-1"],
      description: "Your key for this entry: sending it again returns the same entry, never a second one.",
    }),
  },
  { additionalProperties: false },
);

export const AdminAccountSettingsBody = Type.Object(
  {
    currency: Type.Optional(Currency),
    lowCreditThresholdMinor: Type.Optional(Type.Integer({ minimum: 0 })),
  },
  { additionalProperties: false },
);

export const OperatorAccountSettingsBody = Type.Object(
  { lowCreditThresholdMinor: Type.Integer({ minimum: 0 }) },
  { additionalProperties: false },
);

export const CreditEntryResponse = Type.Object({ entry: BillingEntrySchema, account: BillingAccountSchema });
