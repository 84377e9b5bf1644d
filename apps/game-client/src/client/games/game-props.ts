import type { StudioApi } from "../api.ts";
import type { MoneyFormat, RoundAnswer, Session } from "../types.ts";

/** What the app hands every game client. */
export interface GameProps {
  readonly session: Session;
  readonly format: MoneyFormat;
  readonly api: StudioApi;
  /** Runs a money request: marks the game busy, shows errors plainly, updates balance and history. */
  readonly run: (request: () => Promise<RoundAnswer>) => Promise<RoundAnswer | undefined>;
  readonly busy: boolean;
}
