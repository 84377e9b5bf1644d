import { hash } from "node:crypto";
import { canLaunchGames, type OperatorStatus } from "../operators/status.ts";
import type { GamePlayDeps } from "../sessions/game-play-deps.ts";
import { sql, type Kysely } from "kysely";
import { batchedLookup, rowsByPosition } from "../db/batched-lookup.ts";
import type { Database } from "../db/database.ts";
import { preparedQueryOne } from "../db/prepared-query.ts";
import { findStudioSession, tokenHash } from "../sessions/sessions.ts";
import type { RoundIdForm, SessionRow, SessionStatus } from "../sessions/tables.ts";
import { refusal, type GatewayAnswer } from "./answers.ts";

/** The studio an authenticated gateway request comes from. */
export interface StudioCaller {
  readonly studioId: string;
  readonly keyId: string;
}

/** The protocol's longest `round_id`: a readable id longer than this is hashed instead. */
const ROUND_ID_MAX_LENGTH = 128;
/** References that go into a readable id as they are: no `%`, `/`, `?` or quotes to escape anywhere. */
const READABLE_REF = /^[A-Za-z0-9_-]+$/;

/**
 * The platform round of a studio round: derived, not looked up, so that every request of the
 * round (any process, any retry) names the same one without a mapping table. A studio's round
 * ids are its own; prefixing the studio keeps two studios' ids apart.
 *
 * `studio_ref` (sessions since migration 0970): `gr_<studio>_<reference>`, so that a studio whose
 * references grow with time (the built-in studio's `sr_…` do) appends at the right-hand edge of
 * the round-keyed indexes instead of writing into a random page of each (ADR 0014). A studio id
 * is a kebab-case slug (no `_`), so the first `_` after `gr_` ends it and no two (studio,
 * reference) pairs meet. A reference with other characters, or too long, is hashed as in `hash`
 * (`gr_` and 40 hex digits, never a `_` after the prefix: the two shapes never meet either).
 *
 * @example
 * platformRoundId("croupier-studio", "sr_01m99…", "studio_ref") // "gr_croupier-studio_sr_01m99…"
 * platformRoundId("acme", "round 7", "studio_ref") // "gr_3f…" (40 hex digits)
 */
export function platformRoundId(studioId: string, roundRef: string, form: RoundIdForm): string {
  return (
    (form === "studio_ref" ? readableRoundId(studioId, roundRef) : undefined) ??
    hashedRoundId(studioId, roundRef)
  );
}

/** The `studio_ref` form, or undefined where the reference cannot go in as it is. */
function readableRoundId(studioId: string, roundRef: string): string | undefined {
  const readable = `gr_${studioId}_${roundRef}`;
  return READABLE_REF.test(roundRef) && readable.length <= ROUND_ID_MAX_LENGTH ? readable : undefined;
}

/** The `hash` form. */
function hashedRoundId(studioId: string, roundRef: string): string {
  return `gr_${hash("sha256", `${studioId}\n${roundRef}`, "hex").slice(0, 40)}`;
}

export type SessionLookup =
  | { readonly ok: true; readonly session: SessionRow }
  | { readonly ok: false; readonly answer: GatewayAnswer };

/** Whether a bet's round exists, and the status of the session's operator (undefined if gone). */
export interface RoundOpening {
  readonly roundExists: boolean;
  readonly operatorStatus: OperatorStatus | undefined;
}

/** The session of a studio token, with the request's currency checked against it. */
export async function studioSession(
  deps: GamePlayDeps,
  caller: StudioCaller,
  sessionToken: string,
  currency?: string,
): Promise<SessionLookup> {
  return checkedSession(await findStudioSession(deps, caller.studioId, sessionToken), currency);
}

/**
 * `studioSession` for a bet, with what decides whether the bet may open its round (the round
 * exists already; else the operator's status) read in the same query: a bet's only read before
 * its write. No operator row (deleted): the round may still exist and settle. `roundId` is the
 * round's platform id under the session's form (`platformRoundId`).
 */
export async function studioSessionForBet(
  deps: Pick<GamePlayDeps, "db">,
  caller: StudioCaller,
  sessionToken: string,
  currency: string | undefined,
  roundRef: string,
): Promise<
  | {
      readonly ok: true;
      readonly session: SessionRow;
      readonly opening: RoundOpening;
      readonly roundId: string;
    }
  | { readonly ok: false; readonly answer: GatewayAnswer }
> {
  // The session's form picks one of the two ids in the query itself (no second read).
  const hashed = hashedRoundId(caller.studioId, roundRef);
  const ids = { hash: hashed, studio_ref: readableRoundId(caller.studioId, roundRef) ?? hashed };
  const row = await sessionWithRoundOpening(deps.db, tokenHash(sessionToken), ids.hash, ids.studio_ref);
  if (row === undefined) return sessionNotFound();
  const { opening_operator_status: operatorStatus, opening_round_id: existingRound, ...session } = row;
  const found = checkedSession(session.studio_id === caller.studioId ? session : undefined, currency);
  if (!found.ok) return found;
  return {
    ...found,
    opening: { roundExists: existingRound !== null, operatorStatus: operatorStatus ?? undefined },
    roundId: ids[found.session.round_id_form],
  };
}

/** A bet's read, compiled once (see preparedQuery). */
const oneSessionWithRoundOpening = preparedQueryOne(
  3,
  (db, hash: string, hashedRoundId: string, readableRoundId: string) =>
    db
      .selectFrom("game_sessions as s")
      .leftJoin("operators as o", "o.id", "s.operator_id")
      .leftJoin("rounds as r", (join) =>
        join.on(
          "r.round_id",
          "=",
          sql<string>`case s.round_id_form when 'hash' then ${hashedRoundId} else ${readableRoundId} end`,
        ),
      )
      .selectAll("s")
      .select(["o.status as opening_operator_status", "r.round_id as opening_round_id"])
      .where("s.studio_token_hash", "=", hash),
);
type SessionWithRoundOpening = NonNullable<Awaited<ReturnType<typeof oneSessionWithRoundOpening>>>;

/** The bet's read; on PostgreSQL the reads of bets arriving together as one statement (see batchedLookup). */
const sessionWithRoundOpening = batchedLookup(
  oneSessionWithRoundOpening,
  async (
    db,
    lookups: ReadonlyArray<readonly [hash: string, hashedRoundId: string, readableRoundId: string]>,
  ) => {
    const column = (i: 0 | 1 | 2) => lookups.map((lookup) => lookup[i]);
    const { rows } = await sql<Record<string, unknown>>`
      select q.lookup_position, s.*, o.status as opening_operator_status, r.round_id as opening_round_id
      from unnest(${column(0)}::text[], ${column(1)}::text[], ${column(2)}::text[])
        with ordinality as q(hash, hashed_round_id, readable_round_id, lookup_position)
      join game_sessions s on s.studio_token_hash = q.hash
      left join operators o on o.id = s.operator_id
      left join rounds r on r.round_id =
        case s.round_id_form when 'hash' then q.hashed_round_id else q.readable_round_id end`.execute(db);
    return rowsByPosition<SessionWithRoundOpening>(lookups.length, rows, "lookup_position");
  },
);

function sessionNotFound(): { readonly ok: false; readonly answer: GatewayAnswer } {
  return { ok: false, answer: refusal("SESSION_NOT_FOUND", "No session has this token for your studio.") };
}

function checkedSession(session: SessionRow | undefined, currency: string | undefined): SessionLookup {
  if (session === undefined) return sessionNotFound();
  if (currency !== undefined && currency !== session.currency) {
    return {
      ok: false,
      answer: refusal("CURRENCY_MISMATCH", `The session plays in ${session.currency}, not ${currency}.`),
    };
  }
  return { ok: true, session };
}

/**
 * Why this session may not take a new bet now, or undefined. `status` is the session's status
 * as of now (an idle active session counts as expired); `db` is the caller's connection or
 * transaction.
 */
export async function betRefusal(
  db: Kysely<Database>,
  session: SessionRow,
  status: SessionStatus,
  opensRound: boolean,
): Promise<GatewayAnswer | undefined> {
  if (status === "expired")
    return refusal("SESSION_EXPIRED", "The session expired: no new bets. Open rounds still settle.");
  if (status === "ended")
    return refusal("SESSION_ENDED", "The session was ended: no new bets. Open rounds still settle.");
  if (status !== "active") return refusal("SESSION_NOT_FOUND", "The session was never opened.");
  if (opensRound) {
    const operator = await db
      .selectFrom("operators")
      .select("status")
      .where("id", "=", session.operator_id)
      .executeTakeFirst();
    return operatorRefusal(session, operator?.status);
  }
  return undefined;
}

/** OPERATOR_SUSPENDED when the operator (`status`, undefined if gone) may not open rounds in the session's environment. */
export function operatorRefusal(
  session: Pick<SessionRow, "environment">,
  status: OperatorStatus | undefined,
): GatewayAnswer | undefined {
  return canLaunchGames({ status: status ?? "suspended" }, session.environment)
    ? undefined
    : refusal("OPERATOR_SUSPENDED", "The operator may not start new rounds now.");
}
