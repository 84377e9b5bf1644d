import type { Migration } from "kysely/migration";
import * as m0001 from "./0001-operators.ts";
import * as m0002 from "./0002-operator-credentials.ts";
import * as m0003 from "./0003-operator-salt-keys.ts";
import * as m0004 from "./0004-operator-wallet-settings.ts";
import * as m0005 from "./0005-admins-and-audit-log.ts";
import * as m0006 from "./0006-auth-sessions.ts";
import * as m0100 from "./0100-rounds.ts";
import * as m0101 from "./0101-wallet-calls.ts";
import * as m0200 from "./0200-catalogue.ts";
import * as m0300 from "./0300-game-studios.ts";
import * as m0301 from "./0301-game-sessions.ts";
import * as m0302 from "./0302-gateway-transactions.ts";
import * as m0400 from "./0400-conformance-runs.ts";
import * as m0600 from "./0600-studio-rounds.ts";
import * as m0601 from "./0601-studio-abandoned-rounds.ts";
import * as m0720 from "./0720-studio-client-bindings.ts";
import * as m0900 from "./0900-studio-player-rounds.ts";
import * as m0901 from "./0901-accounts.ts";
import * as m0902 from "./0902-password-resets.ts";
import * as m0910 from "./0910-manual-calls-by-operator.ts";
import * as m0930 from "./0930-account-security.ts";
import * as m0940 from "./0940-reconciliation-progress.ts";
import * as m0500 from "./0500-history-indexes.ts";
import * as m0730 from "./0730-play-limits.ts";
import * as m0731 from "./0731-studio-title-versions.ts";
import * as m0800 from "./0800-billing-credit.ts";
import * as m0801 from "./0801-billing-fees.ts";
import * as m0802 from "./0802-report-aggregates.ts";
import * as m0803 from "./0803-operator-notifications.ts";
import * as m0804 from "./0804-billing-self-checks.ts";
import * as m0805 from "./0805-reconciliations.ts";
import * as m0950 from "./0950-round-archive.ts";
import * as m0960 from "./0960-reconciliation-lines-unlogged.ts";
import * as m0961 from "./0961-reconciliation-progress-time.ts";
import * as m0970 from "./0970-session-round-id-form.ts";
import * as m0980 from "./0980-updates-stay-on-their-page.ts";

/**
 * Every migration, by name. Names sort in the order they run (`NNNN-domain-what`), and a
 * migration is frozen once merged: change the schema with a new one. A new migration must sort
 * after every merged one: the runner refuses one that sorts before a migration a database
 * already has (db/late-migrations.ts lists the few merged that way before it did). Migrations take
 * `Kysely<any>` so they never depend on today's types.
 */
export const migrations: Record<string, Migration> = {};

// Operators, admin, audit and auth (0001–0099).
migrations["0001-operators"] = m0001;
migrations["0002-operator-credentials"] = m0002;
migrations["0003-operator-salt-keys"] = m0003;
migrations["0004-operator-wallet-settings"] = m0004;
migrations["0005-admins-and-audit-log"] = m0005;
migrations["0006-auth-sessions"] = m0006;

// Rounds, outbox and callbacks (0100–0199).
migrations["0100-rounds"] = m0100;
migrations["0101-wallet-calls"] = m0101;

// Game catalogue (0200–0299).
migrations["0200-catalogue"] = m0200;

// Game studios, sessions and the provider gateway (0300–0399).
migrations["0300-game-studios"] = m0300;
migrations["0301-game-sessions"] = m0301;
migrations["0302-gateway-transactions"] = m0302;

// Conformance runs and the go-live gate (0400–0499).
migrations["0400-conformance-runs"] = m0400;

// Operator API history (0500–0599).
migrations["0500-history-indexes"] = m0500;

// The built-in studio: rounds with their draws, client access tokens (0600–0699).
migrations["0600-studio-rounds"] = m0600;
migrations["0601-studio-abandoned-rounds"] = m0601;

// Hardening (0720–0729): play tokens bound to the browser that first exchanged them.
migrations["0720-studio-client-bindings"] = m0720;
// Play limits and win caps (0730–0739).
migrations["0730-play-limits"] = m0730;
migrations["0731-studio-title-versions"] = m0731;
// Billing: prepaid credit, fees, report aggregates (0800–0899).
migrations["0800-billing-credit"] = m0800;
migrations["0801-billing-fees"] = m0801;
migrations["0802-report-aggregates"] = m0802;
migrations["0803-operator-notifications"] = m0803;
migrations["0804-billing-self-checks"] = m0804;
migrations["0805-reconciliations"] = m0805;

// Backoffice web UI and accounts (0900–0949).
migrations["0900-studio-player-rounds"] = m0900;
migrations["0901-accounts"] = m0901;
migrations["0902-password-resets"] = m0902;

// Report and reconciliation reads at scale (0910–0919).
migrations["0910-manual-calls-by-operator"] = m0910;
// Account security for admins, TOTP requirements, mail through SMTP (0930–0939).
migrations["0930-account-security"] = m0930;
migrations["0940-reconciliation-progress"] = m0940;

// Retention: settled rounds archived into cold tables (0950–0959).
migrations["0950-round-archive"] = m0950;

// Reconciliation at scale (0960–0969).
migrations["0960-reconciliation-lines-unlogged"] = m0960;
migrations["0961-reconciliation-progress-time"] = m0961;

// Game sessions, later changes (0970–0979).
migrations["0970-session-round-id-form"] = m0970;

// The hot path's updates (0980–0989).
migrations["0980-updates-stay-on-their-page"] = m0980;
