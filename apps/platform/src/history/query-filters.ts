import { pageParams } from "../http/page-params.ts";
import { historyProblem } from "./problems.ts";
import { timeRangeOf, type TimeRange } from "./time-range.ts";

/**
 * A history list's query string turned into its service's filter, one way for `/v1` and for the
 * backoffice's explorer (both answer `INVALID_TIME_RANGE` from the history catalogue, which both
 * surfaces' catalogues include).
 */
export function rangeOf(query: { from?: string | undefined; to?: string | undefined }): TimeRange {
  const result = timeRangeOf(query);
  if (!result.ok) throw historyProblem("INVALID_TIME_RANGE", result.message);
  return result.range;
}

interface RoundQuery {
  readonly player_id?: string | undefined;
  readonly round_id?: string | undefined;
  readonly session_id?: string | undefined;
  readonly game_id?: string | undefined;
  readonly status?: string | undefined;
  readonly from?: string | undefined;
  readonly to?: string | undefined;
}

/** The rounds list's filter (without paging: the CSV export takes it whole). */
export function roundFilterOf<Q extends RoundQuery>(query: Q) {
  return {
    playerId: query.player_id,
    roundId: query.round_id,
    sessionId: query.session_id,
    gameId: query.game_id,
    status: query.status as Q["status"],
    ...rangeOf(query),
  };
}

/** The transactions list's filter and page. */
export function transactionFilterOf<
  Q extends RoundQuery & {
    readonly call_id?: string | undefined;
    readonly action?: string | undefined;
    readonly limit?: number | undefined;
    readonly cursor?: string | undefined;
  },
>(query: Q) {
  return {
    ...roundFilterOf(query),
    callId: query.call_id,
    action: query.action as Q["action"],
    ...pageParams(query),
  };
}
