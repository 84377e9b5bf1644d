import { seedBuiltInCatalogue } from "../catalogue/seed.ts";
import type { ServiceDeps } from "../deps.ts";
import { authenticateCredential, createCredential } from "../operators/credentials.ts";
import { registerOperator } from "../operators/registration.ts";
import { changeOperatorStatus } from "../operators/review.ts";
import { readSaltKeys } from "../operators/salt-keys.ts";
import { updateWalletSettings } from "../operators/wallet-settings.ts";
import { DEMO_CURRENCY, DEMO_OPERATOR, DEMO_PLAYERS, DEMO_TITLES } from "./demo-data.ts";
import {
  newDemoCredentials,
  readDemoCredentials,
  writeDemoCredentials,
  type DemoCredentials,
} from "./demo-credentials.ts";

const SYSTEM = { kind: "system", id: "demo-seed" } as const;

export interface SeededDemo {
  readonly operatorId: string;
  readonly operatorEmail: string;
  readonly credentials: DemoCredentials & { readonly apiToken: string };
  /** The operator's sandbox salts (active first, then a pending one): the wallet must accept them. */
  readonly salts: readonly string[];
}

/**
 * Seeds the platform side of the demo, idempotently (every start runs it; a second run changes
 * nothing but what drifted): the built-in titles, an approved sandbox operator whose callback URL
 * is the reference wallet's, and a sandbox API credential whose plain text is kept in
 * `credentialsFile` (demo only). Private callback URLs are allowed: the wallet is on loopback.
 *
 * @example
 * const demo = await seedDemoPlatform(deps, { credentialsFile: "data/demo-credentials.json",
 *   walletCallbackUrl: "http://127.0.0.1:3100/wallet" });
 */
export async function seedDemoPlatform(
  deps: ServiceDeps,
  options: { readonly credentialsFile: string; readonly walletCallbackUrl: string },
): Promise<SeededDemo> {
  await seedBuiltInCatalogue(deps, DEMO_TITLES);
  let credentials = readDemoCredentials(options.credentialsFile);
  if (credentials === undefined) {
    credentials = newDemoCredentials();
    writeDemoCredentials(options.credentialsFile, credentials);
  }

  let user = await deps.db
    .selectFrom("operator_users")
    .select(["operator_id"])
    .where("email", "=", DEMO_OPERATOR.userEmail)
    .executeTakeFirst();
  if (user === undefined) {
    const registered = await registerOperator(deps, {
      companyName: DEMO_OPERATOR.companyName,
      website: DEMO_OPERATOR.website,
      contact: { name: "Demo Operator", email: DEMO_OPERATOR.userEmail },
      licenceJurisdictions: ["MT"],
      currencies: [DEMO_CURRENCY],
      expectedMonthlyVolume: { amountMinor: 10_000_000, currency: DEMO_CURRENCY },
      platformDescription: "The local demo operator, wired to the reference wallet.",
      user: { email: DEMO_OPERATOR.userEmail, password: credentials.operatorPassword },
    });
    if (!registered.ok) throw new Error(`demo operator: ${registered.message}`);
    user = { operator_id: registered.operatorId };
  }
  const operatorId = user.operator_id;
  const operator = await deps.db
    .selectFrom("operators")
    .select("status")
    .where("id", "=", operatorId)
    .executeTakeFirstOrThrow();
  if (operator.status === "pending") {
    const approved = await changeOperatorStatus(deps, "approve", { operatorId, actor: SYSTEM });
    if (!approved.ok) throw new Error(`demo operator approval: ${approved.message}`);
  }

  const current = await deps.db
    .selectFrom("operator_wallet_settings")
    .select("callback_url")
    .where("operator_id", "=", operatorId)
    .where("environment", "=", "sandbox")
    .executeTakeFirst();
  // Written (and audited) only when it differs, e.g. after WALLET_PORT changed.
  if (current?.callback_url !== options.walletCallbackUrl) {
    const settings = await updateWalletSettings(deps, {
      operatorId,
      environment: "sandbox",
      changes: { callbackUrl: options.walletCallbackUrl },
      actor: SYSTEM,
      allowPrivateNetworks: true,
    });
    if (!settings.ok) throw new Error(`demo wallet settings: ${settings.message}`);
  }

  let apiToken = credentials.apiToken;
  if (apiToken === undefined || (await authenticateCredential(deps, apiToken)) === undefined) {
    const created = await createCredential(deps, {
      operatorId,
      environment: "sandbox",
      label: "demo",
      actor: SYSTEM,
    });
    if (!created.ok) throw new Error(`demo credential: ${created.message}`);
    apiToken = created.token;
    credentials = { ...credentials, apiToken };
    writeDemoCredentials(options.credentialsFile, credentials);
  }

  const salts = await readSaltKeys(deps, operatorId, "sandbox");
  if (!salts.ok) throw new Error(`demo salts: ${salts.message}`);
  const ordered = [...salts.keys].sort((a, b) => (a.state === "active" ? -1 : b.state === "active" ? 1 : 0));
  return {
    operatorId,
    operatorEmail: DEMO_OPERATOR.userEmail,
    credentials: { ...credentials, apiToken },
    salts: ordered.map((key) => key.salt),
  };
}

/**
 * Creates the demo players in the wallet through its admin API; players that exist are left as
 * they are (their balance is the player's, not the seed's).
 */
export async function seedDemoWallet(walletUrl: string, adminToken: string): Promise<void> {
  for (const player of DEMO_PLAYERS) {
    const response = await fetch(`${walletUrl}/admin/players`, {
      method: "POST",
      headers: { authorization: `Bearer ${adminToken}`, "content-type": "application/json" },
      body: JSON.stringify({
        player_id: player.playerId,
        currency: DEMO_CURRENCY,
        balance: player.balanceMinor,
      }),
    });
    if (response.status !== 201 && response.status !== 409) {
      throw new Error(`demo player ${player.playerId}: ${response.status} ${await response.text()}`);
    }
  }
}
