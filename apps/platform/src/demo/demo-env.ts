/** Where the demo listens unless HOST says otherwise: this machine only, never the network. */
export const DEMO_DEFAULT_HOST = "127.0.0.1";

export interface DemoPlatformSettings {
  readonly dataDir: string;
  readonly port: string;
  readonly admin: { readonly email: string; readonly password: string };
}

/**
 * The environment the demo's platform process runs with. The demo's operator is a sandbox
 * operator whose wallet listens on loopback, so private callback URLs are enabled here, and
 * explicitly: the platform's own default is off. It listens on loopback unless HOST is set, since
 * the demo's admin password and API credential are printed on the screen.
 */
export function demoPlatformEnv(env: NodeJS.ProcessEnv, settings: DemoPlatformSettings): NodeJS.ProcessEnv {
  return {
    ...env,
    HOST: env.HOST === undefined || env.HOST.trim() === "" ? DEMO_DEFAULT_HOST : env.HOST,
    DATA_DIR: settings.dataDir,
    PORT: settings.port,
    ADMIN_EMAIL: settings.admin.email,
    ADMIN_PASSWORD: settings.admin.password,
    ALLOW_PRIVATE_CALLBACK_URLS: "true",
  };
}
