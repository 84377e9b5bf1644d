import type { Environment } from "../callbacks/wallet-endpoint.ts";
import type { OperatorStatus } from "./status.ts";

/** Declared volume bands, for operators who prefer not to give a figure. */
export type VolumeRange = "under_100k" | "100k_1m" | "1m_10m" | "10m_100m" | "over_100m";

export interface OperatorsTable {
  id: string;
  company_name: string;
  website: string;
  contact_name: string;
  contact_email: string;
  /** JSON array of jurisdiction codes (`MT`, `GB`, `US-NJ`). */
  licence_jurisdictions: string;
  /** JSON array of ISO 4217 codes. */
  currencies: string;
  /** Either a figure (minor units + currency) or a range is set, never both. */
  expected_volume_minor: number | null;
  expected_volume_currency: string | null;
  expected_volume_range: VolumeRange | null;
  platform_description: string;
  status: OperatorStatus;
  /** Where `reinstate` returns to; set only while suspended. */
  status_before_suspension: "sandbox" | "live" | null;
  /** Why the last reject or suspend happened; shown to the operator. */
  status_reason: string | null;
  created_at_ms: number;
  updated_at_ms: number;
}

export interface OperatorUsersTable {
  id: string;
  operator_id: string;
  /** Lower-cased; unique across all operators. */
  email: string;
  password_hash: string;
  created_at_ms: number;
  last_login_at_ms: number | null;
}

export interface OperatorCredentialsTable {
  /** `cred_<random>`; the random part travels inside the token. */
  id: string;
  operator_id: string;
  environment: Environment;
  label: string;
  /** sha256 (hex) of the token's secret part; the token itself is never stored. */
  secret_hash: string;
  created_at_ms: number;
  created_by_user_id: string | null;
  revoked_at_ms: number | null;
  last_used_at_ms: number | null;
}

export type SaltKeyState = "active" | "pending" | "retired";

export interface OperatorSaltKeysTable {
  id: string;
  operator_id: string;
  environment: Environment;
  state: SaltKeyState;
  /** AES-256-GCM sealed salt (see secrets/secret-box.ts), bound to this row's id. */
  sealed_salt: string;
  created_at_ms: number;
  activated_at_ms: number | null;
  retired_at_ms: number | null;
}

export type WalletProfile = "native" | "gamehub";

export interface OperatorWalletSettingsTable {
  operator_id: string;
  environment: Environment;
  callback_url: string | null;
  callback_timeout_ms: number;
  max_concurrency: number;
  breaker_failure_threshold: number;
  breaker_cooldown_ms: number;
  profile: WalletProfile;
  updated_at_ms: number;
}

export interface OperatorTables {
  operators: OperatorsTable;
  operator_users: OperatorUsersTable;
  operator_credentials: OperatorCredentialsTable;
  operator_salt_keys: OperatorSaltKeysTable;
  operator_wallet_settings: OperatorWalletSettingsTable;
}
