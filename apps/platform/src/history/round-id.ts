import { platformRoundId } from "../provider-gateway/studio-session.ts";
import { BUILT_IN_STUDIO_ID } from "../studios/studios.ts";

/** The built-in studio's round ids, the ones its players see in the game (`sr_…`). */
const STUDIO_ROUND_PREFIX = "sr_";

/**
 * The round engine's ids (`gr_…`, the one in wallet calls) a quoted round id may stand for.
 * A player of the built-in studio sees the studio's `sr_…` id in the game; operator support
 * must find the round by it, so it is mapped to the engine's id as the gateway derives it: in
 * either form (`platformRoundId`), since the quoting side does not know which its session had;
 * the two never name different rounds of the same operator. Any other id is taken as it is.
 *
 * @example
 * engineRoundIds("sr_01m9…") // ["gr_croupier-studio_sr_01m9…", "gr_…" (hashed)]
 * engineRoundIds("gr_1a…") // ["gr_1a…"]
 */
export function engineRoundIds(quoted: string): readonly string[] {
  if (!quoted.startsWith(STUDIO_ROUND_PREFIX)) return [quoted];
  const ids = new Set([
    platformRoundId(BUILT_IN_STUDIO_ID, quoted, "studio_ref"),
    platformRoundId(BUILT_IN_STUDIO_ID, quoted, "hash"),
  ]);
  return [...ids];
}
