import { privateNetworksAllowed, type PrivateNetworkPolicy } from "../callbacks/address-policy.ts";
import type { Kysely, Selectable } from "kysely";
import { recordAudit, type AuditActor } from "../audit/audit-log.ts";
import type { Environment } from "../callbacks/wallet-endpoint.ts";
import type { Database } from "../db/database.ts";
import type { ServiceDeps } from "../deps.ts";
import { checkCallbackUrl } from "./callback-url.ts";
import { getOperator } from "./operators.ts";
import { fail, type Failure } from "./problems.ts";
import { isProvisioned } from "./status.ts";
import type { OperatorWalletSettingsTable, WalletProfile } from "./tables.ts";

/**
 * Bounds and defaults of the per-environment wallet settings. The timeout bounds keep a
 * wallet from holding a bet open for long (players wait on it) while allowing slow links;
 * the breaker and concurrency bounds keep one operator from exhausting the platform.
 */
export const WALLET_SETTING_BOUNDS = {
  timeoutMs: { min: 500, max: 30_000, default: 5_000 },
  maxConcurrency: { min: 1, max: 1_000, default: 50 },
  breakerFailureThreshold: { min: 1, max: 1_000, default: 10 },
  breakerCooldownMs: { min: 1_000, max: 600_000, default: 30_000 },
} as const;

export interface WalletSettings {
  readonly environment: Environment;
  readonly callbackUrl: string | null;
  readonly timeoutMs: number;
  readonly maxConcurrency: number;
  readonly breakerFailureThreshold: number;
  readonly breakerCooldownMs: number;
  readonly profile: WalletProfile;
  readonly updatedAtMs: number;
}

export function presentWalletSettings(row: Selectable<OperatorWalletSettingsTable>): WalletSettings {
  return {
    environment: row.environment,
    callbackUrl: row.callback_url,
    timeoutMs: row.callback_timeout_ms,
    maxConcurrency: row.max_concurrency,
    breakerFailureThreshold: row.breaker_failure_threshold,
    breakerCooldownMs: row.breaker_cooldown_ms,
    profile: row.profile,
    updatedAtMs: row.updated_at_ms,
  };
}

/** Default settings for a freshly approved operator; called inside the approval transaction. */
export async function insertDefaultWalletSettings(
  trx: Kysely<Database>,
  operatorId: string,
  environment: Environment,
  nowMs: number,
): Promise<void> {
  await trx
    .insertInto("operator_wallet_settings")
    .values({
      operator_id: operatorId,
      environment,
      callback_url: null,
      callback_timeout_ms: WALLET_SETTING_BOUNDS.timeoutMs.default,
      max_concurrency: WALLET_SETTING_BOUNDS.maxConcurrency.default,
      breaker_failure_threshold: WALLET_SETTING_BOUNDS.breakerFailureThreshold.default,
      breaker_cooldown_ms: WALLET_SETTING_BOUNDS.breakerCooldownMs.default,
      profile: "native",
      updated_at_ms: nowMs,
    })
    .execute();
}

export type WalletSettingsResult =
  { ok: true; settings: WalletSettings } | Failure<"OPERATOR_NOT_FOUND" | "OPERATOR_NOT_APPROVED">;

export async function getWalletSettings(
  deps: Pick<ServiceDeps, "db">,
  operatorId: string,
  environment: Environment,
): Promise<WalletSettingsResult> {
  const row = await deps.db
    .selectFrom("operator_wallet_settings")
    .selectAll()
    .where("operator_id", "=", operatorId)
    .where("environment", "=", environment)
    .executeTakeFirst();
  if (row !== undefined) return { ok: true, settings: presentWalletSettings(row) };
  const operator = await getOperator(deps, operatorId);
  if (operator === undefined) return fail("OPERATOR_NOT_FOUND", "No such operator.");
  return fail(
    "OPERATOR_NOT_APPROVED",
    `The operator is ${operator.status}; wallet settings exist after approval.`,
  );
}

export interface WalletSettingsChanges {
  readonly callbackUrl?: string | null | undefined;
  readonly timeoutMs?: number | undefined;
  readonly maxConcurrency?: number | undefined;
  readonly breakerFailureThreshold?: number | undefined;
  readonly breakerCooldownMs?: number | undefined;
  readonly profile?: WalletProfile | undefined;
}

export type UpdateWalletSettingsResult =
  | { ok: true; settings: WalletSettings }
  | Failure<"OPERATOR_NOT_FOUND" | "OPERATOR_NOT_APPROVED" | "INVALID_CALLBACK_URL">;

/**
 * Changes some settings of one environment (absent fields stay as they are). Numeric bounds
 * are the schema's job; the URL rules are checked here. The change is audited with its before
 * and after, and cached wallet endpoints are dropped so the next call uses it.
 */
export async function updateWalletSettings(
  deps: Pick<ServiceDeps, "db" | "clock" | "ids" | "walletEndpointChanged">,
  input: {
    operatorId: string;
    environment: Environment;
    changes: WalletSettingsChanges;
    actor: AuditActor;
    /** The app's policy; live callback URLs are held to public addresses whatever it says (see privateNetworksAllowed). */
    allowPrivateNetworks: PrivateNetworkPolicy;
  },
): Promise<UpdateWalletSettingsResult> {
  const { changes } = input;
  let callbackUrl = changes.callbackUrl;
  if (typeof callbackUrl === "string") {
    const checked = checkCallbackUrl(callbackUrl, {
      allowPrivateNetworks: privateNetworksAllowed(input.allowPrivateNetworks, input.environment),
    });
    if (!checked.ok) return fail("INVALID_CALLBACK_URL", checked.message);
    callbackUrl = checked.url;
  }
  const operator = await getOperator(deps, input.operatorId);
  if (operator === undefined) return fail("OPERATOR_NOT_FOUND", "No such operator.");
  if (!isProvisioned(operator.status)) {
    return fail(
      "OPERATOR_NOT_APPROVED",
      `The operator is ${operator.status}; wallet settings exist after approval.`,
    );
  }
  const result = await deps.db.transaction().execute(async (trx) => {
    const before = await trx
      .selectFrom("operator_wallet_settings")
      .selectAll()
      .where("operator_id", "=", input.operatorId)
      .where("environment", "=", input.environment)
      .executeTakeFirstOrThrow();
    const after: Selectable<OperatorWalletSettingsTable> = {
      ...before,
      callback_url: callbackUrl === undefined ? before.callback_url : callbackUrl,
      callback_timeout_ms: changes.timeoutMs ?? before.callback_timeout_ms,
      max_concurrency: changes.maxConcurrency ?? before.max_concurrency,
      breaker_failure_threshold: changes.breakerFailureThreshold ?? before.breaker_failure_threshold,
      breaker_cooldown_ms: changes.breakerCooldownMs ?? before.breaker_cooldown_ms,
      profile: changes.profile ?? before.profile,
      updated_at_ms: deps.clock(),
    };
    await trx
      .updateTable("operator_wallet_settings")
      .set({
        callback_url: after.callback_url,
        callback_timeout_ms: after.callback_timeout_ms,
        max_concurrency: after.max_concurrency,
        breaker_failure_threshold: after.breaker_failure_threshold,
        breaker_cooldown_ms: after.breaker_cooldown_ms,
        profile: after.profile,
        updated_at_ms: after.updated_at_ms,
      })
      .where("operator_id", "=", input.operatorId)
      .where("environment", "=", input.environment)
      .execute();
    const { updatedAtMs: _b, ...beforeFields } = presentWalletSettings(before);
    const { updatedAtMs: _a, ...afterFields } = presentWalletSettings(after);
    await recordAudit(deps, trx, {
      actor: input.actor,
      action: "wallet_settings.update",
      targetKind: "operator",
      targetId: input.operatorId,
      details: { environment: input.environment, before: beforeFields, after: afterFields },
    });
    return presentWalletSettings(after);
  });
  deps.walletEndpointChanged(input.operatorId, input.environment);
  return { ok: true, settings: result };
}
