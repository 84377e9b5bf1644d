import type { SessionRealm } from "../auth/tables.ts";

/** What a member of an operator's team may do (accounts/permissions.ts). */
export const TEAM_ROLES = ["owner", "developer", "finance", "viewer"] as const;
export type TeamRole = (typeof TEAM_ROLES)[number];

/**
 * A member's role. The user who registered the operator has no row and is its owner (the
 * registration predates roles); every invited user gets a row when they accept.
 */
export interface TeamMembersTable {
  user_id: string;
  operator_id: string;
  role: TeamRole;
  invited_by: string | null;
  created_at_ms: number;
  updated_at_ms: number;
}

/** An invitation by email: the link carries a token whose sha256 only is stored. */
export interface TeamInvitesTable {
  id: string;
  operator_id: string;
  email: string;
  role: TeamRole;
  token_hash: string;
  invited_by: string;
  created_at_ms: number;
  expires_at_ms: number;
  accepted_at_ms: number | null;
  revoked_at_ms: number | null;
}

/** A TOTP second factor of an operator user or an admin. */
export interface AccountTotpTable {
  realm: SessionRealm;
  subject_id: string;
  /** The base32 secret, encrypted with the installation key (secret box). */
  secret_encrypted: string;
  /** Null until the first code is confirmed: until then sign-in does not ask for it. */
  enabled_at_ms: number | null;
  /** JSON array of sha256 hex of the unused recovery codes. */
  recovery_code_hashes: string;
  /** The last time step accepted, so a code is never accepted twice. */
  last_step: number | null;
  created_at_ms: number;
}

/**
 * `logged`: no SMTP configured, written to the log and listed for admins (development);
 * `pending`: waiting for (another) SMTP attempt; `sent`; `failed`: every attempt failed.
 */
export type AccountMailStatus = "logged" | "pending" | "sent" | "failed";

/**
 * Account mail (invitations, password resets): the outbox SMTP delivery works through
 * (accounts/mail-delivery.ts). Without SMTP (development) these are the mails admins read;
 * links are one-time and expire, and only their hash is kept elsewhere.
 */
export interface AccountMailsTable {
  id: string;
  to_email: string;
  subject: string;
  body: string;
  created_at_ms: number;
  status: AccountMailStatus;
  /** SMTP attempts started; a pending row is claimed by raising this (accounts/mail-delivery.ts). */
  attempts: number;
  /** When a pending mail is next due (also the lease of an attempt in progress). */
  next_attempt_at_ms: number | null;
  last_error: string | null;
  sent_at_ms: number | null;
}

/** An admin's requirement of a TOTP second factor: `admins`, `operators` (all) or `operator:<id>`. */
export interface TotpRequirementsTable {
  scope: string;
  set_by_admin_id: string;
  set_at_ms: number;
}

/** A one-time password reset link of an operator user or an admin (only the token's sha256 is kept). */
export interface PasswordResetsTable {
  id: string;
  realm: SessionRealm;
  /** The operator user's or the admin's id, by realm. */
  user_id: string;
  token_hash: string;
  created_at_ms: number;
  expires_at_ms: number;
  used_at_ms: number | null;
}

export interface AccountTables {
  password_resets: PasswordResetsTable;
  team_members: TeamMembersTable;
  team_invites: TeamInvitesTable;
  account_totp: AccountTotpTable;
  account_mails: AccountMailsTable;
  totp_requirements: TotpRequirementsTable;
}
