import type { FastifyRequest } from "fastify";
import { Type } from "typebox";
import { backofficeActorOf, backofficeCallerOf } from "../http/callers.ts";
import { backofficeProblem } from "../surfaces/backoffice/problems.ts";
import { pageParams } from "../http/page-params.ts";
import { privateNetworksAllowed } from "../callbacks/address-policy.ts";
import { withProblems } from "../http/schemas.ts";
import type { AppContext, RouteFile, TypedFastify } from "../http/types.ts";
import { apiCallerOf } from "../http/callers.ts";
import { keysetPage, PageOf, PageQuery } from "../pagination/cursor.ts";
import type { OperatorNotificationsTable } from "./tables.ts";
import { setWebhook, webhookStatus } from "./webhook-settings.ts";

const NotificationSchema = Type.Object({
  id: Type.String(),
  event: Type.String(),
  state: Type.Enum(["pending", "delivered", "failed", "no_webhook"]),
  attempts: Type.Integer(),
  lastError: Type.Union([Type.String(), Type.Null()]),
  createdAtMs: Type.Integer(),
  deliveredAtMs: Type.Union([Type.Integer(), Type.Null()]),
  payload: Type.Record(Type.String(), Type.Unknown()),
});

const WebhookStatusSchema = Type.Object({
  url: Type.Union([Type.String(), Type.Null()]),
  updatedAtMs: Type.Union([Type.Integer(), Type.Null()]),
  lastDelivery: Type.Union([
    Type.Object({
      event: Type.String(),
      state: Type.Enum(["delivered", "failed"]),
      createdAtMs: Type.Integer(),
      deliveredAtMs: Type.Union([Type.Integer(), Type.Null()]),
      attempts: Type.Integer(),
      error: Type.Union([Type.String(), Type.Null()]),
    }),
    Type.Null(),
  ]),
  pending: Type.Integer({ description: "Events waiting for a delivery attempt." }),
  retrying: Type.Boolean({ description: "Whether a waiting event's last attempt failed." }),
});

const present = (n: OperatorNotificationsTable) => ({
  id: n.id,
  event: n.event,
  state: n.state,
  attempts: n.attempts,
  lastError: n.last_error,
  createdAtMs: n.created_at_ms,
  deliveredAtMs: n.delivered_at_ms,
  payload: JSON.parse(n.payload) as Record<string, unknown>,
});

function listRoute(
  app: TypedFastify,
  ctx: AppContext,
  surface: {
    tags: string[];
    security: Array<Record<string, string[]>>;
    operatorOf: (r: FastifyRequest) => string;
  },
) {
  app.get(
    "/notifications",
    {
      schema: {
        tags: surface.tags,
        security: surface.security,
        summary:
          "Events to act on (application decided, low credit, credit exhausted, a call waiting for manual resolution, salt rotation started), newest first, with their webhook delivery",
        querystring: Type.Object({ ...PageQuery }, { additionalProperties: false }),
        response: withProblems({ 200: PageOf(NotificationSchema) }),
      },
    },
    async (request) => {
      const page = await keysetPage(
        ctx.deps.db
          .selectFrom("operator_notifications")
          .selectAll()
          .where("operator_id", "=", surface.operatorOf(request)),
        {
          sortColumn: "created_at_ms",
          idColumn: "id",
          direction: "desc",
          ...pageParams(request.query),
          positionOf: (row) => ({ sortKey: row.created_at_ms, id: row.id }),
        },
      );
      return { items: page.items.map(present), nextCursor: page.nextCursor };
    },
  );
}

export const operatorApiNotificationRoutes: RouteFile = (app, ctx) =>
  listRoute(app, ctx, {
    tags: ["operator-api"],
    security: [{ apiCredential: [] }],
    operatorOf: (request) => apiCallerOf(request).operatorId,
  });

export const backofficeNotificationRoutes: RouteFile = (app, ctx) => {
  const tags = ["backoffice"];
  const security = [{ backofficeSession: [] }];
  listRoute(app, ctx, { tags, security, operatorOf: (request) => backofficeCallerOf(request).operatorId });
  app.get(
    "/notifications/webhook",
    {
      schema: {
        tags,
        security,
        summary:
          "The webhook events are POSTed to (url null: none set) and how its deliveries go; the signing secret is never shown again",
        response: withProblems({ 200: WebhookStatusSchema }),
      },
    },
    async (request) => webhookStatus(ctx.deps, backofficeCallerOf(request).operatorId),
  );
  app.put(
    "/notifications/webhook",
    {
      schema: {
        tags,
        security,
        summary:
          "Set the webhook URL events are POSTed to (null removes it); the answer holds the new signing secret, shown only now",
        body: Type.Object(
          { url: Type.Union([Type.String({ minLength: 1, maxLength: 2048 }), Type.Null()]) },
          { additionalProperties: false },
        ),
        response: withProblems({
          200: Type.Object({
            url: Type.Union([Type.String(), Type.Null()]),
            signingSecret: Type.Optional(Type.String()),
          }),
        }),
      },
    },
    async (request) => {
      const result = await setWebhook(ctx.deps, {
        operatorId: backofficeCallerOf(request).operatorId,
        url: request.body.url,
        actor: backofficeActorOf(request),
        // Webhooks reach operators' production systems: private addresses only under the tests' policy.
        allowPrivateNetworks: privateNetworksAllowed(ctx.allowPrivateCallbackUrls, "live"),
      });
      if (!result.ok) throw backofficeProblem.from(result);
      return {
        url: result.url,
        ...(result.signingSecret === undefined ? {} : { signingSecret: result.signingSecret }),
      };
    },
  );
};
