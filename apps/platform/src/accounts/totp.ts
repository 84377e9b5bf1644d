import { randomBytes } from "node:crypto";
import { Secret, TOTP } from "otpauth";
import { sha256Hex } from "../auth/tokens.ts";
import type { SessionRealm } from "../auth/tables.ts";
import type { ServiceDeps } from "../deps.ts";

/** RFC 6238 defaults every authenticator app understands. */
const PERIOD_SECONDS = 30;
const DIGITS = 6;
/** One step either side: a phone clock a little off still works, a code lives at most 90 s. */
const WINDOW_STEPS = 1;
const RECOVERY_CODES = 10;
const ISSUER = "Croupier";

type Deps = Pick<ServiceDeps, "db" | "clock" | "secretBox">;
type Subject = { readonly realm: SessionRealm; readonly subjectId: string };

const context = (s: Subject) => `totp:${s.realm}:${s.subjectId}`;

function totpOf(secretBase32: string, label: string): TOTP {
  return new TOTP({
    issuer: ISSUER,
    label,
    algorithm: "SHA1",
    digits: DIGITS,
    period: PERIOD_SECONDS,
    secret: Secret.fromBase32(secretBase32),
  });
}

/** Recovery codes are shown once; compared by hash, normalised (no dashes, lower case). */
const normalise = (code: string) => code.replace(/[\s-]/g, "").toLowerCase();

export async function totpState(deps: Pick<ServiceDeps, "db">, s: Subject) {
  const row = await deps.db
    .selectFrom("account_totp")
    .selectAll()
    .where("realm", "=", s.realm)
    .where("subject_id", "=", s.subjectId)
    .executeTakeFirst();
  return {
    row,
    enabled: row !== undefined && row.enabled_at_ms !== null,
    recoveryCodesLeft: row === undefined ? 0 : (JSON.parse(row.recovery_code_hashes) as string[]).length,
  };
}

/**
 * Starts (or restarts) a setup: a new secret, kept encrypted, not asked at sign-in until a first
 * code confirms it. Refused while a second factor is enabled.
 */
export async function setUpTotp(
  deps: Deps,
  s: Subject,
  label: string,
): Promise<
  { ok: true; secret: string; uri: string } | { ok: false; code: "SECOND_FACTOR_STATE"; message: string }
> {
  const state = await totpState(deps, s);
  if (state.enabled)
    return { ok: false, code: "SECOND_FACTOR_STATE", message: "A second factor is already enabled." };
  const secret = new Secret({ size: 20 }).base32;
  const sealed = deps.secretBox.seal(secret, context(s));
  await deps.db
    .deleteFrom("account_totp")
    .where("realm", "=", s.realm)
    .where("subject_id", "=", s.subjectId)
    .execute();
  await deps.db
    .insertInto("account_totp")
    .values({
      realm: s.realm,
      subject_id: s.subjectId,
      secret_encrypted: sealed,
      enabled_at_ms: null,
      recovery_code_hashes: "[]",
      last_step: null,
      created_at_ms: deps.clock(),
    })
    .execute();
  return { ok: true, secret, uri: totpOf(secret, label).toString() };
}

/**
 * Checks a TOTP code (or, when `allowRecovery`, a recovery code, then used up). A code's time
 * step is remembered: the same code never works twice.
 */
export async function checkSecondFactor(
  deps: Deps,
  s: Subject,
  code: string,
  options: { allowRecovery: boolean },
): Promise<boolean> {
  const { row } = await totpState(deps, s);
  if (row === undefined) return false;
  const now = deps.clock();
  const trimmed = code.trim();
  if (/^\d{6}$/.test(trimmed)) {
    const secret = deps.secretBox.open(row.secret_encrypted, context(s));
    const delta = totpOf(secret, s.subjectId).validate({
      token: trimmed,
      timestamp: now,
      window: WINDOW_STEPS,
    });
    if (delta === null) return false;
    const step = Math.floor(now / (PERIOD_SECONDS * 1000)) + delta;
    if (row.last_step !== null && step <= row.last_step) return false;
    // The update is conditional, so two requests with one code cannot both pass.
    const updated = await deps.db
      .updateTable("account_totp")
      .set({ last_step: step })
      .where("realm", "=", s.realm)
      .where("subject_id", "=", s.subjectId)
      .where((eb) => eb.or([eb("last_step", "is", null), eb("last_step", "<", step)]))
      .executeTakeFirst();
    return Number(updated.numUpdatedRows) === 1;
  }
  if (!options.allowRecovery || row.enabled_at_ms === null) return false;
  const hashes = JSON.parse(row.recovery_code_hashes) as string[];
  const hash = sha256Hex(normalise(trimmed));
  if (!hashes.includes(hash)) return false;
  const updated = await deps.db
    .updateTable("account_totp")
    .set({ recovery_code_hashes: JSON.stringify(hashes.filter((h) => h !== hash)) })
    .where("realm", "=", s.realm)
    .where("subject_id", "=", s.subjectId)
    .where("recovery_code_hashes", "=", row.recovery_code_hashes)
    .executeTakeFirst();
  return Number(updated.numUpdatedRows) === 1;
}

/** Confirms a setup with a first code: enabled from now on; returns the recovery codes (shown once). */
export async function enableTotp(
  deps: Deps,
  s: Subject,
  code: string,
): Promise<
  | { ok: true; recoveryCodes: string[] }
  | { ok: false; code: "SECOND_FACTOR_STATE" | "INVALID_SECOND_FACTOR"; message: string }
> {
  const state = await totpState(deps, s);
  if (state.row === undefined || state.enabled)
    return { ok: false, code: "SECOND_FACTOR_STATE", message: "Start a setup first." };
  if (!(await checkSecondFactor(deps, s, code, { allowRecovery: false })))
    return { ok: false, code: "INVALID_SECOND_FACTOR", message: "That code is not valid; try the next one." };
  const recoveryCodes = Array.from({ length: RECOVERY_CODES }, () => {
    const hex = randomBytes(5).toString("hex");
    return `${hex.slice(0, 5)}-${hex.slice(5)}`;
  });
  await deps.db
    .updateTable("account_totp")
    .set({
      enabled_at_ms: deps.clock(),
      recovery_code_hashes: JSON.stringify(recoveryCodes.map((c) => sha256Hex(normalise(c)))),
    })
    .where("realm", "=", s.realm)
    .where("subject_id", "=", s.subjectId)
    .execute();
  return { ok: true, recoveryCodes };
}

/** Turns the second factor off, with a valid code (or recovery code) as proof. */
export async function disableTotp(deps: Deps, s: Subject, code: string): Promise<boolean> {
  if (!(await totpState(deps, s)).enabled) return false;
  if (!(await checkSecondFactor(deps, s, code, { allowRecovery: true }))) return false;
  await deps.db
    .deleteFrom("account_totp")
    .where("realm", "=", s.realm)
    .where("subject_id", "=", s.subjectId)
    .execute();
  return true;
}
