import { Money } from "../components/Money.tsx";
import type { BlackjackDisplay, MoneyFormat } from "../types.ts";

type Card = BlackjackDisplay["view"]["dealer"]["cards"][number];

const SUIT: Record<string, { glyph: string; name: string; red: boolean }> = {
  S: { glyph: "♠", name: "spades", red: false },
  H: { glyph: "♥", name: "hearts", red: true },
  D: { glyph: "♦", name: "diamonds", red: true },
  C: { glyph: "♣", name: "clubs", red: false },
};

function CardView(props: { card: Card }) {
  if (props.card === "hidden") {
    return (
      <span className="card card-back" role="img" aria-label="Face-down card">
        <span aria-hidden="true">?</span>
      </span>
    );
  }
  const suit = SUIT[props.card.suit] ?? { glyph: props.card.suit, name: props.card.suit, red: false };
  return (
    <span
      className={`card ${suit.red ? "card-red" : ""}`}
      role="img"
      aria-label={`${props.card.rank} of ${suit.name}`}
    >
      <span aria-hidden="true">
        {props.card.rank}
        {suit.glyph}
      </span>
    </span>
  );
}

/** The table: the dealer's cards (hole card hidden while the player decides) and each player hand. */
export function BlackjackTable(props: { display: BlackjackDisplay; format: MoneyFormat }) {
  const { view, settlement } = props.display;
  const { format } = props;
  return (
    <div className="blackjack-table">
      <div className="bj-row">
        <h3>
          Dealer{" "}
          {view.dealer.total === null
            ? ""
            : `— ${view.dealer.total > 21 ? `bust (${view.dealer.total})` : view.dealer.total}`}
        </h3>
        <div className="cards">
          {view.dealer.cards.map((card, i) => (
            <CardView key={i} card={card} />
          ))}
        </div>
      </div>
      <div className="bj-hands">
        {view.hands.map((hand, i) => {
          const active = view.phase === "player" && view.active === i;
          const won = settlement?.handWinsMinor[i];
          return (
            <div
              key={i}
              className={`bj-row hand ${active ? "active" : ""}`}
              aria-current={active ? "true" : undefined}
            >
              <h3>
                {view.hands.length > 1 ? `Hand ${i + 1}` : "Your hand"} —{" "}
                {hand.total > 21 ? `bust (${hand.total})` : `${hand.soft ? "soft " : ""}${hand.total}`}
              </h3>
              <div className="cards">
                {hand.cards.map((card, j) => (
                  <CardView key={j} card={card} />
                ))}
              </div>
              <p className="muted">
                Stake <Money minor={hand.betMinor} format={format} />
                {hand.doubled ? " (doubled)" : ""}
                {won !== undefined && (
                  <>
                    {" "}
                    — <strong>{won > hand.betMinor ? "won" : won === hand.betMinor ? "push" : "lost"}</strong>
                    {won > 0 && (
                      <>
                        , paid <Money minor={won} format={format} />
                      </>
                    )}
                  </>
                )}
              </p>
            </div>
          );
        })}
      </div>
    </div>
  );
}
