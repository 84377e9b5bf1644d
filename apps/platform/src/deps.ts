import type { Kysely } from "kysely";
import type { Logger } from "pino";
import type { Environment } from "./callbacks/wallet-endpoint.ts";
import type { DialectName, PlatformDb } from "./db/connect.ts";
import type { Database } from "./db/database.ts";
import type { WalletCallSender } from "./operators/wallet-call-sender.ts";
import type { SecretBox } from "./secrets/secret-box.ts";
import type { StudioKeyCache } from "./studios/verification-key.ts";
import type { ScryptCost } from "./auth/passwords.ts";
import type { MailService } from "./accounts/mail-service.ts";

/** Epoch milliseconds now; injected so tests control time. */
export type Clock = () => number;

/** New unique id with a readable prefix (`op_…`, `cred_…`); injected so tests can fix ids. */
export type IdGenerator = (prefix: string) => string;

/**
 * What every service function needs. Services are plain functions `fn(deps, input)`; they
 * take the narrowest `Pick<ServiceDeps, …>` they use, so a test builds only that.
 */
export interface ServiceDeps {
  readonly db: Kysely<Database>;
  readonly dialect: DialectName;
  /** The driver under `db`, for the outbox's write batches (see `PlatformDb`). */
  readonly driver: PlatformDb["driver"];
  readonly clock: Clock;
  readonly ids: IdGenerator;
  readonly secretBox: SecretBox;
  readonly logger: Logger;
  /** Sends one signed wallet call and reports on it (test calls, salt checks). */
  readonly walletCall: WalletCallSender;
  /** Called after a salt or wallet setting changes, so cached endpoints are dropped. */
  readonly walletEndpointChanged: (operatorId: string, environment: Environment) => void;
  /** Gateway keys, cached; told when a studio's keys or status change. */
  readonly studioKeys: StudioKeyCache;
  /** scrypt parameters for new password hashes (PASSWORD_COST; tests may pass a cheaper one). */
  readonly passwordCost: ScryptCost;
  /** Account mail: SMTP when configured (SMTP_URL), else the log and the admins' list. */
  readonly mail: MailService;
}

export const systemClock: Clock = () => Date.now();
