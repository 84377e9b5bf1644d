import { BlackjackTable } from "../games/BlackjackTable.tsx";
import { KenoBoard } from "../games/KenoBoard.tsx";
import { RouletteResult } from "../games/RouletteResult.tsx";
import { SlotResult } from "../games/SlotResult.tsx";
import type {
  AnySlotDisplay,
  BlackjackDisplay,
  KenoConfig,
  KenoDisplay,
  RoundReplay,
  RouletteDisplay,
  SlotConfig,
} from "../types.ts";
import { Money } from "./Money.tsx";
import { MovementsTable } from "./MovementsTable.tsx";

/** What the player saw, drawn from a replay (the studio's or the operator API's `/v1/rounds/:id/replay`). */
export function ReplayDisplay(props: { replay: RoundReplay }) {
  const { replay } = props;
  const format = { currency: replay.currency, exponent: replay.currency_exponent };
  switch (replay.engine) {
    case "line-slot":
    case "ways-slot":
      return (
        <SlotResult
          config={replay.config as SlotConfig}
          display={replay.display as AnySlotDisplay}
          format={format}
        />
      );
    case "roulette":
      return <RouletteResult display={replay.display as RouletteDisplay} format={format} />;
    case "keno": {
      const display = replay.display as KenoDisplay;
      return (
        <>
          <KenoBoard
            pool={(replay.config as KenoConfig).pool ?? 80}
            picks={display.picks}
            drawn={display.drawn}
          />
          <p>
            Picks {display.picks.join(", ")}; {display.matched.length} hits; pays × {display.multiplier}.
          </p>
        </>
      );
    }
    case "blackjack": {
      const display = replay.display as BlackjackDisplay;
      return (
        <>
          <BlackjackTable display={display} format={format} />
          <p>Decisions: {display.actions.length === 0 ? "none" : display.actions.join(", ")}.</p>
        </>
      );
    }
  }
}

/** A past round: what the player saw (replayed by the engine from the stored draws) and its money. */
export function RoundReplayView(props: { replay: RoundReplay; onClose?: () => void }) {
  const { replay } = props;
  const format = { currency: replay.currency, exponent: replay.currency_exponent };
  return (
    <section className="replay" aria-labelledby="replay-title">
      <header className="replay-header">
        <h2 id="replay-title">
          Replay — {replay.game_name}
          {replay.demo ? " (play money)" : ""}
        </h2>
        {props.onClose !== undefined && (
          <button type="button" onClick={props.onClose} aria-label="Close the replay">
            Close
          </button>
        )}
      </header>
      <dl className="replay-facts">
        <div>
          <dt>Round</dt>
          <dd>
            <code>{replay.round_id}</code>
          </dd>
        </div>
        <div>
          <dt>Played</dt>
          <dd>{new Date(replay.created_at_ms).toLocaleString()}</dd>
        </div>
        <div>
          <dt>Bet</dt>
          <dd>
            <Money minor={replay.bet_minor} format={format} className="replay-bet" />
          </dd>
        </div>
        <div>
          <dt>Win</dt>
          <dd>
            {replay.win_minor === null ? (
              "in play"
            ) : (
              <Money minor={replay.win_minor} format={format} className="replay-win" />
            )}
          </dd>
        </div>
      </dl>
      <p className={replay.matches_original ? "verified" : "warning"}>
        {replay.matches_original
          ? "Verified: the game engine replayed this round from its recorded draws and got exactly what was shown."
          : "Warning: the replay differs from what was recorded. Please contact support."}
      </p>
      <ReplayDisplay replay={replay} />
      <MovementsTable movements={replay.movements} format={format} />
    </section>
  );
}
