import { MAX_PLAYER_ID_LENGTH } from "@croupier/protocol";
import { Type } from "typebox";
import { EnvironmentSchema, EpochMs } from "../http/schemas.ts";

const HttpUrl = (description: string, example: string) =>
  Type.String({ minLength: 1, maxLength: 2048, pattern: "^https?://", description, examples: [example] });

export const CreateSessionBody = Type.Object(
  {
    player_id: Type.String({
      minLength: 1,
      maxLength: MAX_PLAYER_ID_LENGTH,
      pattern: "^[^\\u0000-\\u001f\\u007f-\\u009f]+$",
      description: "Your player id; sent back to your wallet in every call.",
      examples: ["player-1042"],
    }),
    currency: Type.String({
      pattern: "^[A-Z]{3}$",
      description: "ISO 4217 code of the player's wallet.",
      examples: ["EUR"],
    }),
    game_id: Type.String({
      minLength: 1,
      maxLength: 128,
      pattern: "^[A-Za-z0-9_.:-]+$",
      examples: ["slots-classic"],
    }),
    language: Type.String({
      pattern: "^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8}){0,3}$",
      maxLength: 35,
      description: "BCP 47 tag, e.g. `en`, `pt-BR`.",
      examples: ["en"],
    }),
    return_url: HttpUrl(
      "Where the game's exit/home button sends the player (absolute http(s) URL).",
      "https://luckystar.example/lobby",
    ),
    cashier_url: HttpUrl(
      "Where the game's deposit button sends the player (absolute http(s) URL).",
      "https://luckystar.example/cashier",
    ),
    demo: Type.Optional(
      Type.Boolean({
        description:
          "Play money held by the platform for this session only; your wallet is never called. Default false.",
      }),
    ),
  },
  { additionalProperties: false },
);

export const CreatedSessionResponse = Type.Object({
  session_id: Type.String(),
  launch_url: Type.String({
    description: "Send the player's browser here; works once, until `launch_expires_at_ms`.",
  }),
  launch_expires_at_ms: EpochMs,
  demo: Type.Boolean(),
});

export const SessionSchema = Type.Object({
  session_id: Type.String(),
  status: Type.Enum(["created", "active", "ended", "expired"]),
  environment: EnvironmentSchema,
  player_id: Type.String(),
  currency: Type.String(),
  game_id: Type.String(),
  studio_id: Type.String(),
  language: Type.String(),
  demo: Type.Boolean(),
  balance: Type.Union([Type.Integer(), Type.Null()], {
    description: "Demo: the play-money balance. Real play: the last balance your wallet reported.",
  }),
  created_at_ms: EpochMs,
  launched_at_ms: Type.Union([EpochMs, Type.Null()]),
  last_activity_at_ms: EpochMs,
  ended_at_ms: Type.Union([EpochMs, Type.Null()]),
  end_reason: Type.Union([Type.String(), Type.Null()]),
});

export const SessionParams = Type.Object({ session_id: Type.String({ minLength: 1, maxLength: 64 }) });

export const LaunchTokenParams = Type.Object({ token: Type.String({ minLength: 1, maxLength: 128 }) });
