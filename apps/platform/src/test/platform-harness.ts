import { randomBytes } from "node:crypto";
import type { AddressInfo } from "node:net";
import type { FastifyInstance } from "fastify";
import { createAdmin } from "../admin/admins.ts";
import type { ScryptCost } from "../auth/passwords.ts";
import type { PrivateNetworkPolicy } from "../callbacks/address-policy.ts";
import { buildApp, type AppOptions } from "../app.ts";
import { composePlatform, type Platform } from "../compose.ts";
import { openTestDb, type TestDb, type testDialects } from "../db/test-databases.ts";
import type { Clock } from "../deps.ts";
import type { MailTransport } from "../accounts/mail-service.ts";

export const ADMIN_EMAIL = "root@croupier.test";
export const ADMIN_PASSWORD = "correct horse battery staple";
export const USER_PASSWORD = "operator password 123";

export interface HttpAnswer {
  readonly status: number;
  readonly headers: Headers;
  readonly text: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read JSON freely
  readonly json: any;
}

export interface Harness {
  readonly app: FastifyInstance;
  readonly db: TestDb;
  readonly platform: Platform;
  readonly baseUrl: string;
  readonly adminToken: string;
  request(
    method: string,
    path: string,
    options?: { token?: string; body?: unknown; rawBody?: string; headers?: Record<string, string> },
  ): Promise<HttpAnswer>;
  /** Registers an operator through the public route; returns ids and the user's credentials. */
  register(
    overrides?: Record<string, unknown>,
  ): Promise<{ operatorId: string; userId: string; email: string }>;
  login(email: string, password?: string): Promise<string>;
  approve(operatorId: string): Promise<void>;
  /** Registers, approves and signs in an operator; returns its backoffice token. */
  approvedOperator(): Promise<{ operatorId: string; token: string; email: string }>;
  close(): Promise<void>;
}

export function registrationBody(email: string, overrides: Record<string, unknown> = {}) {
  return {
    companyName: "Lucky Star Casino Ltd",
    website: "https://luckystar.example",
    contact: { name: "Ada Lovelace", email: "ada@luckystar.example" },
    licenceJurisdictions: ["MT", "GB"],
    currencies: ["EUR", "GBP"],
    expectedMonthlyVolume: { amountMinor: 250_000_000, currency: "EUR" },
    platformDescription: "Online casino, 40k monthly active players, in-house wallet.",
    user: { email, password: USER_PASSWORD },
    ...overrides,
  };
}

/**
 * Real time, but strictly increasing: two events never share a millisecond, so orderings by
 * time (audit log, lists) are deterministic in tests.
 */
export function increasingClock(): Clock {
  let last = 0;
  return () => {
    last = Math.max(Date.now(), last + 1);
    return last;
  };
}

/**
 * Password hashing for tests: N=2^14 instead of production's 2^17, since every test registers and
 * signs in users and each hash at 2^17 takes ~0.4 s of a core. Tests of the hashing itself pass
 * PASSWORD_COST as `passwordCost`.
 */
export const TEST_PASSWORD_COST: ScryptCost = { N: 2 ** 14, r: 8, p: 1 };

/** A migrated test database, the composed platform and the app listening on loopback. */
export async function startHarness(
  kind: (typeof testDialects)[number],
  options: {
    appOptions?: AppOptions;
    clock?: Clock;
    passwordCost?: ScryptCost;
    /** Where callbacks may go, for the app and the platform's senders alike; default: anywhere (loopback test wallets). */
    privateNetworks?: PrivateNetworkPolicy;
    /** SMTP for account mail; default none (mail is logged and listed for admins). */
    mailTransport?: MailTransport;
  } = {},
): Promise<Harness> {
  const db = await openTestDb(kind);
  const platform = composePlatform({
    db,
    secretKey: randomBytes(32),
    allowPrivateNetworks: options.privateNetworks ?? "tests-any-environment",
    clock: options.clock ?? increasingClock(),
    passwordCost: options.passwordCost ?? TEST_PASSWORD_COST,
    ...(options.mailTransport === undefined ? {} : { mailTransport: options.mailTransport }),
  });
  await createAdmin(platform.deps, {
    email: ADMIN_EMAIL,
    password: ADMIN_PASSWORD,
    actor: { kind: "system", id: "test" },
  });
  const app = buildApp(platform.deps, {
    allowPrivateCallbackUrls: options.privateNetworks ?? "tests-any-environment",
    ...options.appOptions,
  });
  await app.listen({ port: 0, host: "127.0.0.1" });
  const { port } = app.server.address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;

  const request: Harness["request"] = async (method, path, opts = {}) => {
    const headers: Record<string, string> = { ...opts.headers };
    if (opts.token !== undefined) headers.authorization = `Bearer ${opts.token}`;
    let body: string | undefined = opts.rawBody;
    if (opts.body !== undefined) {
      headers["content-type"] = "application/json";
      body = JSON.stringify(opts.body);
    }
    const response = await fetch(`${baseUrl}${path}`, { method, headers, body });
    const text = await response.text();
    let json: unknown;
    try {
      json = text === "" ? undefined : JSON.parse(text);
    } catch {
      json = undefined;
    }
    return { status: response.status, headers: response.headers, text, json };
  };

  const adminLogin = await request("POST", "/admin/login", {
    body: { email: ADMIN_EMAIL, password: ADMIN_PASSWORD },
  });
  if (adminLogin.status !== 200) throw new Error(`admin login failed: ${adminLogin.text}`);
  const adminToken = adminLogin.json.token as string;
  let counter = 0;

  const harness: Harness = {
    app,
    db,
    platform,
    baseUrl,
    adminToken,
    request,
    async register(overrides = {}) {
      counter += 1;
      const email = `user${counter}-${randomBytes(3).toString("hex")}@operator.test`;
      const answer = await request("POST", "/backoffice/registrations", {
        body: registrationBody(email, overrides),
      });
      if (answer.status !== 201) throw new Error(`registration failed: ${answer.text}`);
      return { operatorId: answer.json.operatorId, userId: answer.json.userId, email };
    },
    async login(email, password = USER_PASSWORD) {
      const answer = await request("POST", "/backoffice/login", { body: { email, password } });
      if (answer.status !== 200) throw new Error(`login failed: ${answer.text}`);
      return answer.json.token as string;
    },
    async approve(operatorId) {
      const answer = await request("POST", `/admin/operators/${operatorId}/approve`, { token: adminToken });
      if (answer.status !== 200) throw new Error(`approve failed: ${answer.text}`);
    },
    async approvedOperator() {
      const { operatorId, email } = await harness.register();
      await harness.approve(operatorId);
      return { operatorId, email, token: await harness.login(email) };
    },
    async close() {
      await app.close();
      await db.dispose();
    },
  };
  return harness;
}
