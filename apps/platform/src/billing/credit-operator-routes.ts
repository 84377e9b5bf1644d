import type { FastifyRequest } from "fastify";
import { backofficeActorOf, backofficeCallerOf } from "../http/callers.ts";
import { backofficeProblem } from "../surfaces/backoffice/problems.ts";
import { pageParams } from "../http/page-params.ts";
import { withProblems } from "../http/schemas.ts";
import type { RouteFile, TypedFastify } from "../http/types.ts";
import { apiCallerOf } from "../http/callers.ts";
import { PageOf } from "../pagination/cursor.ts";
import type { ServiceDeps } from "../deps.ts";
import { updateAccountSettings } from "./account-settings.ts";
import { readAccount } from "./credit-ledger.ts";
import { notifyCreditChange } from "./credit-notices.ts";
import { listEntries } from "./list-entries.ts";
import { presentAccount, presentEntry } from "./present.ts";
import {
  BillingAccountSchema,
  BillingEntrySchema,
  EntryListQuery,
  OperatorAccountSettingsBody,
} from "./schema.ts";

/** The two read routes, the same on /v1 and /backoffice; `operatorOf` says whose. */
function creditReadRoutes(
  app: TypedFastify,
  deps: ServiceDeps,
  surface: {
    tags: string[];
    security: Array<Record<string, string[]>>;
    operatorOf: (r: FastifyRequest) => string;
  },
): void {
  const { tags, security } = surface;
  app.get(
    "/billing",
    {
      schema: {
        tags,
        security,
        summary: "Your prepaid credit: billing currency, balance, low-credit threshold, state",
        response: withProblems({ 200: BillingAccountSchema }),
      },
    },
    async (request) => presentAccount(await readAccount(deps, surface.operatorOf(request))),
  );
  app.get(
    "/billing/entries",
    {
      schema: {
        tags,
        security,
        summary: "Every entry of your prepaid credit (top-ups, corrections, fees), newest first",
        querystring: EntryListQuery,
        response: withProblems({ 200: PageOf(BillingEntrySchema) }),
      },
    },
    async (request) => {
      const page = await listEntries(deps, {
        operatorId: surface.operatorOf(request),
        kind: request.query.kind,
        ...pageParams(request.query),
      });
      return { items: page.items.map(presentEntry), nextCursor: page.nextCursor };
    },
  );
}

/** Prepaid credit on `/v1` (read only). */
export const operatorApiCreditRoutes: RouteFile = (app, ctx) =>
  creditReadRoutes(app, ctx.deps, {
    tags: ["operator-api"],
    security: [{ apiCredential: [] }],
    operatorOf: (request) => apiCallerOf(request).operatorId,
  });

/** Prepaid credit in the backoffice: read, and the operator's own low-credit threshold. */
export const backofficeCreditRoutes: RouteFile = (app, ctx) => {
  const tags = ["backoffice"];
  const security = [{ backofficeSession: [] }];
  creditReadRoutes(app, ctx.deps, {
    tags,
    security,
    operatorOf: (request) => backofficeCallerOf(request).operatorId,
  });
  app.patch(
    "/billing/settings",
    {
      schema: {
        tags,
        security,
        summary: "Set your low-credit threshold (you are notified when the balance falls to it)",
        body: OperatorAccountSettingsBody,
        response: withProblems({ 200: BillingAccountSchema }),
      },
    },
    async (request) => {
      const operatorId = backofficeCallerOf(request).operatorId;
      const result = await updateAccountSettings(ctx.deps, {
        operatorId,
        lowCreditThresholdMinor: request.body.lowCreditThresholdMinor,
        actor: backofficeActorOf(request),
      });
      if (!result.ok) throw backofficeProblem.from(result);
      await notifyCreditChange(ctx.deps, operatorId);
      return presentAccount(result.account);
    },
  );
};
