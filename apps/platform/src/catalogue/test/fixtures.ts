import { createPasswordCheckGate } from "../../auth/password-check-gate.ts";
import { randomBytes } from "node:crypto";
import { TypeBoxValidatorCompiler, type TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import Fastify from "fastify";
import type { AdminCaller, BackofficeCaller } from "../../http/callers.ts";
import { composePlatform } from "../../compose.ts";
import type { TestDb } from "../../db/test-databases.ts";
import type { ServiceDeps } from "../../deps.ts";
import { installProblemHandlers } from "../../http/error-handler.ts";
import { createMetrics } from "../../http/metrics.ts";
import { DEFAULT_ABUSE_LIMITS, type AppContext, type TypedFastify } from "../../http/types.ts";
import type { ApiCaller } from "../../operators/credentials.ts";
import type { OperatorStatus } from "../../operators/status.ts";
import type { RoundDeps } from "../../round-engine/round-deps.ts";
import { catalogueGameLookup } from "../../sessions/game-lookup.ts";
import { DEFAULT_SESSION_SETTINGS } from "../../sessions/settings.ts";
import { importFeed } from "../import/import-feed.ts";
import type { ImportReport } from "../import/report.ts";
import { catalogueAdminRoutes } from "../routes/admin-routes.ts";
import { catalogueBackofficeRoutes } from "../routes/backoffice-routes.ts";
import { catalogueLobbyRoutes } from "../routes/lobby-routes.ts";
import { catalogueOperatorApiRoutes } from "../routes/operator-api-routes.ts";

/** Services' deps on a test database, with a settable clock and readable sequential ids. */
export function testDeps(db: TestDb): ServiceDeps & { setNow(ms: number): void } {
  let now = 1_767_225_600_000;
  let next = 0;
  const { deps } = composePlatform({
    db,
    secretKey: randomBytes(32),
    allowPrivateNetworks: "tests-any-environment",
    clock: () => now,
    ids: (prefix) => `${prefix}_${String(++next).padStart(6, "0")}`,
  });
  return { ...deps, setNow: (ms: number) => void (now = ms) };
}

export const ADMIN = { kind: "admin" as const, id: "adm_test" };

/** Inserts an approved operator directly (registration's password hashing is not under test here). */
export async function insertOperator(
  deps: Pick<ServiceDeps, "db">,
  id: string,
  options: { jurisdictions?: string[]; status?: OperatorStatus; website?: string; name?: string } = {},
): Promise<void> {
  await deps.db
    .insertInto("operators")
    .values({
      id,
      company_name: options.name ?? `Casino ${id}`,
      website: options.website ?? `https://${id.replace(/_/g, "-")}.casino.example`,
      contact_name: "Test",
      contact_email: `${id}@casino.example`,
      licence_jurisdictions: JSON.stringify(options.jurisdictions ?? ["MT"]),
      currencies: JSON.stringify(["EUR"]),
      expected_volume_minor: null,
      expected_volume_currency: null,
      expected_volume_range: "under_100k",
      platform_description: "test",
      status: options.status ?? "sandbox",
      status_before_suspension: null,
      status_reason: null,
      created_at_ms: 0,
      updated_at_ms: 0,
    })
    .execute();
}

/** A valid JSON feed game; override any field. */
export function feedGame(id: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id,
    name: `Game ${id}`,
    provider: "acme",
    type: "slot",
    rtp: "96.50",
    volatility: "medium",
    betLimits: { EUR: { minMinor: 10, maxMinor: 10_000 } },
    features: ["free_spins"],
    images: {
      thumbnail: `https://cdn.example/${id}/thumb.png`,
      banner: `https://cdn.example/${id}/banner.png`,
    },
    blockedJurisdictions: [],
    releaseDate: "2024-01-01",
    demoAvailable: true,
    ...overrides,
  };
}

export const ACME = { id: "acme", name: "Acme Gaming" };

/** Imports a JSON feed (providers section: Acme unless given) and asserts it was readable. */
export async function importGames(
  deps: ServiceDeps,
  games: Record<string, unknown>[],
  providers: { id: string; name: string }[] = [ACME],
): Promise<ImportReport> {
  const result = await importFeed(deps, {
    format: "json",
    body: { providers, games },
    dryRun: false,
    actor: ADMIN,
  });
  if (!result.ok) throw new Error(result.message);
  return result.report;
}

/** The catalogue's routes never play: any use of the engine here is a bug in the test. */
const NO_ENGINE = new Proxy({} as RoundDeps, {
  get: () => {
    throw new Error("the catalogue's routes do not use the round engine");
  },
});

export interface TestServer {
  readonly baseUrl: string;
  close(): Promise<void>;
}

/**
 * The catalogue's route files mounted the way app.ts mounts surfaces, each behind a tiny hook
 * standing in for the real auth: `x-test-operator` names the operator of /v1 and /backoffice.
 */
export async function startCatalogueServer(deps: ServiceDeps): Promise<TestServer> {
  // The app's own body limit (app.ts BODY_LIMIT_BYTES), so routes needing more must say so.
  const app: TypedFastify = Fastify({
    logger: false,
    bodyLimit: 64 * 1024,
  }).withTypeProvider<TypeBoxTypeProvider>();
  app.setValidatorCompiler(TypeBoxValidatorCompiler);
  installProblemHandlers(app);
  const ctx: AppContext = {
    deps,
    metrics: createMetrics(),
    limits: DEFAULT_ABUSE_LIMITS,
    passwordChecks: createPasswordCheckGate(),
    allowPrivateCallbackUrls: "tests-any-environment",
    metricsToken: undefined,
    egressAddresses: [],
    publicUrl: undefined,
    engine: NO_ENGINE,
    play: { ...deps, engine: NO_ENGINE, games: catalogueGameLookup, settings: DEFAULT_SESSION_SETTINGS },
  };
  const operatorOf = (headers: Record<string, unknown>) => String(headers["x-test-operator"] ?? "op_none");

  app.register(
    async (scope: TypedFastify) => {
      scope.decorateRequest("apiCaller", null);
      scope.addHook("onRequest", async (request) => {
        const caller: ApiCaller = {
          operatorId: operatorOf(request.headers),
          environment: "sandbox",
          credentialId: "cred_test",
          operatorStatus: "sandbox",
        };
        request.apiCaller = caller;
      });
      catalogueOperatorApiRoutes(scope, ctx);
    },
    { prefix: "/v1" },
  );
  app.register(
    async (scope: TypedFastify) => {
      scope.decorateRequest("adminCaller", null);
      scope.addHook("onRequest", async (request) => {
        const caller: AdminCaller = { adminId: ADMIN.id, email: "admin@croupier.test", token: "t" };
        request.adminCaller = caller;
      });
      catalogueAdminRoutes(scope, ctx);
    },
    { prefix: "/admin" },
  );
  app.register(
    async (scope: TypedFastify) => {
      scope.decorateRequest("backofficeCaller", null);
      scope.addHook("onRequest", async (request) => {
        const caller: BackofficeCaller = {
          userId: "usr_test",
          operatorId: operatorOf(request.headers),
          email: "u@x.test",
          token: "t",
        };
        request.backofficeCaller = caller;
      });
      catalogueBackofficeRoutes(scope, ctx);
    },
    { prefix: "/backoffice" },
  );
  app.register(async (scope: TypedFastify) => catalogueLobbyRoutes(scope, ctx));

  await app.listen({ port: 0, host: "127.0.0.1" });
  const address = app.server.address();
  if (address === null || typeof address === "string") throw new Error("no port");
  return { baseUrl: `http://127.0.0.1:${address.port}`, close: () => app.close() };
}

/** JSON request helper: returns status, headers and parsed body. */
export async function call(
  server: TestServer,
  method: string,
  path: string,
  options: { body?: unknown; operator?: string; contentType?: string; raw?: string } = {},
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read arbitrary JSON bodies
): Promise<{ status: number; headers: Headers; body: any }> {
  const headers: Record<string, string> = {};
  if (options.operator !== undefined) headers["x-test-operator"] = options.operator;
  let body: string | undefined;
  if (options.raw !== undefined) {
    body = options.raw;
    headers["content-type"] = options.contentType ?? "text/csv";
  } else if (options.body !== undefined) {
    body = JSON.stringify(options.body);
    headers["content-type"] = "application/json";
  }
  const response = await fetch(`${server.baseUrl}${path}`, { method, headers, body });
  const text = await response.text();
  const type = response.headers.get("content-type") ?? "";
  return {
    status: response.status,
    headers: response.headers,
    body: type.includes("json") ? JSON.parse(text) : text,
  };
}

/** Empties the catalogue's tables (operators and the audit log stay). */
export async function clearCatalogue(deps: Pick<ServiceDeps, "db">): Promise<void> {
  for (const table of [
    "catalogue_game_features",
    "catalogue_game_bet_limits",
    "catalogue_game_blocked_jurisdictions",
    "catalogue_operator_games",
    "catalogue_operator_providers",
    "catalogue_games",
    "catalogue_providers",
    "catalogue_imports",
  ] as const) {
    await deps.db.deleteFrom(table).execute();
  }
}
