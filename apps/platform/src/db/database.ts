/**
 * The one `Database` type: the intersection of every domain's tables. Each domain declares
 * its tables in its own folder (`<domain>/tables.ts`) and adds them here, so a newcomer
 * finds a table beside the code that owns it.
 */
import type { AccountTables } from "../accounts/tables.ts";
import type { AdminTables } from "../admin/tables.ts";
import type { AuditTables } from "../audit/tables.ts";
import type { AuthTables } from "../auth/tables.ts";
import type { BillingTables } from "../billing/tables.ts";
import type { NotificationTables } from "../notifications/tables.ts";
import type { ReconciliationTables } from "../reconciliation/tables.ts";
import type { CatalogueTables } from "../catalogue/tables.ts";
import type { ConformanceRunTables } from "../conformance-runs/tables.ts";
import type { OperatorTables } from "../operators/tables.ts";
import type { OutboxTables } from "../round-engine/outbox/tables.ts";
import type { GatewayTables } from "../provider-gateway/tables.ts";
import type { RoundTables } from "../round-engine/tables.ts";
import type { RetentionTables } from "../retention/tables.ts";
import type { SecretsTables } from "../secrets/tables.ts";
import type { SessionTables } from "../sessions/tables.ts";
import type { StudioTables as BuiltInStudioTables } from "../builtin-studio/tables.ts";
import type { StudioTables } from "../studios/tables.ts";

export interface Database
  extends
    // operators, admin, audit, auth, secrets
    OperatorTables,
    AdminTables,
    AuditTables,
    AuthTables,
    SecretsTables,
    // rounds and the wallet-call outbox
    RoundTables,
    OutboxTables,
    // settled rounds past their retention age, and the views that read hot and archived alike
    RetentionTables,
    // the game catalogue
    CatalogueTables,
    // game studios, sessions and the provider gateway
    StudioTables,
    SessionTables,
    GatewayTables,
    // conformance runs (go-live evidence)
    ConformanceRunTables,
    // the built-in studio: rounds with their draws, client access tokens
    BuiltInStudioTables,
    // team accounts, second factors, account mail
    AccountTables,
    // prepaid credit, fees, report aggregates
    BillingTables,
    // notifications to operators (webhook outbox)
    NotificationTables,
    // reconciliation of operators' ledgers
    ReconciliationTables {}
