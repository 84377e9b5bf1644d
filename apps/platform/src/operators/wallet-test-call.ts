import type { Environment } from "../callbacks/wallet-endpoint.ts";
import type { ServiceDeps } from "../deps.ts";
import { randomToken } from "../ids/platform-ids.ts";
import { getOperator } from "./operators.ts";
import { fail, type Failure } from "./problems.ts";
import { activeSalt } from "./salt-keys.ts";
import { isProvisioned } from "./status.ts";
import type { WalletProfile } from "./tables.ts";
import type { WalletCallReport } from "./wallet-call-sender.ts";
import { getWalletSettings } from "./wallet-settings.ts";

/** Game id carried by test calls, so an operator's logs show them for what they are. */
export const TEST_CALL_GAME_ID = "croupier-test-call";

export type BalanceCheckResult =
  | { ok: true; report: WalletCallReport; profile: WalletProfile }
  | Failure<"OPERATOR_NOT_FOUND" | "OPERATOR_NOT_APPROVED" | "CALLBACK_URL_NOT_SET">;

/**
 * Sends one signed `balance` call to the environment's callback URL with the given salt and
 * reports on it. Used by "send a test call" (active salt) and by salt confirmation (pending salt).
 */
export async function balanceCheckCall(
  deps: Pick<ServiceDeps, "db" | "walletCall">,
  input: {
    operatorId: string;
    environment: Environment;
    salt: string;
    playerId: string;
    currency?: string | undefined;
    purpose: "test-call" | "salt-check";
  },
): Promise<BalanceCheckResult> {
  const operator = await getOperator(deps, input.operatorId);
  if (operator === undefined) return fail("OPERATOR_NOT_FOUND", "No such operator.");
  const settings = await getWalletSettings(deps, input.operatorId, input.environment);
  if (!settings.ok) return settings;
  const { callbackUrl, profile, timeoutMs } = settings.settings;
  if (callbackUrl === null) {
    return fail("CALLBACK_URL_NOT_SET", `Set the ${input.environment} callback URL first.`);
  }
  const report = await deps.walletCall(
    { callbackUrl, salt: input.salt, profile, timeoutMs, environment: input.environment },
    {
      action: "balance",
      call_id: `${input.purpose === "test-call" ? "test" : "saltcheck"}-${randomToken(20)}`,
      player_id: input.playerId,
      session_id: input.purpose,
      currency: input.currency ?? operator.currencies[0] ?? "EUR",
      game_id: TEST_CALL_GAME_ID,
    },
  );
  return { ok: true, report, profile };
}

export type TestCallResult =
  | { ok: true; report: WalletCallReport }
  | Failure<"OPERATOR_NOT_FOUND" | "OPERATOR_NOT_APPROVED" | "CALLBACK_URL_NOT_SET">;

/** "Send a test call": a signed `balance` for a player, with the active salt. */
export async function sendTestCall(
  deps: Pick<ServiceDeps, "db" | "secretBox" | "walletCall">,
  input: { operatorId: string; environment: Environment; playerId: string; currency?: string | undefined },
): Promise<TestCallResult> {
  const operator = await getOperator(deps, input.operatorId);
  if (operator === undefined) return fail("OPERATOR_NOT_FOUND", "No such operator.");
  if (!isProvisioned(operator.status)) {
    return fail(
      "OPERATOR_NOT_APPROVED",
      `The operator is ${operator.status}; test calls are possible after approval.`,
    );
  }
  const salt = await activeSalt(deps, input.operatorId, input.environment);
  if (salt === undefined)
    throw new Error(`operator ${input.operatorId} has no active ${input.environment} salt`);
  const result = await balanceCheckCall(deps, { ...input, salt: salt.salt, purpose: "test-call" });
  return result.ok ? { ok: true, report: result.report } : result;
}
