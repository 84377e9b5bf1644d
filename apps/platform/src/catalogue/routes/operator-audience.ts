import type { ServiceDeps } from "../../deps.ts";
import type { Audience } from "../games/audience.ts";
import { fail, type CatalogueFailure } from "../problems.ts";

export type OperatorAudienceResult =
  | { readonly ok: true; readonly audience: Extract<Audience, { kind: "operator" }> }
  | CatalogueFailure<"JURISDICTION_NOT_LICENSED">;

/**
 * The operator's audience for a catalogue read: its licence jurisdictions (from its
 * registration), or just the one it asks for — which must be one of them. An operator serving
 * several markets sees, by default, only games it may offer in all of them; asking for one
 * jurisdiction shows what it may offer there.
 */
export async function operatorAudience(
  deps: Pick<ServiceDeps, "db">,
  operatorId: string,
  jurisdiction: string | undefined,
): Promise<OperatorAudienceResult> {
  return audienceFor(operatorId, await readLicences(deps, operatorId), jurisdiction);
}

async function readLicences(deps: Pick<ServiceDeps, "db">, operatorId: string): Promise<string[]> {
  const row = await deps.db
    .selectFrom("operators")
    .select("licence_jurisdictions")
    .where("id", "=", operatorId)
    .executeTakeFirst();
  return row === undefined ? [] : (JSON.parse(row.licence_jurisdictions) as string[]);
}

function audienceFor(
  operatorId: string,
  licences: readonly string[],
  jurisdiction: string | undefined,
): OperatorAudienceResult {
  if (jurisdiction !== undefined && !licences.includes(jurisdiction)) {
    return fail(
      "JURISDICTION_NOT_LICENSED",
      `${jurisdiction} is not one of your licence jurisdictions (${licences.join(", ") || "none"}).`,
    );
  }
  return {
    ok: true,
    audience: {
      kind: "operator",
      operatorId,
      jurisdictions: jurisdiction === undefined ? licences : [jurisdiction],
    },
  };
}

/**
 * Licence jurisdictions change by an admin's hand, rarely; every catalogue request needs them.
 * Keeping them this long saves a query per request; a change shows within this time.
 */
export const LICENCE_CACHE_TTL_MS = 10_000;
const LICENCE_CACHE_MAX = 10_000;

/** `operatorAudience` with the licences cached per operator for `LICENCE_CACHE_TTL_MS`. */
export function cachedOperatorAudience(deps: Pick<ServiceDeps, "db" | "clock">) {
  const cache = new Map<string, { licences: readonly string[]; expiresAtMs: number }>();
  return async (operatorId: string, jurisdiction: string | undefined): Promise<OperatorAudienceResult> => {
    const now = deps.clock();
    let entry = cache.get(operatorId);
    if (entry === undefined || entry.expiresAtMs <= now) {
      entry = { licences: await readLicences(deps, operatorId), expiresAtMs: now + LICENCE_CACHE_TTL_MS };
      cache.delete(operatorId);
      // Map order is insertion order: the first key is the oldest entry.
      if (cache.size >= LICENCE_CACHE_MAX) cache.delete(cache.keys().next().value as string);
      cache.set(operatorId, entry);
    }
    return audienceFor(operatorId, entry.licences, jurisdiction);
  };
}
