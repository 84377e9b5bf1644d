import { Type } from "typebox";
import { Email, OperatorStatusSchema, Password } from "../backoffice/schema.ts";
import { EpochMs } from "../http/schemas.ts";
import { PageQuery } from "../pagination/cursor.ts";

export const AdminSchema = Type.Object({
  id: Type.String(),
  email: Type.String(),
  createdAtMs: EpochMs,
  createdByAdminId: Type.Union([Type.String(), Type.Null()]),
  lastLoginAtMs: Type.Union([EpochMs, Type.Null()]),
});

export const AdminLoginBody = Type.Object(
  {
    email: Email,
    password: Type.String({ minLength: 1, maxLength: 200 }),
    totpCode: Type.Optional(
      Type.String({
        minLength: 6,
        maxLength: 20,
        description: "Needed when the account has a second factor.",
      }),
    ),
  },
  { additionalProperties: false },
);

export const AdminLoginResponse = Type.Object({
  token: Type.String(),
  expiresAtMs: EpochMs,
  admin: AdminSchema,
});

export const CreateAdminBody = Type.Object(
  { email: Email, password: Password },
  { additionalProperties: false },
);

export const OperatorListQuery = Type.Object(
  {
    status: Type.Optional(OperatorStatusSchema),
    search: Type.Optional(
      Type.String({ maxLength: 100, description: "Part of the company name or contact email." }),
    ),
    ...PageQuery,
  },
  { additionalProperties: false },
);

export const OperatorIdParams = Type.Object({ operatorId: Type.String({ minLength: 1, maxLength: 64 }) });

const Reason = Type.String({
  minLength: 1,
  maxLength: 2000,
  pattern: "\\S",
  description: "Shown to the operator.",
  examples: ["The licence documents are confirmed."],
});
export const ReasonBody = Type.Object({ reason: Reason }, { additionalProperties: false });

export const AuditEntrySchema = Type.Object({
  id: Type.String(),
  atMs: EpochMs,
  actorKind: Type.Enum(["admin", "operator_user", "system"]),
  actorId: Type.String(),
  action: Type.String(),
  targetKind: Type.String(),
  targetId: Type.String(),
  details: Type.Record(Type.String(), Type.Unknown()),
});

export const AuditQuery = Type.Object(
  {
    actorId: Type.Optional(Type.String({ maxLength: 64 })),
    targetId: Type.Optional(Type.String({ maxLength: 64 })),
    action: Type.Optional(Type.String({ maxLength: 64 })),
    ...PageQuery,
  },
  { additionalProperties: false },
);
