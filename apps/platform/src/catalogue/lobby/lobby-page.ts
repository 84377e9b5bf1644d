import type { ServiceDeps } from "../../deps.ts";
import { listGames } from "../games/list-games.ts";
import { presentGame } from "../games/present.ts";
import { listOperatorProviders } from "../providers.ts";
import { isSlug } from "../vocabulary.ts";
import { getLobbySettings, originOf } from "./lobby-settings.ts";
import { LOBBY_STYLE_SOURCE, renderLobby } from "./render-lobby.ts";

/** Tiles per lobby page; "More games" follows the cursor. */
export const LOBBY_PAGE_SIZE = 60;

export interface LobbyRequest {
  readonly operatorId: string;
  readonly basePath: string;
  readonly search?: string | undefined;
  readonly provider?: string | undefined;
  readonly cursor?: string | undefined;
}

export type LobbyPage =
  | { readonly ok: true; readonly html: string; readonly headers: Readonly<Record<string, string>> }
  | { readonly ok: false; readonly status: 404; readonly message: string };

/**
 * The embeddable lobby of an operator: its enabled games (not blocked in any of its licence
 * jurisdictions), searchable and filterable by provider. Shown only for approved operators who
 * have set a launch URL. Query values are read leniently: a bad one is ignored, not an error
 * page inside the operator's site.
 */
export async function lobbyPage(deps: Pick<ServiceDeps, "db">, request: LobbyRequest): Promise<LobbyPage> {
  const notFound = {
    ok: false,
    status: 404,
    message: "This lobby does not exist or is not set up yet.",
  } as const;
  const operator = await deps.db
    .selectFrom("operators")
    .select(["id", "company_name", "website", "status", "licence_jurisdictions"])
    .where("id", "=", request.operatorId)
    .executeTakeFirst();
  if (operator === undefined || (operator.status !== "sandbox" && operator.status !== "live"))
    return notFound;
  const settings = await getLobbySettings(deps, operator.id);
  if (settings.launchUrl === null) return notFound;

  const audience = {
    kind: "operator" as const,
    operatorId: operator.id,
    jurisdictions: JSON.parse(operator.licence_jurisdictions) as string[],
  };
  const search = (request.search ?? "").slice(0, 100);
  const provider = request.provider !== undefined && isSlug(request.provider) ? request.provider : undefined;
  const query = { search, provider, sort: "name" as const, limit: LOBBY_PAGE_SIZE };
  let result = await listGames(deps, audience, { ...query, cursor: request.cursor });
  if (!result.ok) result = await listGames(deps, audience, query); // a stale cursor: start over
  if (!result.ok) return notFound;
  const providers = await listOperatorProviders(deps, audience);

  let nextQuery: string | null = null;
  if (result.page.nextCursor !== null) {
    const params = new URLSearchParams();
    if (search !== "") params.set("search", search);
    if (provider !== undefined) params.set("provider", provider);
    params.set("cursor", result.page.nextCursor);
    nextQuery = params.toString();
  }
  const html = renderLobby({
    title: `Games — ${operator.company_name}`,
    basePath: request.basePath,
    games: result.page.items.map(presentGame),
    providers,
    search,
    provider,
    nextQuery,
    launchUrl: settings.launchUrl,
  });
  return { ok: true, html, headers: lobbyHeaders(settings.frameAncestors, operator.website) };
}

/**
 * Security headers of the lobby. `frame-ancestors` is what lets the operator's pages (and only
 * those) embed it; X-Frame-Options is deliberately absent (it cannot list origins and would
 * override nothing useful). No script may run; images only over https.
 */
export function lobbyHeaders(frameAncestors: readonly string[], website: string): Record<string, string> {
  const fallback = websiteOrigin(website);
  const ancestors = frameAncestors.length > 0 ? frameAncestors : fallback === undefined ? [] : [fallback];
  const csp = [
    "default-src 'none'",
    "img-src https: data:",
    `style-src ${LOBBY_STYLE_SOURCE}`,
    "form-action 'self'",
    "base-uri 'none'",
    `frame-ancestors ${ancestors.length === 0 ? "'none'" : ancestors.join(" ")}`,
  ].join("; ");
  return {
    "content-security-policy": csp,
    "x-content-type-options": "nosniff",
    "referrer-policy": "strict-origin-when-cross-origin",
    "cache-control": "private, max-age=30",
  };
}

function websiteOrigin(website: string): string | undefined {
  try {
    return originOf(new URL(website).origin);
  } catch {
    return undefined;
  }
}
