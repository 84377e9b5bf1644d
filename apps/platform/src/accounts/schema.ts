import { Type } from "typebox";
import { Email, Password } from "../backoffice/schema.ts";
import { EpochMs } from "../http/schemas.ts";
import { TEAM_ROLES } from "./tables.ts";
import { SecondFactorSummary } from "./security-summary.ts";

export const RoleSchema = Type.Enum(TEAM_ROLES, {
  description:
    "owner: everything incl. team; developer: integration; finance: explorer and exports; viewer: read-only.",
});

export const TeamSchema = Type.Object({
  members: Type.Array(
    Type.Object({
      userId: Type.String(),
      email: Type.String(),
      role: RoleSchema,
      createdAtMs: EpochMs,
      lastLoginAtMs: Type.Union([EpochMs, Type.Null()]),
    }),
  ),
  invites: Type.Array(
    Type.Object({
      id: Type.String(),
      email: Type.String(),
      role: RoleSchema,
      createdAtMs: EpochMs,
      expiresAtMs: EpochMs,
    }),
  ),
});

export const InviteBody = Type.Object({ email: Email, role: RoleSchema }, { additionalProperties: false });
export const InviteResponse = Type.Object({
  id: Type.String(),
  email: Type.String(),
  role: RoleSchema,
  expiresAtMs: EpochMs,
});
export const RoleBody = Type.Object({ role: RoleSchema }, { additionalProperties: false });
export const MemberParams = Type.Object({ userId: Type.String({ minLength: 1, maxLength: 64 }) });
export const InviteParams = Type.Object({ inviteId: Type.String({ minLength: 1, maxLength: 64 }) });

export const AcceptInviteBody = Type.Object(
  { token: Type.String({ minLength: 10, maxLength: 200 }), password: Password },
  { additionalProperties: false },
);
export const AcceptInviteResponse = Type.Object({ userId: Type.String(), email: Type.String() });

export const AccountSchema = Type.Object({
  userId: Type.String(),
  email: Type.String(),
  role: RoleSchema,
  secondFactor: SecondFactorSummary,
});

export const TotpSetupResponse = Type.Object({
  secret: Type.String({
    description: "Base32; shown only now. Type it into an authenticator app or use the URI.",
  }),
  uri: Type.String({ description: "otpauth:// URI (render it as a QR code)." }),
});
export const TotpCodeBody = Type.Object(
  {
    code: Type.String({
      minLength: 6,
      maxLength: 20,
      description: "A 6-digit code (or a recovery code to disable).",
    }),
  },
  { additionalProperties: false },
);
export const TotpEnabledResponse = Type.Object({
  recoveryCodes: Type.Array(Type.String(), {
    description: "Shown only now; each works once instead of a code.",
  }),
});

export const AccountMailSchema = Type.Object({
  id: Type.String(),
  to: Type.String(),
  subject: Type.String(),
  body: Type.Union([Type.String(), Type.Null()], {
    description:
      "The text, for mail that was only logged (no SMTP). Null for mail sent by SMTP: its links belong to the recipient alone.",
  }),
  createdAtMs: EpochMs,
  status: Type.Union([
    Type.Literal("logged"),
    Type.Literal("pending"),
    Type.Literal("sent"),
    Type.Literal("failed"),
  ]),
  attempts: Type.Integer(),
  lastError: Type.Union([Type.String(), Type.Null()]),
  nextAttemptAtMs: Type.Union([EpochMs, Type.Null()]),
  sentAtMs: Type.Union([EpochMs, Type.Null()]),
});
