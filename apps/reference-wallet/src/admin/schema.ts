import { CURRENCY_PATTERN, MAX_PLAYER_ID_LENGTH } from "@croupier/protocol";
import { Type, type Static } from "typebox";

/**
 * TypeBox schemas of the admin API. Money is integer minor units only: the validator does not
 * coerce bodies, so `"100"`, `1.5` and `-1` are refused, and the upper bound keeps every amount
 * a safe integer (larger JSON numbers would already have lost precision).
 */
const MinorUnits = Type.Integer({ minimum: 0, maximum: Number.MAX_SAFE_INTEGER });
const PositiveMinorUnits = Type.Integer({ minimum: 1, maximum: Number.MAX_SAFE_INTEGER });

/** As the protocol's `player_id` (the store checks the finer rules, e.g. no control characters). */
export const PlayerId = Type.String({ minLength: 1, maxLength: MAX_PLAYER_ID_LENGTH });
/** Three capitals, as on the wire; whether ISO 4217 knows the code is the store's call. */
const Currency = Type.String({ pattern: CURRENCY_PATTERN.source });
/** Idempotency key of a manual adjustment, chosen by the caller. */
const Reference = Type.String({ minLength: 1, maxLength: 128, pattern: "^[\\x21-\\x7E]+$" });

export const PlayerParams = Type.Object({ player_id: PlayerId });
export type PlayerParams = Static<typeof PlayerParams>;

export const CreatePlayerBody = Type.Object(
  {
    player_id: PlayerId,
    currency: Currency,
    balance: MinorUnits,
    blocked: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);
export type CreatePlayerBody = Static<typeof CreatePlayerBody>;

export const AdjustmentBody = Type.Object(
  {
    amount: PositiveMinorUnits,
    reference: Reference,
    reason: Type.Optional(Type.String({ maxLength: 256 })),
  },
  { additionalProperties: false },
);
export type AdjustmentBody = Static<typeof AdjustmentBody>;

export const DEFAULT_PAGE_SIZE = 50;

/**
 * `limit` is matched as text: converting "1.5" to an integer would truncate it to 1, and a
 * query string is no place to guess. 1–200, digits only.
 */
const PAGE_SIZE_PATTERN = "^(?:200|1[0-9]{2}|[1-9][0-9]?)$";

export const TransactionsQuery = Type.Object(
  {
    limit: Type.Optional(Type.String({ pattern: PAGE_SIZE_PATTERN })),
    before: Type.Optional(Type.String({ minLength: 1, maxLength: 256 })),
  },
  { additionalProperties: false },
);
export type TransactionsQuery = Static<typeof TransactionsQuery>;

const Day = Type.String({ pattern: "^\\d{4}-\\d{2}-\\d{2}(T[0-9:.]+Z)?$" });

/** `GET /admin/ledger-export`: whole UTC days (`to` inclusive), or ISO instants ([from, to)). */
export const LedgerExportQuery = Type.Object(
  { from: Day, to: Day, format: Type.Optional(Type.Union([Type.Literal("csv"), Type.Literal("jsonl")])) },
  { additionalProperties: false },
);
export type LedgerExportQuery = Static<typeof LedgerExportQuery>;

export const SaltsBody = Type.Object(
  { salts: Type.Array(Type.String({ minLength: 1, maxLength: 256 }), { minItems: 1, maxItems: 8 }) },
  { additionalProperties: false },
);
export type SaltsBody = Static<typeof SaltsBody>;
