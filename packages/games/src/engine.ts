import type { BlackjackGame } from "./blackjack/blackjack-game.ts";
import type { Rational } from "./math/rational.ts";
import type { Result } from "./result.ts";
import type {
  EngineId,
  Features,
  GameType,
  InstantGame,
  SimulationKernel,
  TitleAnalysis,
  TitleBase,
} from "./types.ts";

/** Any playable game: single-step, or the blackjack state machine. */
export type Game = InstantGame | BlackjackGame;

/** A validated title with everything the catalogue, the platform and the RTP tools need. */
export interface LoadedTitle {
  readonly title: TitleBase;
  readonly type: GameType;
  readonly game: Game;
  readonly features: Features;
  /** The RTP computed cheaply at load (exact, or the documented simulation for blackjack). */
  readonly rtp: Rational;
  /** Full figures; for slots this enumerates every stop combination (up to a few seconds). */
  analyze(): TitleAnalysis;
  /** A fresh allocation-free simulation loop body. */
  kernel(): SimulationKernel;
}

/** How strictly to load a title file. */
export interface LoadOptions {
  /**
   * Refuse a file whose `published.rtp` differs from the computed RTP (default true). Studio
   * tooling turns it off to learn the RTP of a draft.
   */
  readonly checkPublished?: boolean;
}

/** One engine: turns a title file into a {@link LoadedTitle}, refusing it with a field-named error. */
export interface EngineModule {
  readonly engine: EngineId;
  load(json: unknown, options?: LoadOptions): Result<{ loaded: LoadedTitle }>;
}
