import type { Rng } from "@croupier/games";
import type { StudioCaller } from "../provider-gateway/studio-session.ts";
import type { GamePlayDeps } from "../sessions/game-play-deps.ts";
import { BUILT_IN_STUDIO_ID } from "../studios/studios.ts";

/**
 * What the built-in studio needs: everything the provider gateway needs (it calls the gateway's
 * service functions in-process, as any studio calls the gateway over HTTP) and its randomness.
 */
export interface StudioDeps extends GamePlayDeps {
  /** `createCryptoRng()` in production; tests may pass a seeded one. */
  readonly rng: Rng;
}

/**
 * The built-in studio as a gateway caller: studio `croupier-studio` (the catalogue provider of its
 * games), so its transaction ids live in their own namespace like any studio's.
 */
export const BUILT_IN_CALLER: StudioCaller = { studioId: BUILT_IN_STUDIO_ID, keyId: "in-process" };
