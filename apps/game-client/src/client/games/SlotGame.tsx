import { useState } from "react";
import { Money } from "../components/Money.tsx";
import { StakePicker } from "../components/StakePicker.tsx";
import type { AnySlotDisplay, Round, SlotConfig } from "../types.ts";
import type { GameProps } from "./game-props.ts";
import { idleGrid, SlotGrid, SlotResult } from "./SlotResult.tsx";

/** Line and ways slots: choose a stake, spin, see the reels, the winning lines and the win. */
export function SlotGame(props: GameProps) {
  const { session, format } = props;
  const config = session.config as SlotConfig;
  const [stake, setStake] = useState(session.bet_limits.min_minor);
  const [round, setRound] = useState<Round | null>(null);

  const spin = async () => {
    const answer = await props.run(() => props.api.play(stake));
    if (answer !== undefined) setRound(answer.round);
  };
  const display = round?.display as AnySlotDisplay | undefined;
  const ways = session.engine === "ways-slot";

  return (
    <section className="game slot" aria-label={session.game_name}>
      <p className="rules muted">
        {ways
          ? `${config.reels} reels × ${config.rows} rows, wins on adjacent reels from the left, anywhere on each reel.`
          : `${config.reels} reels × ${config.rows} rows, ${config.lines?.length ?? 0} paylines, wins from the leftmost reel.`}
      </p>
      {display === undefined ? (
        <SlotGrid config={config} grid={idleGrid(config)} />
      ) : (
        <SlotResult key={round?.round_id} config={config} display={display} format={format} />
      )}
      <div className="controls">
        <StakePicker
          limits={session.bet_limits}
          format={format}
          value={stake}
          onChange={setStake}
          disabled={props.busy}
        />
        <button type="button" className="primary" onClick={spin} disabled={props.busy} aria-label="Spin">
          {props.busy ? "Spinning…" : "Spin"}
        </button>
      </div>
      <div className="result" aria-live="polite" data-testid="result">
        {round !== null && (
          <p>
            Bet <Money minor={round.bet_minor} format={format} className="result-bet" /> —{" "}
            {(round.win_minor ?? 0) > 0 ? (
              <>
                <strong>You win </strong>
                <Money minor={round.win_minor ?? 0} format={format} className="result-win" />
              </>
            ) : (
              <>
                No win <Money minor={0} format={format} className="result-win" />
              </>
            )}
            {round.status === "pending_win" && <span className="muted"> (being paid)</span>}
          </p>
        )}
      </div>
    </section>
  );
}
