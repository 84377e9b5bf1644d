import path from "node:path";
import { formatMinor } from "@croupier/protocol";
import { fileURLToPath } from "node:url";
import type { WalletConfig } from "./config.ts";
import type { DemoPlayer } from "./demo/demo-players.ts";
import { DEMO_PLAYERS } from "./demo/demo-players.ts";
import { shellQuote } from "./shell-quote.ts";
import { signedCurl } from "./signed-curl.ts";

export interface BannerInput {
  readonly config: WalletConfig;
  /** Where the server listens, e.g. http://127.0.0.1:3100 */
  readonly baseUrl: string;
  readonly seeded: readonly DemoPlayer[];
  readonly nowMs: number;
  readonly cwd: string;
}

const SIGN_CALL_SCRIPT = fileURLToPath(new URL("./sign-call.ts", import.meta.url));

/**
 * What the server prints once it listens: where to call it, the demo players, and a signed
 * `balance` call to paste. The signed line is printed only in demo mode: with a real salt a
 * working key in a log file would be a (short-lived) credential.
 */
export function startupBanner(input: BannerInput): string {
  const { config, baseUrl } = input;
  const walletUrl = `${baseUrl}/wallet`;
  const lines: string[] = [];
  const rule = "-".repeat(78);
  lines.push(rule, `Reference wallet listening on ${baseUrl}`);
  lines.push(`  callback endpoint  POST ${walletUrl}`);
  lines.push(`  admin API          ${baseUrl}/admin  (Authorization: Bearer <ADMIN_TOKEN>)`);
  lines.push(`  health             GET ${baseUrl}/healthz`);
  lines.push(
    `  store              ${config.store.kind === "sqlite" ? `SQLite ${config.store.filename}` : "PostgreSQL (DATABASE_URL)"}`,
  );
  lines.push(`  active salts       ${config.saltKeys.length}; timestamp window ${config.windowSeconds} s`);
  for (const warning of config.warnings) lines.push(`  WARNING: ${warning}`);

  if (config.demoMode) {
    lines.push("", `Demo admin token: ${config.adminToken}`);
    lines.push(
      input.seeded.length > 0
        ? "Demo players (seeded now):"
        : "Demo players (seeded into an empty store only):",
    );
    for (const player of DEMO_PLAYERS) {
      const major = formatMinor(player.balanceMinor, player.currency);
      lines.push(
        `  ${player.playerId.padEnd(12)} ${major.padStart(12)} ${player.currency}  (${player.balanceMinor} minor units)`,
      );
    }
    const salt = config.saltKeys[0]!;
    lines.push("", "A signed balance call (its key expires in 30 s):");
    lines.push(
      "  " +
        signedCurl({ url: walletUrl, salt, playerId: "demo-eur-1", currency: "EUR", nowMs: input.nowMs }),
    );
  }
  const script = path.relative(input.cwd, SIGN_CALL_SCRIPT) || SIGN_CALL_SCRIPT;
  lines.push("", "Sign a fresh one (reads SALT_KEYS like the server) and send it:");
  lines.push(
    `  node ${shellQuote(script)} --url ${shellQuote(walletUrl)} --player demo-eur-1 --currency EUR | sh`,
  );
  lines.push(
    "Admin example:",
    `  curl -sS -H ${config.demoMode ? shellQuote(`authorization: Bearer ${config.adminToken}`) : '"authorization: Bearer $ADMIN_TOKEN"'} ${baseUrl}/admin/players/demo-eur-1`,
    rule,
  );
  return lines.join("\n");
}
