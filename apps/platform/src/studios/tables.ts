import type { Generated } from "kysely";
/** `active`: its games launch and its gateway keys work. `disabled`: neither (open rounds still settle through the platform). */
export type StudioStatus = "active" | "disabled";

/** A third-party game studio: its games are in the catalogue under the provider with the same id. */
export interface GameStudiosTable {
  /** The catalogue provider slug (`acme-gaming`): a game's `provider_id` names its studio. */
  id: string;
  name: string;
  /** Where a launch sends the player, with `{token}`, `{game_id}`, `{language}`, … filled in. */
  launch_url_template: string;
  status: StudioStatus;
  /** The most one round of its games may pay in total, as a multiple of the round's stakes (default 10,000). */
  max_win_multiple: Generated<number>;
  created_at_ms: number;
  updated_at_ms: number;
}

/** One HMAC key of a studio for the provider gateway. */
export interface StudioKeysTable {
  /** `gwk_<random>`: sent as `X-Croupier-Key-Id`. */
  id: string;
  studio_id: string;
  label: string;
  /**
   * AES-256-GCM sealed secret (secrets/secret-box.ts), bound to studio and key id. Sealed, not
   * hashed: verifying an HMAC needs the secret itself.
   */
  sealed_secret: string;
  created_at_ms: number;
  revoked_at_ms: number | null;
  last_used_at_ms: number | null;
}

export interface StudioTables {
  game_studios: GameStudiosTable;
  studio_keys: StudioKeysTable;
}
