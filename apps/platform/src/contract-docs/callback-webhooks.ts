/**
 * The operator's callback described as OpenAPI 3.1 `webhooks`: requests the platform sends and
 * the answers it expects (docs/protocol.md is the full contract). Built from the protocol
 * package's schemas, so the description cannot drift from the types the code uses.
 */
import type { FastifyDynamicSwaggerOptions } from "@fastify/swagger";
import {
  BalanceRequestSchema,
  CreditRequestSchema,
  DebitRequestSchema,
  ErrorResponseSchema,
  OkResponseSchema,
} from "@croupier/protocol";

/**
 * Plain JSON Schema for inlining: TypeBox's symbol keys go with serialisation, and `$id` goes
 * too, since the answers are inlined under each of the three webhooks and an id may occur once.
 */
function plain(schema: object): Record<string, unknown> {
  return JSON.parse(JSON.stringify(schema), (key, value: unknown) =>
    key === "$id" ? undefined : value,
  ) as Record<string, unknown>;
}

const SIGNATURE_HEADERS = [
  {
    name: "webhook-id",
    in: "header",
    required: true,
    description: "The call's `call_id` (Standard Webhooks).",
    schema: { type: "string" },
  },
  {
    name: "webhook-timestamp",
    in: "header",
    required: true,
    description: "The body's `timestamp`, as sent.",
    schema: { type: "string" },
  },
  {
    name: "webhook-signature",
    in: "header",
    required: true,
    description:
      'Space-separated `v1,<base64 HMAC-SHA256(salt key, "<webhook-id>.<webhook-timestamp>.<raw body>")>`. ' +
      "Operators may require it; a mismatch is INVALID_KEY. See docs/protocol.md#body-signature.",
    schema: { type: "string" },
  },
] as const;

function callback(
  action: "balance" | "debit" | "credit",
  summary: string,
  description: string,
  request: object,
) {
  return {
    post: {
      operationId: `walletCallback${action[0]!.toUpperCase()}${action.slice(1)}`,
      tags: ["wallet-callback"],
      summary,
      description:
        `${description} Sent to the operator's callback URL. The operator answers HTTP 200 always; any other ` +
        "status, another body or no answer within the timeout is an unknown outcome. Under the compatibility " +
        "profile the same fields travel as a GET query string (docs/protocol.md#compatibility-profile).",
      parameters: SIGNATURE_HEADERS,
      requestBody: { required: true, content: { "application/json": { schema: plain(request) } } },
      responses: {
        "200": {
          description: "Every answer, refusals included, is HTTP 200 with one of these bodies.",
          content: {
            "application/json": {
              schema: { oneOf: [plain(OkResponseSchema), plain(ErrorResponseSchema)] },
            },
          },
        },
      },
    },
  };
}

type OpenApiWebhooks = NonNullable<
  Extract<NonNullable<FastifyDynamicSwaggerOptions["openapi"]>, { webhooks?: unknown }>["webhooks"]
>;

/**
 * The `webhooks` field of the platform's OpenAPI document.
 *
 * @example
 * app.register(swagger, { openapi: { openapi: "3.1.0", webhooks: walletCallbackWebhooks(), … } });
 */
export function walletCallbackWebhooks(): OpenApiWebhooks {
  const webhooks = {
    walletBalance: callback(
      "balance",
      "Balance check",
      "The player's balance, at session start and whenever a game asks.",
      BalanceRequestSchema,
    ),
    walletDebit: callback(
      "debit",
      "Bet (debit), or rollback of a win",
      "Takes a bet; with `rb` 1 takes back the credit named by `rb_call_id`. Sent once; an unknown outcome " +
        "is rolled back (native profile) or held for review (compatibility profile).",
      DebitRequestSchema,
    ),
    walletCredit: callback(
      "credit",
      "Win (credit), or rollback of a bet",
      "Pays a win; with `rb` 1 returns the debit named by `rb_call_id`. Retried with the same `call_id` " +
        "until acknowledged.",
      CreditRequestSchema,
    ),
  };
  // The operation objects are built from plain JSON Schema, which openapi-types cannot follow.
  return webhooks as unknown as OpenApiWebhooks;
}
