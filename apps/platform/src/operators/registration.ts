import { isIsoCurrency } from "@croupier/protocol";
import { recordAudit } from "../audit/audit-log.ts";
import { normalizeEmail } from "../auth/accounts.ts";
import { hashPassword } from "../auth/passwords.ts";
import { isUniqueViolation } from "../db/errors.ts";
import type { ServiceDeps } from "../deps.ts";
import type { ExpectedVolume } from "./operators.ts";
import { fail, type Failure } from "./problems.ts";

export interface RegistrationInput {
  readonly companyName: string;
  readonly website: string;
  readonly contact: { readonly name: string; readonly email: string };
  readonly licenceJurisdictions: readonly string[];
  readonly currencies: readonly string[];
  readonly expectedMonthlyVolume: ExpectedVolume;
  readonly platformDescription: string;
  readonly user: { readonly email: string; readonly password: string };
}

export type RegistrationResult =
  | { readonly ok: true; readonly operatorId: string; readonly userId: string }
  | Failure<"EMAIL_TAKEN" | "INVALID_REGISTRATION">;

/**
 * Records a registration as a `pending` operator with its first user (password scrypt-hashed).
 * Nothing is provisioned until an admin approves. The schema has checked shapes; this checks
 * the rules a schema cannot (real ISO currencies, no duplicates).
 */
export async function registerOperator(
  deps: Pick<ServiceDeps, "db" | "clock" | "ids" | "passwordCost">,
  input: RegistrationInput,
): Promise<RegistrationResult> {
  const currencies = [...input.currencies];
  const unknown = currencies.filter((code) => !isIsoCurrency(code));
  if (unknown.length > 0)
    return fail("INVALID_REGISTRATION", `Unknown ISO 4217 currency: ${unknown.join(", ")}.`);
  if (new Set(currencies).size !== currencies.length)
    return fail("INVALID_REGISTRATION", "Currencies are listed twice.");
  const jurisdictions = [...input.licenceJurisdictions];
  if (new Set(jurisdictions).size !== jurisdictions.length) {
    return fail("INVALID_REGISTRATION", "Licence jurisdictions are listed twice.");
  }
  const volume = input.expectedMonthlyVolume;
  if ("currency" in volume && !isIsoCurrency(volume.currency)) {
    return fail("INVALID_REGISTRATION", `Unknown ISO 4217 currency: ${volume.currency}.`);
  }

  const email = normalizeEmail(input.user.email);
  const passwordHash = await hashPassword(input.user.password, deps.passwordCost);
  const now = deps.clock();
  const operatorId = deps.ids("op");
  const userId = deps.ids("usr");
  try {
    await deps.db.transaction().execute(async (trx) => {
      await trx
        .insertInto("operators")
        .values({
          id: operatorId,
          company_name: input.companyName.trim(),
          website: input.website,
          contact_name: input.contact.name.trim(),
          contact_email: input.contact.email.trim().toLowerCase(),
          licence_jurisdictions: JSON.stringify(jurisdictions),
          currencies: JSON.stringify(currencies),
          expected_volume_minor: "amountMinor" in volume ? volume.amountMinor : null,
          expected_volume_currency: "currency" in volume ? volume.currency : null,
          expected_volume_range: "range" in volume ? volume.range : null,
          platform_description: input.platformDescription.trim(),
          status: "pending",
          status_before_suspension: null,
          status_reason: null,
          created_at_ms: now,
          updated_at_ms: now,
        })
        .execute();
      await trx
        .insertInto("operator_users")
        .values({
          id: userId,
          operator_id: operatorId,
          email,
          password_hash: passwordHash,
          created_at_ms: now,
          last_login_at_ms: null,
        })
        .execute();
      await recordAudit(deps, trx, {
        actor: { kind: "operator_user", id: userId },
        action: "operator.register",
        targetKind: "operator",
        targetId: operatorId,
        details: { companyName: input.companyName.trim() },
      });
    });
  } catch (error) {
    if (isUniqueViolation(error)) return fail("EMAIL_TAKEN", "An account with this email already exists.");
    throw error;
  }
  return { ok: true, operatorId, userId };
}

/**
 * The public registration: like `registerOperator`, but an email that already has an account
 * gets the same answer as a new one (fresh ids of the same shape, status pending), so the form
 * cannot be used to find out who is a customer. The owner of the account learns of the attempt
 * through the channels that reach them, not the anonymous caller: a log line for staff and an
 * audit entry on their operator. Costs the same scrypt hash either way.
 */
export async function registerOperatorUndisclosed(
  deps: Pick<ServiceDeps, "db" | "clock" | "ids" | "logger" | "passwordCost">,
  input: RegistrationInput,
): Promise<RegistrationResult> {
  const result = await registerOperator(deps, input);
  if (result.ok || result.code !== "EMAIL_TAKEN") return result;
  const email = input.user.email.trim().toLowerCase();
  const existing = await deps.db
    .selectFrom("operator_users")
    .select(["id", "operator_id"])
    .where("email", "=", email)
    .executeTakeFirst();
  if (existing !== undefined) {
    await recordAudit(deps, deps.db, {
      actor: { kind: "system", id: "registration" },
      action: "operator_user.registration_attempt",
      targetKind: "operator",
      targetId: existing.operator_id,
      details: { userId: existing.id, companyName: input.companyName.trim() },
    });
    deps.logger.warn(
      { operatorId: existing.operator_id, userId: existing.id },
      "a registration used the email of an existing operator user; answered as for a new one",
    );
  }
  return { ok: true, operatorId: deps.ids("op"), userId: deps.ids("usr") };
}
