import { useState } from "react";
import { Money } from "../components/Money.tsx";
import { StakePicker } from "../components/StakePicker.tsx";
import type { KenoConfig, KenoDisplay, Round } from "../types.ts";
import type { GameProps } from "./game-props.ts";
import { KenoBoard } from "./KenoBoard.tsx";

/** Keno: pick the title's number of spots (or quick pick), stake, draw 20 balls, see the hits. */
export function KenoGame(props: GameProps) {
  const { session, format } = props;
  const config = session.config as KenoConfig;
  const [stake, setStake] = useState(session.bet_limits.min_minor);
  const [picks, setPicks] = useState<number[]>([]);
  const [round, setRound] = useState<Round | null>(null);
  const display = round?.display as KenoDisplay | undefined;

  const toggle = (n: number) => {
    setRound(null);
    setPicks((current) =>
      current.includes(n)
        ? current.filter((p) => p !== n)
        : current.length < config.spots
          ? [...current, n]
          : current,
    );
  };
  const draw = async (quick: boolean) => {
    const answer = await props.run(() => props.api.play(stake, quick ? {} : { picks }));
    if (answer !== undefined) {
      setRound(answer.round);
      if (quick) setPicks([...(answer.round.display as KenoDisplay).picks]);
    }
  };
  const pays = Object.entries(config.pays)
    .filter(([, multiple]) => multiple > 0)
    .sort(([a], [b]) => Number(b) - Number(a));

  return (
    <section className="game keno" aria-label={session.game_name}>
      <p className="rules muted">
        Pick {config.spots} numbers of 1–{config.pool}; {config.drawn} balls are drawn. Pays (× stake):{" "}
        {pays.map(([hits, multiple]) => `${hits} hits × ${multiple}`).join(", ")}.
      </p>
      <KenoBoard
        pool={config.pool}
        picks={picks}
        drawn={display?.drawn}
        onToggle={toggle}
        disabled={props.busy}
      />
      <div className="controls">
        <StakePicker
          limits={session.bet_limits}
          format={format}
          value={stake}
          onChange={setStake}
          disabled={props.busy}
        />
        <p className="total">
          {picks.length} of {config.spots} picked
        </p>
        <button type="button" onClick={() => setPicks([])} disabled={props.busy || picks.length === 0}>
          Clear picks
        </button>
        <button type="button" onClick={() => draw(true)} disabled={props.busy}>
          Quick pick &amp; draw
        </button>
        <button
          type="button"
          className="primary"
          onClick={() => draw(false)}
          disabled={props.busy || picks.length !== config.spots}
          aria-label="Draw"
        >
          {props.busy ? "Drawing…" : "Draw"}
        </button>
      </div>
      <div className="result" aria-live="polite" data-testid="result">
        {display !== undefined && round !== null && (
          <p>
            {display.matched.length} hits ({display.matched.join(", ") || "none"}). Bet{" "}
            <Money minor={round.bet_minor} format={format} className="result-bet" /> —{" "}
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
          </p>
        )}
      </div>
    </section>
  );
}
