import { Money } from "../components/Money.tsx";
import type { MoneyFormat, RouletteDisplay } from "../types.ts";
import { describeBet } from "./roulette-bets.ts";

/** The wheel's number and each bet with what it paid. */
export function RouletteResult(props: { display: RouletteDisplay; format: MoneyFormat }) {
  const { display, format } = props;
  return (
    <div className="roulette-result">
      <div
        className={`pocket pocket-${display.color}`}
        aria-label={`Winning number ${display.number} ${display.color}`}
      >
        <span className="pocket-number" data-testid="winning-number">
          {display.number}
        </span>
        <span className="pocket-colour">{display.color}</span>
      </div>
      <table className="bets-table">
        <caption>Your bets</caption>
        <thead>
          <tr>
            <th scope="col">Bet</th>
            <th scope="col">Stake</th>
            <th scope="col">Paid</th>
          </tr>
        </thead>
        <tbody>
          {display.bets.map((bet, i) => (
            <tr key={i} className={bet.winMinor > 0 ? "won" : ""}>
              <td>{describeBet(bet)}</td>
              <td>
                <Money minor={bet.amountMinor} format={format} />
              </td>
              <td>{bet.winMinor > 0 ? <Money minor={bet.winMinor} format={format} /> : "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
