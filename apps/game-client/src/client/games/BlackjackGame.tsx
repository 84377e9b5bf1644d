import { useState } from "react";
import { Money } from "../components/Money.tsx";
import { StakePicker } from "../components/StakePicker.tsx";
import type { BlackjackAction, BlackjackConfig, BlackjackDisplay, Round } from "../types.ts";
import type { GameProps } from "./game-props.ts";
import { BlackjackTable } from "./BlackjackTable.tsx";

const ACTION_LABELS: Record<BlackjackAction, string> = {
  hit: "Hit",
  stand: "Stand",
  double: "Double",
  split: "Split",
};

/** Blackjack: deal (a debit), decide (double and split debit the hand's stake again), see the settlement. */
export function BlackjackGame(props: GameProps) {
  const { session, format } = props;
  const { rules } = session.config as BlackjackConfig;
  const [stake, setStake] = useState(session.bet_limits.min_minor);
  const [round, setRound] = useState<Round | null>(session.open_round);
  const display = round?.display as BlackjackDisplay | undefined;
  const inPlay = round?.status === "in_play";

  const deal = async () => {
    const answer = await props.run(() => props.api.play(stake));
    if (answer !== undefined) setRound(answer.round);
  };
  const act = async (action: BlackjackAction) => {
    if (round === null) return;
    const answer = await props.run(() => props.api.act(round.round_id, action));
    if (answer !== undefined) setRound(answer.round);
  };
  const activeHand = display?.view.hands[display.view.active];

  return (
    <section className="game blackjack" aria-label={session.game_name}>
      <p className="rules muted">
        {rules.decks} decks, dealer {rules.dealerHitsSoft17 ? "hits" : "stands on"} soft 17, blackjack pays{" "}
        {rules.blackjackPays[0]}:{rules.blackjackPays[1]}, double on any two cards
        {rules.doubleAfterSplit ? " (also after a split)" : ""}, split up to {rules.maxHands} hands.
      </p>
      {display === undefined ? (
        <p className="placeholder">Choose a stake and deal.</p>
      ) : (
        <BlackjackTable display={display} format={format} />
      )}
      <div className="controls">
        {inPlay && display !== undefined ? (
          display.view.legalActions.map((action) => (
            <button
              key={action}
              type="button"
              className={action === "stand" ? "primary" : ""}
              onClick={() => act(action)}
              disabled={props.busy}
            >
              {ACTION_LABELS[action]}
              {(action === "double" || action === "split") && activeHand !== undefined && (
                <>
                  {" "}
                  (+
                  <Money minor={activeHand.betMinor} format={format} />)
                </>
              )}
            </button>
          ))
        ) : (
          <>
            <StakePicker
              limits={session.bet_limits}
              format={format}
              value={stake}
              onChange={setStake}
              disabled={props.busy}
            />
            <button type="button" className="primary" onClick={deal} disabled={props.busy} aria-label="Deal">
              {props.busy ? "Dealing…" : "Deal"}
            </button>
          </>
        )}
      </div>
      <div className="result" aria-live="polite" data-testid="result">
        {round !== null && display?.settlement !== undefined && display.settlement !== null && (
          <p>
            Bet <Money minor={round.bet_minor} format={format} className="result-bet" /> —{" "}
            {(round.win_minor ?? 0) > 0 ? (
              <>
                <strong>Paid </strong>
                <Money minor={round.win_minor ?? 0} format={format} className="result-win" />
              </>
            ) : (
              <>
                No win <Money minor={0} format={format} className="result-win" />
              </>
            )}
          </p>
        )}
        {inPlay && <p className="muted">Your decision.</p>}
      </div>
    </section>
  );
}
