export type NotificationEvent =
  | "application.approved"
  | "application.rejected"
  | "credit.low"
  | "credit.exhausted"
  | "wallet_call.manual_resolution"
  | "salt_rotation.started";

/**
 * `pending`: to deliver (at `next_attempt_at_ms`); `delivered`: the webhook answered 2xx;
 * `failed`: the retry horizon passed; `no_webhook`: the operator had no webhook URL when it was
 * written (still listed in the API).
 */
export type NotificationState = "pending" | "delivered" | "failed" | "no_webhook";

export interface OperatorNotificationsTable {
  id: string;
  operator_id: string;
  event: NotificationEvent;
  dedupe_key: string;
  payload: string;
  state: NotificationState;
  attempts: number;
  next_attempt_at_ms: number;
  last_error: string | null;
  created_at_ms: number;
  delivered_at_ms: number | null;
}

export interface OperatorWebhooksTable {
  operator_id: string;
  url: string;
  /** The signing secret, encrypted with the installation key (like salt keys). */
  secret_encrypted: string;
  updated_at_ms: number;
}

export interface BillingCreditNoticesTable {
  operator_id: string;
  state: string;
  changed_at_ms: number;
}

export interface NotificationTables {
  operator_notifications: OperatorNotificationsTable;
  operator_webhooks: OperatorWebhooksTable;
  billing_credit_notices: BillingCreditNoticesTable;
}
