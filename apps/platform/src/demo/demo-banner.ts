import { DEMO_CURRENCY, DEMO_PLAYERS, DEMO_TITLES } from "./demo-data.ts";
import type { SeededDemo } from "./seed-demo.ts";

/** Single quotes for a POSIX shell. */
function quote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

/**
 * What to open and paste once both servers run: the platform's pages, the three sign-ins, the
 * wallet, and a curl line that launches a game with the demo credential.
 */
export function demoBanner(input: {
  readonly platformUrl: string;
  readonly walletUrl: string;
  readonly admin: { readonly email: string; readonly password: string };
  readonly demo: SeededDemo;
  readonly credentialsFile: string;
}): string {
  const { platformUrl, walletUrl, demo } = input;
  const auth = `authorization: Bearer ${demo.credentials.apiToken}`;
  const launch = JSON.stringify({
    player_id: DEMO_PLAYERS[0]!.playerId,
    currency: DEMO_CURRENCY,
    game_id: DEMO_TITLES[0]!.id,
    language: "en",
    return_url: "https://demo-casino.example/lobby",
    cashier_url: "https://demo-casino.example/cashier",
  });
  const line = "─".repeat(78);
  return [
    line,
    "Croupier demo is running (platform + reference wallet). Ctrl-C stops both.",
    line,
    `Platform        ${platformUrl}`,
    `  web UI        ${platformUrl}/ui/           (operator backend and admin back office: the sign-ins below)`,
    `  API docs      ${platformUrl}/docs          (OpenAPI: ${platformUrl}/openapi.json)`,
    `  contract      ${platformUrl}/docs/protocol (the wallet callbacks operators implement)`,
    `  health        ${platformUrl}/healthz       metrics: ${platformUrl}/metrics`,
    `Admin API       POST ${platformUrl}/admin/login`,
    `  sign in as    ${input.admin.email} / ${input.admin.password}`,
    `Backoffice API  POST ${platformUrl}/backoffice/login`,
    `  sign in as    ${demo.operatorEmail} / ${demo.credentials.operatorPassword}   (operator ${demo.operatorId})`,
    `Sandbox API credential (demo only, kept in ${input.credentialsFile}):`,
    `  ${demo.credentials.apiToken}`,
    `Reference wallet ${walletUrl}   admin token: ${demo.credentials.walletAdminToken}`,
    `  players       ${DEMO_PLAYERS.map((p) => `${p.playerId} (${(p.balanceMinor / 100).toFixed(2)} ${DEMO_CURRENCY})`).join(", ")}`,
    "",
    "Launch a game (open the launch_url it returns in a browser):",
    `  curl -sS -X POST ${platformUrl}/v1/sessions -H ${quote(auth)} -H 'content-type: application/json' -d ${quote(launch)}`,
    "Then read the history:",
    `  curl -sS ${platformUrl}/v1/transactions -H ${quote(auth)}`,
    line,
  ].join("\n");
}
