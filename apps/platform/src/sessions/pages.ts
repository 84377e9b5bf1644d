import { formatMinor } from "@croupier/protocol";
import type { SessionRow } from "./tables.ts";

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(title)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem;color:#222}h1{font-size:1.4rem}dt{font-weight:600}</style>
</head>
<body>
${body}
</body>
</html>
`;
}

/** A plain page for a launch that cannot go on: no detail beyond what the player can act on. */
export function errorPage(title: string, message: string, returnUrl?: string): string {
  const back =
    returnUrl === undefined ? "" : `\n<p><a href="${escapeHtml(returnUrl)}">Back to the casino</a></p>`;
  return page(title, `<h1>${escapeHtml(title)}</h1>\n<p>${escapeHtml(message)}</p>${back}`);
}

/**
 * The built-in studio's stand-in until the game clients exist: says which session and game this
 * is and the player's balance. The games work replaces it with the real client.
 */
export function builtInPlayPage(session: SessionRow): string {
  const balance = session.demo === 1 ? session.demo_balance_minor : session.last_balance_minor;
  const shown = balance === null ? "unknown" : `${majorUnits(balance, session.currency)} ${session.currency}`;
  return page(
    `Croupier Studio — ${session.game_id}`,
    `<h1>Croupier Studio</h1>
<p>The game client for this title is not available yet.</p>
<dl>
<dt>Session</dt><dd id="session">${escapeHtml(session.id)}</dd>
<dt>Game</dt><dd id="game">${escapeHtml(session.game_id)}</dd>
<dt>Balance${session.demo === 1 ? " (play money)" : ""}</dt><dd id="balance">${escapeHtml(shown)}</dd>
<dt>Status</dt><dd id="status">${escapeHtml(session.status)}</dd>
</dl>
<p><a href="${escapeHtml(session.return_url)}">Back to the casino</a></p>`,
  );
}

function majorUnits(amountMinor: number, currency: string): string {
  try {
    return formatMinor(amountMinor, currency);
  } catch {
    return `${amountMinor} (minor units)`; // a currency the money table does not know: show what we have
  }
}
