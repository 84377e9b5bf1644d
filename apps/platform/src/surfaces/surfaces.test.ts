import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { after, before, describe, test } from "node:test";
import pino from "pino";
import { buildApp } from "../app.ts";
import { composePlatform } from "../compose.ts";
import { openTestDb, testDialects, type TestDb } from "../db/test-databases.ts";
import { startHarness, type Harness, type HttpAnswer } from "../test/platform-harness.ts";
import { SURFACES, type SurfaceName, type SurfaceRoute } from "./surface.ts";

/**
 * What each surface owns and how a request without any credential must be answered. Every route
 * of the app is checked against this: a route in a surface's open list must be named here, every
 * other route must refuse the request with the surface's own authentication.
 */
interface SurfacePolicy {
  /** URL prefixes that belong to this surface alone. */
  readonly prefixes: readonly string[];
  /** `METHOD url` of the routes that take no credential (sign-in, token-in-URL pages…). */
  readonly open: readonly string[];
  /** How an anonymous request to any other route of the surface is refused. */
  readonly refusal?: { readonly code: string; readonly wwwAuthenticate?: RegExp };
}

const POLICIES: Readonly<Record<SurfaceName, SurfacePolicy>> = {
  operatorApi: {
    prefixes: ["/v1/"],
    open: [],
    refusal: { code: "UNAUTHORIZED", wwwAuthenticate: /realm="croupier-api"/ },
  },
  backoffice: {
    prefixes: ["/backoffice/"],
    open: [
      "POST /backoffice/registrations",
      "POST /backoffice/login",
      // Team invitations and password resets: the one-time token in the body is the credential.
      "POST /backoffice/invites/accept",
      "POST /backoffice/password-resets",
      "POST /backoffice/password-resets/confirm",
    ],
    refusal: { code: "UNAUTHORIZED", wwwAuthenticate: /realm="croupier-backoffice"/ },
  },
  admin: {
    prefixes: ["/admin/"],
    open: [
      "POST /admin/login",
      // Password resets: the one-time token in the body is the credential.
      "POST /admin/password-resets",
      "POST /admin/password-resets/confirm",
    ],
    refusal: { code: "UNAUTHORIZED", wwwAuthenticate: /realm="croupier-admin"/ },
  },
  gateway: {
    prefixes: ["/gateway/v1/"],
    open: ["GET /gateway/v1/problems", "HEAD /gateway/v1/problems"],
    refusal: { code: "SIGNATURE_INVALID" },
  },
  gameApi: {
    prefixes: ["/launch/", "/play/", "/studio/api/"],
    // The launch and play pages carry their token in the URL; the exchange turns it into an
    // access token; the game client's built files are public.
    open: ["GET /launch/:token", "GET /play/:token", "POST /studio/api/session", "GET /play/assets/*"],
    refusal: { code: "UNAUTHORIZED", wwwAuthenticate: /realm="croupier-studio"/ },
  },
  public: {
    prefixes: ["/healthz", "/metrics", "/openapi.json", "/docs", "/problems", "/lobby/", "/ui"],
    open: [
      "GET /healthz",
      "GET /metrics",
      "GET /openapi.json",
      "GET /problems",
      "GET /lobby/:operator_id",
      // Swagger UI and its files.
      "GET /docs",
      "GET /docs/",
      "GET /docs/static/*",
      "GET /docs/json",
      "GET /docs/yaml",
      // The wallet protocol's description and test vectors.
      "GET /docs/protocol",
      "GET /docs/protocol.md",
      "GET /docs/protocol/test-vectors.json",
      "GET /docs/protocol/egress-addresses.json",
      "GET /docs/static/index.html",
      "GET /docs/static/swagger-initializer.js",
      // The backoffice web UI's page and built files (it signs in through /backoffice and /admin).
      "GET /ui",
      "GET /ui/",
      "GET /ui/*",
      "GET /ui/assets/*",
    ],
  },
};

/** The open routes that are limited per client IP by the route itself (`x-ratelimit-limit`). */
const OPEN_AND_LIMITED = [
  "POST /backoffice/registrations",
  "POST /backoffice/invites/accept",
  "POST /backoffice/password-resets",
  "POST /backoffice/password-resets/confirm",
  "POST /admin/password-resets",
  "POST /admin/password-resets/confirm",
  "GET /launch/:token",
  "GET /play/:token",
  "POST /studio/api/session",
  "GET /lobby/:operator_id",
];

const key = (route: Pick<SurfaceRoute, "method" | "url">) => `${route.method} ${route.url}`;
/** HEAD routes are the GET routes' twins: the same open list applies. */
const openKey = (route: SurfaceRoute) =>
  key({ method: route.method === "HEAD" ? "GET" : route.method, url: route.url });
/** A concrete path for a route: every parameter and wildcard filled with something plausible. */
const concrete = (url: string) => url.replace(/:[A-Za-z_]+/g, "x1").replace(/\*$/, "x1");

function assertRefused(
  answer: HttpAnswer,
  route: SurfaceRoute,
  refusal: NonNullable<SurfacePolicy["refusal"]>,
) {
  const what = `${key(route)} (${route.surface})`;
  assert.equal(answer.status, 401, `${what} answered ${answer.status} without a credential`);
  if (route.method !== "HEAD") assert.equal(answer.json?.code, refusal.code, what);
  if (refusal.wwwAuthenticate !== undefined)
    assert.match(answer.headers.get("www-authenticate") ?? "", refusal.wwwAuthenticate, what);
}

for (const kind of testDialects) {
  describe(`every route is behind its surface's authentication and limits (${kind})`, () => {
    let h: Harness;
    let routes: readonly SurfaceRoute[];
    before(async () => {
      h = await startHarness(kind, {
        appOptions: {
          // Out of the way: every request below comes from one client without a credential.
          limits: { apiRequestsPerMinute: 1_000_000, apiAuthFailures: { max: 1_000_000, windowMs: 60_000 } },
        },
      });
      routes = h.app.surfaceRoutes;
    });
    after(async () => h?.close());

    test("every surface has routes, each under its own prefixes only", () => {
      for (const surface of SURFACES) {
        assert.ok(
          routes.some((r) => r.surface === surface),
          `${surface} has no route`,
        );
      }
      for (const route of routes) {
        const owner = SURFACES.filter((s) =>
          POLICIES[s].prefixes.some((p) => route.url.startsWith(p) || route.url === p.replace(/\/$/, "")),
        );
        assert.deepEqual(
          owner,
          [route.surface],
          `${key(route)} is in ${route.surface}; its URL belongs to ${owner.join(",") || "no surface"}`,
        );
      }
    });

    test("the open routes are exactly the listed ones; every other route refuses an anonymous request with its surface's authentication", async () => {
      for (const route of routes) {
        const policy = POLICIES[route.surface];
        if (policy.open.includes(openKey(route))) continue;
        assert.ok(
          policy.refusal !== undefined,
          `${key(route)}: the ${route.surface} surface has only open routes, and this one is not listed`,
        );
        const body = ["POST", "PUT", "PATCH"].includes(route.method) ? {} : undefined;
        assertRefused(await h.request(route.method, concrete(route.url), { body }), route, policy.refusal);
      }
      // Each listed open route exists (a stale list would hide a removed protection).
      for (const surface of SURFACES) {
        for (const open of POLICIES[surface].open) {
          // The game client's files are served once it is built (npm run build -w @croupier/game-client);
          // "GET /docs/" is only a HEAD route's twin.
          if (open === "GET /play/assets/*" || open === "GET /docs/") continue;
          assert.ok(
            routes.some((r) => key(r) === open && r.surface === surface),
            `${open} is listed open in ${surface} but not registered there`,
          );
        }
      }
    });

    test("the open pages and exchanges are limited per client", async () => {
      for (const open of OPEN_AND_LIMITED) {
        const [method, url] = open.split(" ") as [string, string];
        const body = method === "POST" ? {} : undefined;
        const answer = await h.request(method, concrete(url), { body });
        assert.ok(answer.headers.get("x-ratelimit-limit") !== null, `${open} answered without a rate limit`);
      }
    });
  });
}

describe("the per-credential /v1 limit covers sessions and replays (limit 3)", () => {
  let h: Harness;
  let operatorToken: string;
  before(async () => {
    h = await startHarness("sqlite", {
      appOptions: {
        limits: { apiRequestsPerMinute: 3, apiAuthFailures: { max: 1_000_000, windowMs: 60_000 } },
      },
    });
    operatorToken = (await h.approvedOperator()).token;
  });
  after(async () => h?.close());

  async function credential(): Promise<string> {
    const answer = await h.request("POST", "/backoffice/credentials", {
      token: operatorToken,
      body: { environment: "sandbox", label: "limits" },
    });
    assert.equal(answer.status, 201, answer.text);
    return answer.json.token as string;
  }

  const launch = { player_id: "p-1", currency: "EUR", game_id: "no-such-game", language: "en" };
  const calls: Record<string, (token: string) => Promise<HttpAnswer>> = {
    "GET /v1/me": (token) => h.request("GET", "/v1/me", { token }),
    "POST /v1/sessions": (token) => h.request("POST", "/v1/sessions", { token, body: launch }),
    "GET /v1/rounds/:round_id/replay": (token) => h.request("GET", "/v1/rounds/gr_none/replay", { token }),
  };

  for (const [name, call] of Object.entries(calls)) {
    test(`${name}: three requests are answered, the fourth is 429`, async () => {
      const token = await credential();
      for (let i = 0; i < 3; i++)
        assert.notEqual((await call(token)).status, 429, `${name} request ${i + 1}`);
      const over = await call(token);
      assert.equal(over.status, 429, `${name} request 4: ${over.text}`);
      assert.equal(over.json.code, "RATE_LIMITED");
      assert.ok(Number(over.headers.get("retry-after")) > 0);
    });
  }

  test("every /v1 route counts toward the per-credential request limit", async () => {
    const v1 = h.app.surfaceRoutes.filter((r) => r.surface === "operatorApi");
    assert.ok(v1.length > 10, "the /v1 routes were found");
    for (const route of v1) {
      // A credential of its own per route (unknown ones count too: the limit comes before
      // authentication), so each route's count starts at zero.
      const token = `crp_sandbox_${randomBytes(8).toString("hex")}`;
      const path = concrete(route.url);
      const body = ["POST", "PUT", "PATCH"].includes(route.method) ? {} : undefined;
      for (let i = 0; i < 3; i++) {
        const answer = await h.request(route.method, path, { token, body });
        assert.equal(answer.status, 401, `${key(route)} request ${i + 1}`);
      }
      const over = await h.request(route.method, path, { token, body });
      assert.equal(over.status, 429, `${key(route)} was not limited after 3 requests`);
    }
  });

  test("one bucket per credential across all of /v1", async () => {
    const token = await credential();
    for (const call of Object.values(calls)) assert.notEqual((await call(token)).status, 429);
    assert.equal((await calls["GET /v1/me"]!(token)).status, 429);
  });
});

describe("a route outside every surface", () => {
  let db: TestDb;
  before(async () => {
    db = await openTestDb("sqlite");
  });
  after(async () => db?.close());

  test("stops the app from loading, naming the route", async () => {
    const platform = composePlatform({
      db,
      secretKey: randomBytes(32),
      allowPrivateNetworks: true,
      logger: pino({ level: "silent" }),
    });
    const app = buildApp(platform.deps);
    app.register(async (stray) => {
      stray.get("/stray", async () => "no authentication, no limits");
    });
    await assert.rejects(async () => {
      await app.ready();
    }, /GET \/stray is registered outside every surface/);
    await app.close().catch(() => undefined);
  });
});
