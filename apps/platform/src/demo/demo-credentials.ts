import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";

/**
 * The demo's secrets, kept in `DATA_DIR/demo-credentials.json` (mode 0600) so a restart can print
 * them again: the sandbox API credential is shown once by the platform and stored only hashed,
 * the operator user's password and the wallet's admin token are generated here. DEMO ONLY: a real
 * installation never writes an API credential to disk.
 */
export interface DemoCredentials {
  readonly operatorPassword: string;
  readonly walletAdminToken: string;
  /** The sandbox API credential's plain text, once created. */
  readonly apiToken?: string;
}

export const DEMO_CREDENTIALS_FILE = "demo-credentials.json";

export function readDemoCredentials(file: string): DemoCredentials | undefined {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    return undefined;
  }
  const value = JSON.parse(text) as Partial<DemoCredentials>;
  if (typeof value.operatorPassword !== "string" || typeof value.walletAdminToken !== "string") {
    throw new Error(`${file} is not a demo credentials file; move it away to start afresh.`);
  }
  return {
    operatorPassword: value.operatorPassword,
    walletAdminToken: value.walletAdminToken,
    ...(typeof value.apiToken === "string" ? { apiToken: value.apiToken } : {}),
  };
}

export function writeDemoCredentials(file: string, credentials: DemoCredentials): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(
    file,
    `${JSON.stringify({ note: "Demo only: secrets of the local demo installation.", ...credentials }, null, 2)}\n`,
    { mode: 0o600 },
  );
}

/** What a first start generates. */
export function newDemoCredentials(): DemoCredentials {
  return {
    operatorPassword: `demo-${randomBytes(9).toString("base64url")}`,
    walletAdminToken: `wallet-admin-${randomBytes(18).toString("base64url")}`,
  };
}
