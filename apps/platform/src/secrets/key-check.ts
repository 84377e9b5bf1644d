import type { ServiceDeps } from "../deps.ts";

const SETTING = "secret_key_check";
const CONTEXT = "platform:secret-key-check";
const PLAINTEXT = "croupier-secret-key-check";

export type KeyCheckResult = { ok: true; firstUse: boolean } | { ok: false; message: string };

/**
 * Proves at start-up that CROUPIER_SECRET_KEY is the key the stored salts were sealed with.
 * The first start seals a known value; every later start must open it. Starting with another
 * key would otherwise look healthy until the first callback fails to sign.
 */
export async function checkSecretKey(deps: Pick<ServiceDeps, "db" | "secretBox">): Promise<KeyCheckResult> {
  const row = await deps.db
    .selectFrom("platform_settings")
    .select("value")
    .where("name", "=", SETTING)
    .executeTakeFirst();
  if (row === undefined) {
    await deps.db
      .insertInto("platform_settings")
      .values({ name: SETTING, value: deps.secretBox.seal(PLAINTEXT, CONTEXT) })
      .onConflict((oc) => oc.column("name").doNothing())
      .execute();
    return checkAgain(deps);
  }
  try {
    if (deps.secretBox.open(row.value, CONTEXT) === PLAINTEXT) return { ok: true, firstUse: false };
  } catch {
    // fall through
  }
  return {
    ok: false,
    message:
      "CROUPIER_SECRET_KEY is not the key this database was set up with: stored salt keys cannot be decrypted. " +
      "Restore the original key (or DATA_DIR/secret.key).",
  };
}

async function checkAgain(deps: Pick<ServiceDeps, "db" | "secretBox">): Promise<KeyCheckResult> {
  const result = await checkSecretKey(deps);
  return result.ok ? { ok: true, firstUse: true } : result;
}
