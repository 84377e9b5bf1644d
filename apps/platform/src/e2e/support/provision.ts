// Test support: sets up an operator (through the backoffice and admin APIs, as a person would),
// the game catalogue and a game studio with a gateway key.
import { BUILT_IN_PROVIDER } from "../../catalogue/seed.ts";
import { importFeed } from "../../catalogue/import/import-feed.ts";
import type { ServiceDeps } from "../../deps.ts";
import { feedFigures } from "../../sessions/test/game-play-fixture.ts";
import type { Http } from "./http.ts";

export const STUDIO_ID = "e2e-studio";
export const STUDIO_GAME = "e2e-slots";
export const BUILT_IN_GAME = "e2e-built-in";
export const OPERATOR_PASSWORD = "operator password 123";

export interface ProvisionedOperator {
  readonly operatorId: string;
  readonly email: string;
  /** Backoffice session of the operator's user. */
  readonly boToken: string;
  /** Sandbox API credential. */
  readonly apiToken: string;
  /** The active sandbox salt, which the wallet must accept. */
  readonly salt: string;
}

function must(answer: { status: number; text: string }, expected: number, what: string): void {
  if (answer.status !== expected) throw new Error(`${what}: ${answer.status} ${answer.text}`);
}

let counter = 0;

/** Registers, approves and configures an operator: callback URL, timeout, a sandbox credential. */
export async function provisionOperator(
  http: Http,
  adminToken: string,
  options: {
    readonly callbackUrl: string;
    readonly timeoutMs: number;
    readonly name?: string;
    /** Calls in flight at once to this operator; default the platform's. */
    readonly maxConcurrency?: number;
  },
): Promise<ProvisionedOperator> {
  counter += 1;
  const email = `e2e-${counter}-${Math.random().toString(36).slice(2, 8)}@operator.test`;
  const registered = await http("POST", "/backoffice/registrations", {
    body: {
      companyName: options.name ?? `E2E Casino ${counter}`,
      website: "https://casino.example",
      contact: { name: "Ada Lovelace", email: "ada@casino.example" },
      licenceJurisdictions: ["MT"],
      currencies: ["EUR"],
      expectedMonthlyVolume: { amountMinor: 100_000_000, currency: "EUR" },
      platformDescription: "End-to-end test casino.",
      user: { email, password: OPERATOR_PASSWORD },
    },
  });
  must(registered, 201, "registration");
  const operatorId = registered.json.operatorId as string;
  must(await http("POST", `/admin/operators/${operatorId}/approve`, { token: adminToken }), 200, "approval");
  const login = await http("POST", "/backoffice/login", { body: { email, password: OPERATOR_PASSWORD } });
  must(login, 200, "operator login");
  const boToken = login.json.token as string;
  const salts = await http("GET", "/backoffice/environments/sandbox/salt-keys", { token: boToken });
  must(salts, 200, "salt keys");
  const active = (salts.json.keys as Array<{ state: string; salt: string }>).find(
    (k) => k.state === "active",
  );
  if (active === undefined) throw new Error("no active salt");
  must(
    await http("PATCH", "/backoffice/environments/sandbox/wallet-settings", {
      token: boToken,
      body: {
        callbackUrl: options.callbackUrl,
        timeoutMs: options.timeoutMs,
        ...(options.maxConcurrency === undefined ? {} : { maxConcurrency: options.maxConcurrency }),
      },
    }),
    200,
    "wallet settings",
  );
  const credential = await http("POST", "/backoffice/credentials", {
    token: boToken,
    body: { environment: "sandbox", label: "e2e" },
  });
  must(credential, 201, "credential");
  return { operatorId, email, boToken, apiToken: credential.json.token as string, salt: active.salt };
}

function feedGame(id: string, provider: string): Record<string, unknown> {
  return {
    id,
    name: `Game ${id}`,
    provider,
    type: "slot",
    ...feedFigures(id),
    betLimits: { EUR: { minMinor: 1, maxMinor: 1_000_000 } },
    releaseDate: "2024-01-01",
    demoAvailable: true,
  };
}

/** The catalogue (a built-in title and a studio title) and the studio with a gateway key. */
export async function provisionGames(
  http: Http,
  deps: Pick<ServiceDeps, "db" | "dialect" | "clock" | "ids">,
  adminToken: string,
): Promise<{ readonly keyId: string; readonly secret: string }> {
  const imported = await importFeed(deps, {
    format: "json",
    body: {
      providers: [BUILT_IN_PROVIDER, { id: STUDIO_ID, name: "E2E Studio" }],
      games: [feedGame(BUILT_IN_GAME, BUILT_IN_PROVIDER.id), feedGame(STUDIO_GAME, STUDIO_ID)],
    },
    dryRun: false,
    actor: { kind: "system", id: "e2e" },
  });
  if (!imported.ok) throw new Error(imported.message);
  must(
    await http("POST", "/admin/studios", {
      token: adminToken,
      body: {
        id: STUDIO_ID,
        name: "E2E Studio",
        launchUrlTemplate: "https://games.e2e.example/launch?token={token}&game={game_id}",
      },
    }),
    201,
    "studio",
  );
  const key = await http("POST", `/admin/studios/${STUDIO_ID}/credentials`, {
    token: adminToken,
    body: { label: "e2e" },
  });
  must(key, 201, "studio key");
  return { keyId: key.json.key.id as string, secret: key.json.secret as string };
}
