import { randomSecret, sha256Hex } from "../auth/tokens.ts";
import { validateSession } from "../provider-gateway/gateway-service.ts";
import { findStudioSession } from "../sessions/sessions.ts";
import type { SessionRow } from "../sessions/tables.ts";
import { BUILT_IN_STUDIO_ID } from "../studios/studios.ts";
import { bindOrCheckClient } from "./client-binding.ts";
import { clientCodeOf, PLAYER_MESSAGES, studioFail, type StudioFailure } from "./problems.ts";
import { BUILT_IN_CALLER, type StudioDeps } from "./studio-deps.ts";

/**
 * How long a client's access token works. Short, because it sits in the page's memory; the
 * client exchanges the play token of its URL again when it runs out (a reload does the same).
 */
export const ACCESS_TTL_MS = 15 * 60_000;

/** An authenticated game client: its session (read fresh) and the studio token the gateway takes. */
export interface ClientAccess {
  readonly session: SessionRow;
  readonly studioToken: string;
}

const sealContext = (tokenHash: string) => `studio-access:${tokenHash}`;

/**
 * Exchanges the studio session token of `/play/<token>` for a short-lived access token. The
 * session must be the built-in studio's and still open (the gateway's session validation: an
 * idle session is expired here, and real play asks the wallet for the balance), and the client
 * the browser that made the session's first exchange (client-binding.ts): the first exchange
 * answers with the cookie to set (`setCookie`), later ones must carry it.
 *
 * @example
 * const opened = await openClientAccess(deps, "sst_…", { cookieHeader: request.headers.cookie, secure: true });
 * if (opened.ok) reply.send({ access_token: opened.accessToken, balance: opened.balanceMinor });
 */
export async function openClientAccess(
  deps: StudioDeps,
  studioToken: string,
  client: { readonly cookieHeader: string | undefined; readonly secure: boolean },
): Promise<
  | {
      readonly ok: true;
      /** Set on the first exchange: the binding cookie for the answer's Set-Cookie header. */
      readonly setCookie: string | undefined;
      readonly accessToken: string;
      readonly expiresAtMs: number;
      readonly access: ClientAccess;
      readonly balanceMinor: number;
    }
  | StudioFailure
> {
  const validated = await validateSession(deps, BUILT_IN_CALLER, { sessionToken: studioToken });
  if (!validated.answer.ok) {
    const code = clientCodeOf(validated.answer.code) ?? "GAME_UNAVAILABLE";
    return studioFail(code, PLAYER_MESSAGES[code] ?? validated.answer.message);
  }
  const session = await findStudioSession(deps, BUILT_IN_STUDIO_ID, studioToken);
  if (session === undefined) return studioFail("SESSION_NOT_FOUND", PLAYER_MESSAGES.SESSION_NOT_FOUND ?? "");
  const binding = await bindOrCheckClient(deps, { sessionId: session.id, ...client });
  if (!binding.ok) {
    return studioFail("SESSION_OPENED_ELSEWHERE", PLAYER_MESSAGES.SESSION_OPENED_ELSEWHERE ?? "");
  }
  const now = deps.clock();
  const accessToken = `sca_${randomSecret()}`;
  const tokenHash = sha256Hex(accessToken);
  const expiresAtMs = now + ACCESS_TTL_MS;
  await deps.db.transaction().execute(async (trx) => {
    // Tidy as we go: a session's expired tokens go when it gets a new one.
    await trx
      .deleteFrom("studio_access_tokens")
      .where("session_id", "=", session.id)
      .where("expires_at_ms", "<=", now)
      .execute();
    await trx
      .insertInto("studio_access_tokens")
      .values({
        token_hash: tokenHash,
        session_id: session.id,
        sealed_studio_token: deps.secretBox.seal(studioToken, sealContext(tokenHash)),
        created_at_ms: now,
        expires_at_ms: expiresAtMs,
      })
      .execute();
  });
  return {
    ok: true,
    setCookie: binding.setCookie,
    accessToken,
    expiresAtMs,
    access: { session, studioToken },
    balanceMinor: validated.answer.body.balance as number,
  };
}

/** The client behind an access token: UNAUTHORIZED when unknown, ACCESS_EXPIRED past its time. */
export async function authenticateAccess(
  deps: Pick<StudioDeps, "db" | "clock" | "secretBox">,
  accessToken: string,
): Promise<{ readonly ok: true; readonly access: ClientAccess } | StudioFailure> {
  const tokenHash = sha256Hex(accessToken);
  const row = await deps.db
    .selectFrom("studio_access_tokens")
    .selectAll()
    .where("token_hash", "=", tokenHash)
    .executeTakeFirst();
  if (row === undefined) return studioFail("UNAUTHORIZED", "Unknown access token; open the game again.");
  if (row.expires_at_ms <= deps.clock()) {
    return studioFail("ACCESS_EXPIRED", "The access token expired; exchange the play token again.");
  }
  const session = await deps.db
    .selectFrom("game_sessions")
    .selectAll()
    .where("id", "=", row.session_id)
    .executeTakeFirst();
  if (session === undefined) return studioFail("SESSION_NOT_FOUND", PLAYER_MESSAGES.SESSION_NOT_FOUND ?? "");
  return {
    ok: true,
    access: { session, studioToken: deps.secretBox.open(row.sealed_studio_token, sealContext(tokenHash)) },
  };
}

/**
 * The access of a session for the studio's own background work, with no client present: the
 * session and its studio token, opened from the newest access token the client was given (the
 * only place the token is kept; an exchange deletes a session's expired tokens only while adding
 * a new one, so a session that ever played keeps one). Undefined: no client ever had access.
 */
export async function sessionAccess(
  deps: Pick<StudioDeps, "db" | "secretBox">,
  sessionId: string,
): Promise<ClientAccess | undefined> {
  const sealed = await deps.db
    .selectFrom("studio_access_tokens")
    .select(["token_hash", "sealed_studio_token"])
    .where("session_id", "=", sessionId)
    .orderBy("created_at_ms", "desc")
    .limit(1)
    .executeTakeFirst();
  if (sealed === undefined) return undefined;
  const session = await deps.db
    .selectFrom("game_sessions")
    .selectAll()
    .where("id", "=", sessionId)
    .executeTakeFirst();
  if (session === undefined) return undefined;
  return {
    session,
    studioToken: deps.secretBox.open(sealed.sealed_studio_token, sealContext(sealed.token_hash)),
  };
}
