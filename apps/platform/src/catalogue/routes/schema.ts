import { Type } from "typebox";
import { EpochMs } from "../../http/schemas.ts";
import { PageQuery } from "../../pagination/cursor.ts";
import { GAME_SORT_NAMES } from "../games/game-cursor.ts";
import {
  FEATURE_PATTERN,
  GAME_TYPES,
  JURISDICTION_PATTERN,
  SLUG_MAX_LENGTH,
  SLUG_PATTERN,
  VOLATILITIES,
} from "../vocabulary.ts";

export const Slug = Type.String({
  pattern: SLUG_PATTERN,
  maxLength: SLUG_MAX_LENGTH,
  examples: ["slots-classic"],
});
const Currency = Type.String({
  pattern: "^[A-Z]{3}$",
  description: "ISO 4217 code, upper case.",
  examples: ["EUR"],
});
const Jurisdiction = Type.String({
  pattern: JURISDICTION_PATTERN,
  description: "ISO 3166 code: GB, US-NJ.",
  examples: ["GB"],
});
const Status = Type.Enum(["active", "disabled"] as const);
const Setting = Type.Enum(["enabled", "disabled", "default"] as const, {
  description: "The operator's explicit choice, or the default (enabled).",
});

export const BetLimitSchema = Type.Object({
  minMinor: Type.Integer({ minimum: 1, description: "Minor units (cents)." }),
  maxMinor: Type.Integer({ minimum: 1, description: "Minor units (cents)." }),
});

export const GameSchema = Type.Object({
  id: Type.String({ description: "Stable slug; the protocol's `game_id`." }),
  name: Type.String(),
  provider: Type.Object({ id: Type.String(), name: Type.String() }),
  type: Type.String({ description: `One of ${GAME_TYPES.join(", ")}.` }),
  rtp: Type.String({ description: 'Percent, two decimals, exact: "96.48".' }),
  rtpBasisPoints: Type.Integer({ description: "The same RTP in basis points: 9648." }),
  volatility: Type.Union([Type.String(), Type.Null()]),
  betLimits: Type.Record(Type.String({ pattern: "^[A-Z]{3}$", examples: ["EUR"] }), BetLimitSchema, {
    description: "Per ISO 4217 currency, integer minor units.",
  }),
  features: Type.Array(Type.String()),
  images: Type.Object({
    thumbnail: Type.Union([Type.String(), Type.Null()]),
    banner: Type.Union([Type.String(), Type.Null()]),
  }),
  blockedJurisdictions: Type.Array(Type.String(), { description: "Where the game may NOT be offered." }),
  releaseDate: Type.String({ description: "YYYY-MM-DD" }),
  demoAvailable: Type.Boolean(),
  popularity: Type.Integer({ description: "Placeholder ranking; 0 for now." }),
});

export const AdminGameSchema = Type.Object({
  ...GameSchema.properties,
  status: Type.Enum(["active", "disabled"] as const, {
    description: "active only when the feed, the admin and the provider all say so.",
  }),
  feedStatus: Status,
  adminStatus: Status,
  providerStatus: Status,
  createdAtMs: EpochMs,
  updatedAtMs: EpochMs,
  lastImportId: Type.Union([Type.String(), Type.Null()]),
});

export const SettingsGameSchema = Type.Object({
  ...GameSchema.properties,
  enabled: Type.Boolean({ description: "Whether your players see it (jurisdictions aside)." }),
  gameSetting: Setting,
  providerSetting: Setting,
});

export const ProviderSchema = Type.Object({ id: Type.String(), name: Type.String() });
export const AdminProviderSchema = Type.Object({
  id: Type.String(),
  name: Type.String(),
  status: Status,
  gameCount: Type.Integer(),
  createdAtMs: EpochMs,
  updatedAtMs: EpochMs,
});
export const SettingsProviderSchema = Type.Object({
  id: Type.String(),
  name: Type.String(),
  gameCount: Type.Integer(),
  enabled: Type.Boolean(),
  setting: Setting,
});

/** Filters and sort shared by every game list. */
const listFields = {
  search: Type.Optional(
    Type.String({ maxLength: 100, description: "Case- and accent-insensitive part of the name." }),
  ),
  provider: Type.Optional(Slug),
  type: Type.Optional(Type.Enum(GAME_TYPES)),
  feature: Type.Optional(Type.String({ pattern: FEATURE_PATTERN, maxLength: 40, examples: ["free_spins"] })),
  volatility: Type.Optional(Type.Enum(VOLATILITIES)),
  currency: Type.Optional(Currency),
  // Digits only: the query coercion would turn "1.5" into 1, and a stake is money.
  stakeMinor: Type.Optional(
    Type.String({
      pattern: "^[1-9][0-9]{0,14}$",
      description: "Games accepting this stake in `currency`, minor units.",
      examples: ["100"],
    }),
  ),
  demoAvailable: Type.Optional(Type.Boolean()),
  sort: Type.Optional(Type.Enum(GAME_SORT_NAMES)),
  order: Type.Optional(
    Type.Enum(["asc", "desc"] as const, { description: "Default: asc for name, desc otherwise." }),
  ),
  ...PageQuery,
};

export const GameListQuery = Type.Object(
  { ...listFields, jurisdiction: Type.Optional(Jurisdiction) },
  { additionalProperties: false },
);
export const AdminGameListQuery = Type.Object(listFields, { additionalProperties: false });
export const JurisdictionQuery = Type.Object(
  { jurisdiction: Type.Optional(Jurisdiction) },
  { additionalProperties: false },
);

export const GameParams = Type.Object({ game_id: Slug });
export const ProviderParams = Type.Object({ provider_id: Slug });
export const ImportParams = Type.Object({ import_id: Type.String({ minLength: 1, maxLength: 64 }) });

export const StatusBody = Type.Object({ status: Status }, { additionalProperties: false });
export const ChoiceBody = Type.Object({ enabled: Type.Boolean() }, { additionalProperties: false });

export const ImportQuery = Type.Object(
  {
    dryRun: Type.Optional(Type.Boolean({ description: "Report only; change and record nothing." })),
    source: Type.Optional(Type.String({ maxLength: 200, description: "Label: file name, feed URL." })),
  },
  { additionalProperties: false },
);

const Counts = Type.Object({
  added: Type.Integer(),
  changed: Type.Integer(),
  unchanged: Type.Integer(),
  refused: Type.Integer(),
});
const RowRef = Type.Object({ row: Type.Integer(), gameId: Type.String() });

export const ImportReportSchema = Type.Object({
  importId: Type.Union([Type.String(), Type.Null()], { description: "Null for a dry run." }),
  dryRun: Type.Boolean(),
  createdAtMs: EpochMs,
  format: Type.Enum(["json", "csv"] as const),
  source: Type.Union([Type.String(), Type.Null()]),
  feedSha256: Type.String(),
  rowsTotal: Type.Integer(),
  counts: Counts,
  added: Type.Array(RowRef),
  changed: Type.Array(
    Type.Object({
      row: Type.Integer(),
      gameId: Type.String(),
      fields: Type.Array(Type.String()),
      changes: Type.Record(Type.String(), Type.Object({ from: Type.Unknown(), to: Type.Unknown() })),
    }),
  ),
  unchanged: Type.Array(RowRef),
  refused: Type.Array(
    Type.Object({
      row: Type.Integer({
        description: "JSON: index in `games` from 1. CSV: line in the file (header = 1).",
      }),
      gameId: Type.Union([Type.String(), Type.Null()]),
      errors: Type.Array(Type.Object({ field: Type.String(), reason: Type.String() })),
    }),
  ),
  providers: Type.Object({
    added: Type.Array(Type.Object({ id: Type.String(), name: Type.String() })),
    renamed: Type.Array(Type.Object({ id: Type.String(), from: Type.String(), to: Type.String() })),
  }),
  warnings: Type.Array(Type.String()),
});

export const ImportSummarySchema = Type.Object({
  id: Type.String(),
  createdAtMs: EpochMs,
  actor: Type.Object({ kind: Type.String(), id: Type.String() }),
  format: Type.Enum(["json", "csv"] as const),
  source: Type.Union([Type.String(), Type.Null()]),
  feedSha256: Type.String(),
  rowsTotal: Type.Integer(),
  counts: Counts,
});

export const ImportDetailSchema = Type.Object({
  ...ImportSummarySchema.properties,
  report: ImportReportSchema,
});

export const LobbySettingsSchema = Type.Object({
  launchUrl: Type.Union([Type.String(), Type.Null()], {
    description: "Where a tile sends the player's browser, with `game_id` added to the query.",
  }),
  frameAncestors: Type.Array(Type.String(), {
    description: "Origins allowed to embed the lobby; empty: your website.",
  }),
  lobbyPath: Type.String({ description: "Path of your lobby page on this service." }),
});

export const LobbySettingsBody = Type.Object(
  {
    launchUrl: Type.Union([Type.String({ maxLength: 2048 }), Type.Null()]),
    frameAncestors: Type.Array(Type.String({ maxLength: 200 }), { maxItems: 10 }),
  },
  { additionalProperties: false },
);
