import { Type } from "typebox";
import { SLUG_MAX_LENGTH, SLUG_PATTERN } from "../catalogue/vocabulary.ts";
import { EpochMs } from "../http/schemas.ts";
import { PageQuery } from "../pagination/cursor.ts";
import { LAUNCH_PLACEHOLDERS, LAUNCH_TEMPLATE_MAX_LENGTH } from "./launch-template.ts";

const StudioId = Type.String({
  pattern: SLUG_PATTERN,
  maxLength: SLUG_MAX_LENGTH,
  description: "The catalogue provider id of the studio's games (kebab-case slug).",
  examples: ["acme-gaming"],
});
const Name = Type.String({ minLength: 1, maxLength: 200, pattern: "\\S", examples: ["Acme Gaming"] });
const LaunchUrlTemplate = Type.String({
  minLength: 1,
  maxLength: LAUNCH_TEMPLATE_MAX_LENGTH,
  description:
    "Absolute http(s) URL the player is sent to at launch. Placeholders, URL-encoded when filled: " +
    `${LAUNCH_PLACEHOLDERS.map((name) => `{${name}}`).join(", ")}. {token} is required.`,
});
export const StudioStatusSchema = Type.Enum(["active", "disabled"]);
const MaxWinMultiple = Type.Integer({
  minimum: 1,
  maximum: 1_000_000,
  description:
    "The most one round of the studio's games may pay in total, as a multiple of the round's standing stakes; a win past it is refused (`WIN_LIMIT_EXCEEDED`). Default 10,000.",
});

export const StudioSchema = Type.Object({
  id: Type.String(),
  name: Type.String(),
  launchUrlTemplate: Type.String(),
  status: StudioStatusSchema,
  maxWinMultiple: MaxWinMultiple,
  createdAtMs: EpochMs,
  updatedAtMs: EpochMs,
});

export const StudioKeySchema = Type.Object({
  id: Type.String({ description: "Key id, sent as `X-Croupier-Key-Id`." }),
  studioId: Type.String(),
  label: Type.String(),
  createdAtMs: EpochMs,
  revokedAtMs: Type.Union([EpochMs, Type.Null()]),
  lastUsedAtMs: Type.Union([EpochMs, Type.Null()]),
});

export const StudioParams = Type.Object({ studioId: Type.String({ minLength: 1, maxLength: 64 }) });
export const StudioKeyParams = Type.Object({
  studioId: Type.String({ minLength: 1, maxLength: 64 }),
  keyId: Type.String({ minLength: 1, maxLength: 64 }),
});

export const CreateStudioBody = Type.Object(
  {
    id: StudioId,
    name: Name,
    launchUrlTemplate: LaunchUrlTemplate,
    maxWinMultiple: Type.Optional(MaxWinMultiple),
  },
  { additionalProperties: false },
);

export const UpdateStudioBody = Type.Object(
  {
    name: Type.Optional(Name),
    launchUrlTemplate: Type.Optional(LaunchUrlTemplate),
    status: Type.Optional(StudioStatusSchema),
    maxWinMultiple: Type.Optional(MaxWinMultiple),
  },
  { additionalProperties: false, minProperties: 1 },
);

export const StudioListQuery = Type.Object(PageQuery, { additionalProperties: false });

export const StudioKeyListQuery = Type.Object(
  { includeRevoked: Type.Optional(Type.Boolean()) },
  { additionalProperties: false },
);

export const IssueStudioKeyBody = Type.Object(
  { label: { ...Name, examples: ["production servers"] } },
  { additionalProperties: false },
);

export const IssuedStudioKeyResponse = Type.Object({
  key: StudioKeySchema,
  secret: Type.String({ description: "The HMAC secret. Shown in this answer only; store it now." }),
});
