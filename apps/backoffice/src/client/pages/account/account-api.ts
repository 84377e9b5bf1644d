import { api, must, type Realm } from "../../api/client.ts";

/**
 * The account security routes, the same for admins (`/admin/account/…`) and operator users
 * (`/backoffice/account/…`), as one typed set of calls per realm: the pages below take a realm
 * and never spell a path.
 */
export interface AccountApi {
  account(): Promise<{
    email: string;
    secondFactor: { enabled: boolean; recoveryCodesLeft: number; required: boolean };
  }>;
  setUpTotp(): Promise<{ secret: string; uri: string }>;
  enableTotp(code: string): Promise<{ recoveryCodes: string[] }>;
  disableTotp(code: string): Promise<unknown>;
  sessions(): Promise<{
    items: { id: string; createdAtMs: number; expiresAtMs: number; current: boolean }[];
  }>;
  signOutOthers(): Promise<{ ended: number }>;
  changePassword(current: string, next: string): Promise<unknown>;
  askReset(email: string): Promise<unknown>;
  confirmReset(token: string, password: string): Promise<unknown>;
}

const backoffice: AccountApi = {
  account: () => must(api.GET("/backoffice/account")),
  setUpTotp: () => must(api.POST("/backoffice/account/totp/setup")),
  enableTotp: (code) => must(api.POST("/backoffice/account/totp/enable", { body: { code } })),
  disableTotp: (code) => must(api.POST("/backoffice/account/totp/disable", { body: { code } })),
  sessions: () => must(api.GET("/backoffice/account/sessions")),
  signOutOthers: () => must(api.POST("/backoffice/account/sessions/sign-out-others")),
  changePassword: (current, next) =>
    must(api.POST("/backoffice/account/password", { body: { current, next } })),
  askReset: (email) => must(api.POST("/backoffice/password-resets", { body: { email } })),
  confirmReset: (token, password) =>
    must(api.POST("/backoffice/password-resets/confirm", { body: { token, password } })),
};

const admin: AccountApi = {
  account: () => must(api.GET("/admin/account")),
  setUpTotp: () => must(api.POST("/admin/account/totp/setup")),
  enableTotp: (code) => must(api.POST("/admin/account/totp/enable", { body: { code } })),
  disableTotp: (code) => must(api.POST("/admin/account/totp/disable", { body: { code } })),
  sessions: () => must(api.GET("/admin/account/sessions")),
  signOutOthers: () => must(api.POST("/admin/account/sessions/sign-out-others")),
  changePassword: (current, next) => must(api.POST("/admin/account/password", { body: { current, next } })),
  askReset: (email) => must(api.POST("/admin/password-resets", { body: { email } })),
  confirmReset: (token, password) =>
    must(api.POST("/admin/password-resets/confirm", { body: { token, password } })),
};

export const accountApi: Record<Realm, AccountApi> = { backoffice, admin };
