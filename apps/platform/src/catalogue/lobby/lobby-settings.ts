import { recordAudit, type AuditActor } from "../../audit/audit-log.ts";
import type { ServiceDeps } from "../../deps.ts";
import { fail, type CatalogueFailure } from "../problems.ts";

/** Most origins allowed to frame one operator's lobby. */
export const FRAME_ANCESTORS_MAX = 10;

export interface LobbySettings {
  /** Where a tile sends the player's browser (with `game_id` added); null: lobby not set up. */
  readonly launchUrl: string | null;
  /** Origins allowed to embed the lobby; empty means the operator's website. */
  readonly frameAncestors: readonly string[];
}

export async function getLobbySettings(
  deps: Pick<ServiceDeps, "db">,
  operatorId: string,
): Promise<LobbySettings> {
  const row = await deps.db
    .selectFrom("catalogue_lobby_settings")
    .select(["launch_url", "frame_ancestors"])
    .where("operator_id", "=", operatorId)
    .executeTakeFirst();
  if (row === undefined) return { launchUrl: null, frameAncestors: [] };
  return { launchUrl: row.launch_url, frameAncestors: JSON.parse(row.frame_ancestors) as string[] };
}

/**
 * Sets where tiles send players and who may frame the lobby. Origins are normalised
 * (`https://Casino.example/` → `https://casino.example`), which also keeps them safe to place
 * in a CSP header. Audited.
 */
export async function setLobbySettings(
  deps: Pick<ServiceDeps, "db" | "clock" | "ids">,
  input: LobbySettings & { readonly operatorId: string; readonly actor: AuditActor },
): Promise<
  { readonly ok: true; readonly settings: LobbySettings } | CatalogueFailure<"INVALID_LOBBY_SETTINGS">
> {
  if (input.launchUrl !== null && !isLaunchUrl(input.launchUrl)) {
    return fail(
      "INVALID_LOBBY_SETTINGS",
      "launchUrl must be an absolute http(s) URL without user name or password.",
    );
  }
  if (input.frameAncestors.length > FRAME_ANCESTORS_MAX) {
    return fail("INVALID_LOBBY_SETTINGS", `At most ${FRAME_ANCESTORS_MAX} frame ancestors.`);
  }
  const origins: string[] = [];
  for (const value of input.frameAncestors) {
    const origin = originOf(value);
    if (origin === undefined) {
      return fail(
        "INVALID_LOBBY_SETTINGS",
        `${JSON.stringify(value)} is not an origin like https://casino.example.`,
      );
    }
    if (!origins.includes(origin)) origins.push(origin);
  }
  const settings: LobbySettings = { launchUrl: input.launchUrl, frameAncestors: origins };
  const values = {
    launch_url: settings.launchUrl,
    frame_ancestors: JSON.stringify(origins),
    updated_at_ms: deps.clock(),
  };
  await deps.db.transaction().execute(async (trx) => {
    await trx
      .insertInto("catalogue_lobby_settings")
      .values({ operator_id: input.operatorId, ...values })
      .onConflict((oc) => oc.column("operator_id").doUpdateSet(values))
      .execute();
    await recordAudit(deps, trx, {
      actor: input.actor,
      action: "catalogue.lobby.update",
      targetKind: "operator",
      targetId: input.operatorId,
      details: { launchUrl: settings.launchUrl, frameAncestors: origins },
    });
  });
  return { ok: true, settings };
}

function isLaunchUrl(value: string): boolean {
  if (value.length > 2048) return false;
  try {
    const url = new URL(value);
    return (
      (url.protocol === "https:" || url.protocol === "http:") && url.username === "" && url.password === ""
    );
  } catch {
    return false;
  }
}

/** `scheme://host[:port]` of an http(s) origin given without path, query or fragment; else undefined. */
export function originOf(value: string): string | undefined {
  try {
    const url = new URL(value.trim());
    if (url.protocol !== "https:" && url.protocol !== "http:") return undefined;
    if (
      url.username !== "" ||
      url.password !== "" ||
      url.pathname !== "/" ||
      url.search !== "" ||
      url.hash !== ""
    )
      return undefined;
    return url.origin;
  } catch {
    return undefined;
  }
}
