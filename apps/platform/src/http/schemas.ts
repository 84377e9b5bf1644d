import { Type, type TSchema } from "typebox";

/** The problem+json body, as documented in OpenAPI for every 4xx/5xx answer. */
export const ProblemSchema = Type.Object(
  {
    type: Type.String({ format: "uri", description: "https://croupier.dev/problems/<code>" }),
    title: Type.String(),
    status: Type.Integer(),
    detail: Type.String(),
    code: Type.String({ description: "Stable machine-readable code from the surface's catalogue." }),
    instance: Type.String({ description: "Path of the request that failed." }),
    requestId: Type.String({ description: "Also in the X-Request-Id response header and our logs." }),
    errors: Type.Optional(
      Type.Array(Type.Object({ in: Type.String(), field: Type.String(), message: Type.String() }), {
        description: "VALIDATION_FAILED: one entry per invalid field.",
      }),
    ),
  },
  { additionalProperties: true },
);

/** The problem answers as they go out: `application/problem+json` (RFC 9457), not plain JSON. */
const ProblemResponse = {
  description: "A problem (RFC 9457); `code` is stable, see /problems.",
  content: { "application/problem+json": { schema: ProblemSchema } },
};

/** Adds the problem answers to a route's response schemas, for OpenAPI and serialization. */
export function withProblems<R extends Record<number, TSchema>>(responses: R) {
  return { ...responses, "4xx": ProblemResponse, "5xx": ProblemResponse };
}

/** Epoch milliseconds, as every `*AtMs` field. */
export const EpochMs = Type.Integer({ minimum: 0, description: "Epoch milliseconds (UTC)." });

export const EnvironmentSchema = Type.Enum(["sandbox", "live"]);

/** An ISO 4217 currency code, upper case. `description` says what the code is of. */
export function CurrencyCode(description = "ISO 4217 code.") {
  return Type.String({ pattern: "^[A-Z]{3}$", description, examples: ["EUR"] });
}

/** A calendar day in UTC, YYYY-MM-DD. `description` says how the day bounds a range. */
export function UtcDay(description = "A day, YYYY-MM-DD (UTC).") {
  return Type.String({ pattern: "^\\d{4}-\\d{2}-\\d{2}$", description, examples: ["2026-12-01"] });
}
