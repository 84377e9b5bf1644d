/**
 * The billing currency of an account created before an admin chose one. Admins may change it
 * while the account has no entries (account-settings.ts).
 */
export const DEFAULT_BILLING_CURRENCY = "EUR";
