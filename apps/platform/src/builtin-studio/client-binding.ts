import { digestsEqual, randomSecret, sha256Hex } from "../auth/tokens.ts";
import { isUniqueViolation } from "../db/errors.ts";
import type { StudioDeps } from "./studio-deps.ts";

/**
 * A play token (`/play/sst_…`) is a URL: it ends up in browser history, screenshots and shared
 * links. So its exchange for an access token is bound to the browser that made the first one:
 * that exchange sets an HttpOnly cookie whose digest is stored with the session, and every later
 * exchange (a reload, an expired access token) must carry it. Another client holding the URL
 * gets SESSION_OPENED_ELSEWHERE.
 */

/** Cookie name per session, so two games open in one browser keep their own bindings. */
export function bindingCookieName(sessionId: string): string {
  return `croupier_play_${sessionId.replace(/[^A-Za-z0-9_]/g, "")}`;
}

/** Long enough for a day's play; a new session comes with a new launch from the casino. */
export const BINDING_COOKIE_MAX_AGE_S = 24 * 60 * 60;

export type BindingCheck = { readonly ok: true; readonly setCookie?: string } | { readonly ok: false };

/**
 * Binds the session to this client on its first exchange (returning the Set-Cookie value), or
 * checks the client's cookie against the stored binding. Two first exchanges racing: one insert
 * wins, the other is checked against it (and refused).
 */
export async function bindOrCheckClient(
  deps: Pick<StudioDeps, "db" | "clock">,
  input: { readonly sessionId: string; readonly cookieHeader: string | undefined; readonly secure: boolean },
): Promise<BindingCheck> {
  const name = bindingCookieName(input.sessionId);
  const presented = cookieValue(input.cookieHeader, name);
  const stored = await storedBinding(deps, input.sessionId);
  if (stored !== undefined) return matches(presented, stored) ? { ok: true } : { ok: false };
  const secret = randomSecret();
  try {
    await deps.db
      .insertInto("studio_client_bindings")
      .values({ session_id: input.sessionId, binding_hash: sha256Hex(secret), created_at_ms: deps.clock() })
      .execute();
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const winner = await storedBinding(deps, input.sessionId);
    return winner !== undefined && matches(presented, winner) ? { ok: true } : { ok: false };
  }
  const attributes = [
    `${name}=${secret}`,
    "Path=/studio/api",
    `Max-Age=${BINDING_COOKIE_MAX_AGE_S}`,
    "HttpOnly",
    "SameSite=Strict",
    ...(input.secure ? ["Secure"] : []),
  ];
  return { ok: true, setCookie: attributes.join("; ") };
}

async function storedBinding(deps: Pick<StudioDeps, "db">, sessionId: string): Promise<string | undefined> {
  const row = await deps.db
    .selectFrom("studio_client_bindings")
    .select("binding_hash")
    .where("session_id", "=", sessionId)
    .executeTakeFirst();
  return row?.binding_hash;
}

function matches(presented: string | undefined, storedHash: string): boolean {
  return presented !== undefined && digestsEqual(sha256Hex(presented), storedHash);
}

/** One cookie's value from a Cookie header (`a=1; b=2`). */
export function cookieValue(header: string | undefined, name: string): string | undefined {
  if (header === undefined) return undefined;
  for (const part of header.split(";")) {
    const index = part.indexOf("=");
    if (index > 0 && part.slice(0, index).trim() === name) return part.slice(index + 1).trim();
  }
  return undefined;
}
