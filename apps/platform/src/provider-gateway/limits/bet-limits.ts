import type { Kysely } from "kysely";
import type { Database } from "../../db/database.ts";
import type { SessionRow } from "../../sessions/tables.ts";
import { refusal, type GatewayAnswer } from "../answers.ts";
import { cachedLimit } from "./limits-cache.ts";

/**
 * A stake range in the session's currency, in its minor units. Each bound is undefined when
 * neither the catalogue nor the operator sets one.
 */
export interface StakeRange {
  readonly minMinor: number | undefined;
  readonly maxMinor: number | undefined;
}

const narrowMin = (a: number | undefined, b: number | null | undefined) =>
  b === null || b === undefined ? a : a === undefined ? Number(b) : Math.max(a, Number(b));
const narrowMax = (a: number | undefined, b: number | null | undefined) =>
  b === null || b === undefined ? a : a === undefined ? Number(b) : Math.min(a, Number(b));

/**
 * The stakes a session's game may take in its currency: the catalogue's limits of the game in
 * that currency (a launch needs them when the game lists any), narrowed by the operator's own.
 * Limits are per currency and never converted: KWD's are in thousandths, JPY's in yen.
 * Read through the limits cache (limits-cache.ts): every bet asks, hardly anyone changes them.
 */
export function stakeRangeOf(
  db: Kysely<Database>,
  session: Pick<SessionRow, "game_id" | "operator_id" | "currency">,
): Promise<StakeRange> {
  return cachedLimit(db, `stake\0${session.game_id}\0${session.operator_id}\0${session.currency}`, () =>
    readStakeRange(db, session),
  );
}

async function readStakeRange(
  db: Kysely<Database>,
  session: Pick<SessionRow, "game_id" | "operator_id" | "currency">,
): Promise<StakeRange> {
  const [listed, operator] = await Promise.all([
    db
      .selectFrom("catalogue_game_bet_limits")
      .select(["min_minor", "max_minor"])
      .where("game_id", "=", session.game_id)
      .where("currency", "=", session.currency)
      .executeTakeFirst(),
    db
      .selectFrom("operator_play_limits")
      .select(["min_bet_minor", "max_bet_minor"])
      .where("operator_id", "=", session.operator_id)
      .where("currency", "=", session.currency)
      .executeTakeFirst(),
  ]);
  return {
    minMinor: narrowMin(narrowMin(undefined, listed?.min_minor), operator?.min_bet_minor),
    maxMinor: narrowMax(narrowMax(undefined, listed?.max_minor), operator?.max_bet_minor),
  };
}

/** BET_OUT_OF_LIMITS when `amountMinor` is outside `range`, else undefined. */
export function stakeRefusal(
  range: StakeRange,
  amountMinor: number,
  currency: string,
): GatewayAnswer | undefined {
  const { minMinor, maxMinor } = range;
  const tooLow = minMinor !== undefined && amountMinor < minMinor;
  const tooHigh = maxMinor !== undefined && amountMinor > maxMinor;
  if (!tooLow && !tooHigh) return undefined;
  return refusal(
    "BET_OUT_OF_LIMITS",
    `The bet of ${amountMinor} ${currency} minor units is outside this game's limits` +
      ` (${minMinor ?? 0}..${maxMinor ?? "∞"}). Nothing was debited.`,
    {
      ...(minMinor === undefined ? {} : { min_bet: minMinor }),
      ...(maxMinor === undefined ? {} : { max_bet: maxMinor }),
    },
  );
}
