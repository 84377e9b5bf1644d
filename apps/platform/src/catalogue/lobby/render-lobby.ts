import { createHash } from "node:crypto";
import { escapeHtml } from "../../http/escape-html.ts";
import type { Game } from "../games/present.ts";
import type { Provider } from "../providers.ts";

export interface LobbyView {
  readonly title: string;
  /** The lobby's own path, the form's action. */
  readonly basePath: string;
  readonly games: readonly Game[];
  readonly providers: readonly Provider[];
  readonly search: string;
  readonly provider: string | undefined;
  /** Query string (with `cursor`) of the next page, or null on the last. */
  readonly nextQuery: string | null;
  /** The operator's launch URL; each tile adds `game_id`. */
  readonly launchUrl: string;
}

const STYLE = `
*{box-sizing:border-box}
body{margin:0;font:15px/1.4 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;background:#0f1220;color:#e8eaf2}
.bar{position:sticky;top:0;display:flex;flex-wrap:wrap;gap:8px;padding:12px;background:#161a2e;z-index:1}
.bar input,.bar select,.bar button{font:inherit;padding:8px 10px;border-radius:8px;border:1px solid #2c3357;background:#0f1220;color:inherit}
.bar input{flex:1 1 200px;min-width:0}
.bar button{background:#3b5bfd;border-color:#3b5bfd;cursor:pointer}
.grid{list-style:none;margin:0;padding:12px;display:grid;gap:12px;grid-template-columns:repeat(auto-fill,minmax(150px,1fr))}
.tile a{display:flex;flex-direction:column;height:100%;color:inherit;text-decoration:none;background:#161a2e;border-radius:10px;overflow:hidden;border:1px solid #232945}
.tile a:hover,.tile a:focus-visible{border-color:#3b5bfd;outline:none}
.art{aspect-ratio:4/3;width:100%;object-fit:cover;background:#232945;display:flex;align-items:center;justify-content:center;font-size:28px;font-weight:700;color:#7c86b8}
.name{padding:8px 10px 0;font-weight:600}
.prov{padding:0 10px 8px;font-size:12px;color:#9aa3c7}
.demo{margin:0 10px 10px;align-self:flex-start;font-size:11px;padding:1px 6px;border-radius:6px;background:#233a2b;color:#8fe0a8}
.empty{padding:24px;text-align:center;color:#9aa3c7}
.more{display:block;margin:0 12px 16px;padding:10px;text-align:center;border-radius:8px;background:#161a2e;color:#e8eaf2;text-decoration:none}
@media (max-width:420px){.grid{grid-template-columns:repeat(2,1fr);gap:8px;padding:8px}}
`.trim();

/** The CSP source that allows exactly the inline stylesheet above (no 'unsafe-inline'). */
export const LOBBY_STYLE_SOURCE = `'sha256-${createHash("sha256").update(STYLE, "utf8").digest("base64")}'`;

/** The lobby page: a search form, a provider filter and a responsive grid of tiles. No script. */
export function renderLobby(view: LobbyView): string {
  const options = view.providers
    .map((p) => {
      const selected = p.id === view.provider ? " selected" : "";
      return `<option value="${escapeHtml(p.id)}"${selected}>${escapeHtml(p.name)}</option>`;
    })
    .join("");
  const tiles = view.games.map((game) => tile(game, view.launchUrl)).join("\n");
  const body =
    view.games.length === 0
      ? `<p class="empty">No games match your search.</p>`
      : `<ul class="grid">\n${tiles}\n</ul>`;
  const more =
    view.nextQuery === null
      ? ""
      : `<a class="more" href="${escapeHtml(`${view.basePath}?${view.nextQuery}`)}">More games</a>`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="strict-origin-when-cross-origin">
<title>${escapeHtml(view.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<form class="bar" method="get" action="${escapeHtml(view.basePath)}" role="search">
<input type="search" name="search" value="${escapeHtml(view.search)}" placeholder="Search games" aria-label="Search games" maxlength="100">
<select name="provider" aria-label="Provider"><option value="">All providers</option>${options}</select>
<button type="submit">Search</button>
</form>
<main>
${body}
${more}
</main>
</body>
</html>
`;
}

function tile(game: Game, launchUrl: string): string {
  const href = new URL(launchUrl);
  href.searchParams.set("game_id", game.id);
  const art =
    game.images.thumbnail === null
      ? `<span class="art" aria-hidden="true">${escapeHtml(initials(game.name))}</span>`
      : `<img class="art" src="${escapeHtml(game.images.thumbnail)}" alt="" loading="lazy" width="320" height="240">`;
  const demo = game.demoAvailable ? `<span class="demo">Demo</span>` : "";
  return (
    `<li class="tile" data-game-id="${escapeHtml(game.id)}"><a href="${escapeHtml(href.toString())}" target="_top">` +
    `${art}<span class="name">${escapeHtml(game.name)}</span><span class="prov">${escapeHtml(game.provider.name)}</span>${demo}</a></li>`
  );
}

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter((word) => word !== "")
    .slice(0, 2)
    .map((word) => [...word][0]?.toUpperCase() ?? "")
    .join("");
}
