import { platformRoundId } from "../provider-gateway/studio-session.ts";
import { BUILT_IN_STUDIO_ID } from "../studios/studios.ts";

/** The built-in studio's round ids, the ones its players see in the game (`sr_…`). */
const STUDIO_ROUND_PREFIX = "sr_";

/**
 * The round engine's id (`gr_…`, the one in wallet calls) of a round id as someone quotes it.
 * A player of the built-in studio sees the studio's `sr_…` id in the game; operator support
 * must find the round by it, so it is mapped to the engine's id (a hash of studio and reference,
 * as the gateway derives it). Any other id is taken as it is.
 *
 * @example
 * engineRoundId("sr_9x…") // "gr_…"; engineRoundId("gr_1a…") // "gr_1a…"
 */
export function engineRoundId(quoted: string): string {
  return quoted.startsWith(STUDIO_ROUND_PREFIX) ? platformRoundId(BUILT_IN_STUDIO_ID, quoted) : quoted;
}
