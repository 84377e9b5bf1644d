import { adminActorOf } from "../http/callers.ts";
import { adminProblem } from "../surfaces/admin/problems.ts";
import { OperatorIdParams } from "../admin/schema.ts";
import { pageParams } from "../http/page-params.ts";
import { withProblems } from "../http/schemas.ts";
import type { RouteFile } from "../http/types.ts";
import { getOperator } from "../operators/operators.ts";
import { PageOf } from "../pagination/cursor.ts";
import { updateAccountSettings } from "./account-settings.ts";
import { postCredit, readAccount } from "./credit-ledger.ts";
import { notifyCreditChange } from "./credit-notices.ts";
import { listEntries } from "./list-entries.ts";
import { presentAccount, presentEntry } from "./present.ts";

import {
  AdminAccountSettingsBody,
  BillingAccountSchema,
  BillingEntrySchema,
  CreditBody,
  CreditEntryResponse,
  EntryListQuery,
} from "./schema.ts";

const tags = ["admin"];
const security = [{ adminSession: [] }];

/** Prepaid credit for staff: an operator's account and entries, top-ups, corrections, settings. */
export const adminCreditRoutes: RouteFile = (app, ctx) => {
  const { deps } = ctx;
  const known = async (operatorId: string) => {
    if ((await getOperator(deps, operatorId)) === undefined)
      throw adminProblem("OPERATOR_NOT_FOUND", `No operator ${operatorId}.`);
  };

  app.get(
    "/operators/:operatorId/billing",
    {
      schema: {
        tags,
        security,
        summary: "An operator's prepaid credit account: billing currency, balance, threshold, state",
        params: OperatorIdParams,
        response: withProblems({ 200: BillingAccountSchema }),
      },
    },
    async (request) => {
      await known(request.params.operatorId);
      return presentAccount(await readAccount(deps, request.params.operatorId));
    },
  );

  app.get(
    "/operators/:operatorId/billing/entries",
    {
      schema: {
        tags,
        security,
        summary: "An operator's credit entries, newest first",
        params: OperatorIdParams,
        querystring: EntryListQuery,
        response: withProblems({ 200: PageOf(BillingEntrySchema) }),
      },
    },
    async (request) => {
      await known(request.params.operatorId);
      const page = await listEntries(deps, {
        operatorId: request.params.operatorId,
        kind: request.query.kind,
        ...pageParams(request.query),
      });
      return { items: page.items.map(presentEntry), nextCursor: page.nextCursor };
    },
  );

  for (const kind of ["top_up", "correction"] as const) {
    app.post(
      kind === "top_up"
        ? "/operators/:operatorId/billing/top-ups"
        : "/operators/:operatorId/billing/corrections",
      {
        schema: {
          tags,
          security,
          summary:
            kind === "top_up"
              ? "Record a top-up of prepaid credit (idempotent by idempotencyKey; audited)"
              : "Record a correction: a new signed entry, never an edit (idempotent by idempotencyKey; audited)",
          params: OperatorIdParams,
          body: CreditBody,
          response: withProblems({ 201: CreditEntryResponse, 200: CreditEntryResponse }),
        },
      },
      async (request, reply) => {
        const operatorId = request.params.operatorId;
        const result = await postCredit(deps, {
          operatorId,
          kind,
          ...request.body,
          actor: adminActorOf(request),
        });
        if (!result.ok) throw adminProblem.from(result);
        if (!result.replayed) await notifyCreditChange(deps, operatorId);
        reply.code(result.replayed ? 200 : 201);
        return {
          entry: presentEntry(result.entry),
          account: presentAccount(await readAccount(deps, operatorId)),
        };
      },
    );
  }

  app.patch(
    "/operators/:operatorId/billing/settings",
    {
      schema: {
        tags,
        security,
        summary: "Set the billing currency (before the first entry) or the low-credit threshold",
        params: OperatorIdParams,
        body: AdminAccountSettingsBody,
        response: withProblems({ 200: BillingAccountSchema }),
      },
    },
    async (request) => {
      const result = await updateAccountSettings(deps, {
        operatorId: request.params.operatorId,
        currency: request.body.currency,
        lowCreditThresholdMinor: request.body.lowCreditThresholdMinor,
        actor: adminActorOf(request),
      });
      if (!result.ok) throw adminProblem.from(result);
      await notifyCreditChange(deps, request.params.operatorId);
      return presentAccount(result.account);
    },
  );
};
