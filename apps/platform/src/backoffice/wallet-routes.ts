import { withProblems } from "../http/schemas.ts";
import type { RouteFile } from "../http/types.ts";
import { getWalletSettings, updateWalletSettings } from "../operators/wallet-settings.ts";
import { sendTestCall } from "../operators/wallet-test-call.ts";
import { backofficeActorOf, backofficeCallerOf } from "../http/callers.ts";
import { backofficeProblem } from "../surfaces/backoffice/problems.ts";
import {
  EnvironmentParams,
  TestCallBody,
  WalletCallReportSchema,
  WalletSettingsBody,
  WalletSettingsSchema,
} from "./schema.ts";

const security = [{ backofficeSession: [] }];

/** Callback URL and wallet settings per environment, and "send a test call". */
export const walletRoutes: RouteFile = (app, ctx) => {
  app.get(
    "/environments/:environment/wallet-settings",
    {
      schema: {
        tags: ["backoffice"],
        summary: "Callback URL and call settings of an environment",
        security,
        params: EnvironmentParams,
        response: withProblems({ 200: WalletSettingsSchema }),
      },
    },
    async (request) => {
      const result = await getWalletSettings(
        ctx.deps,
        backofficeCallerOf(request).operatorId,
        request.params.environment,
      );
      if (!result.ok) throw backofficeProblem.from(result);
      return result.settings;
    },
  );

  app.patch(
    "/environments/:environment/wallet-settings",
    {
      schema: {
        tags: ["backoffice"],
        summary: "Change the callback URL and/or call settings of an environment (absent fields stay)",
        security,
        params: EnvironmentParams,
        body: WalletSettingsBody,
        response: withProblems({ 200: WalletSettingsSchema }),
      },
    },
    async (request) => {
      const result = await updateWalletSettings(ctx.deps, {
        operatorId: backofficeCallerOf(request).operatorId,
        environment: request.params.environment,
        changes: request.body,
        actor: backofficeActorOf(request),
        allowPrivateNetworks: ctx.allowPrivateCallbackUrls,
      });
      if (!result.ok) throw backofficeProblem.from(result);
      return result.settings;
    },
  );

  app.post(
    "/environments/:environment/test-call",
    {
      // Per operator (after authentication), not per IP: every test call makes the platform
      // call the operator's URL, whoever asks.
      preHandler: app.rateLimit({
        max: ctx.limits.testCallsPerMinute,
        timeWindow: 60_000,
        keyGenerator: (request) => `test-call:${backofficeCallerOf(request).operatorId}`,
      }),
      schema: {
        tags: ["backoffice"],
        summary:
          "Send a signed `balance` call to your callback URL and see the request, the answer and the time",
        security,
        params: EnvironmentParams,
        body: TestCallBody,
        response: withProblems({ 200: WalletCallReportSchema }),
      },
    },
    async (request) => {
      const result = await sendTestCall(ctx.deps, {
        operatorId: backofficeCallerOf(request).operatorId,
        environment: request.params.environment,
        playerId: request.body.playerId,
        currency: request.body.currency,
      });
      if (!result.ok) throw backofficeProblem.from(result);
      return result.report;
    },
  );
};
