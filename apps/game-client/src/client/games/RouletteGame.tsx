import { useState } from "react";
import { Money } from "../components/Money.tsx";
import { StakePicker } from "../components/StakePicker.tsx";
import { formatMoney } from "../money.ts";
import type { Round, RouletteBet, RouletteConfig, RouletteDisplay } from "../types.ts";
import type { GameProps } from "./game-props.ts";
import { betKey, colourOf, describeBet } from "./roulette-bets.ts";
import { RouletteResult } from "./RouletteResult.tsx";

/** Numbers of the table's three rows, top to bottom, as the layout shows them (3, 6, 9 … on top). */
const ROWS = [3, 2, 1].map((top) => Array.from({ length: 12 }, (_, c) => c * 3 + top));

/** European roulette: chips on numbers, dozens, columns and even chances; spin; see the number and what paid. */
export function RouletteGame(props: GameProps) {
  const { session, format } = props;
  const config = session.config as RouletteConfig;
  const [chip, setChip] = useState(session.bet_limits.min_minor);
  const [bets, setBets] = useState<Map<string, RouletteBet>>(new Map());
  const [round, setRound] = useState<Round | null>(null);
  const total = [...bets.values()].reduce((sum, bet) => sum + bet.amountMinor, 0);

  const place = (bet: RouletteBet) => {
    if (props.busy) return;
    const key = betKey(bet);
    const next = new Map(bets);
    const current = next.get(key);
    next.set(key, { ...bet, amountMinor: (current?.amountMinor ?? 0) + bet.amountMinor } as RouletteBet);
    setBets(next);
  };
  const chipOn = (bet: RouletteBet) => bets.get(betKey(bet))?.amountMinor;
  const spin = async () => {
    const answer = await props.run(() => props.api.play(total, { bets: [...bets.values()] }));
    if (answer !== undefined) setRound(answer.round);
  };

  const lastNumber = (round?.display as RouletteDisplay | undefined)?.number;
  const cell = (bet: RouletteBet, label: string, className: string) => {
    const amount = chipOn(bet);
    const winning = "numbers" in bet && bet.type === "straight" && bet.numbers[0] === lastNumber;
    return (
      <button
        type="button"
        className={`bet-spot ${className} ${amount === undefined ? "" : "has-chip"} ${winning ? "last-number" : ""}`}
        onClick={() => place({ ...bet, amountMinor: chip } as RouletteBet)}
        aria-label={`Bet ${formatMoney(chip, format)} on ${describeBet(bet)}${amount === undefined ? "" : `, ${formatMoney(amount, format)} placed`}`}
      >
        <span>{label}</span>
        {amount !== undefined && <span className="chip">{formatMoney(amount, format).split(" ")[0]}</span>}
      </button>
    );
  };

  const display = round?.display as RouletteDisplay | undefined;
  const outOfLimits =
    total > 0 && (total < session.bet_limits.min_minor || total > session.bet_limits.max_minor);

  return (
    <section className="game roulette" aria-label={session.game_name}>
      <p className="rules muted">
        Single zero. Straight up pays 35 to 1, dozens and columns 2 to 1, even chances 1 to 1
        {config.laPartage ? "; La Partage: half of even-chance stakes back on zero." : "."}
      </p>
      <div className="table-wrap">
        <div className="roulette-table" role="group" aria-label="Roulette table">
          {cell({ type: "straight", numbers: [0], amountMinor: 0 }, "0", "zero colour-green")}
          {ROWS.map((row, r) => (
            <div className="table-row" key={r}>
              {row.map((n) =>
                cell(
                  { type: "straight", numbers: [n], amountMinor: 0 },
                  String(n),
                  `num colour-${colourOf(n)}`,
                ),
              )}
              {cell({ type: "column", index: 3 - r, amountMinor: 0 }, "2:1", "column")}
            </div>
          ))}
          <div className="table-row dozens">
            {[1, 2, 3].map((d) =>
              cell(
                { type: "dozen", index: d, amountMinor: 0 },
                `${["1st", "2nd", "3rd"][d - 1]} 12`,
                "dozen",
              ),
            )}
          </div>
          <div className="table-row chances">
            {cell({ type: "low", amountMinor: 0 }, "1–18", "chance")}
            {cell({ type: "even", amountMinor: 0 }, "Even", "chance")}
            {cell({ type: "red", amountMinor: 0 }, "Red", "chance colour-red")}
            {cell({ type: "black", amountMinor: 0 }, "Black", "chance colour-black")}
            {cell({ type: "odd", amountMinor: 0 }, "Odd", "chance")}
            {cell({ type: "high", amountMinor: 0 }, "19–36", "chance")}
          </div>
        </div>
      </div>
      <div className="controls">
        <StakePicker
          label="Chip"
          limits={{ ...session.bet_limits, step_minor: config.laPartage ? 2 : 1 }}
          format={format}
          value={chip}
          onChange={setChip}
          disabled={props.busy}
        />
        <p className="total">
          Total bet <Money minor={total} format={format} className="total-bet" />
        </p>
        <button type="button" onClick={() => setBets(new Map())} disabled={props.busy || total === 0}>
          Clear bets
        </button>
        <button
          type="button"
          className="primary"
          onClick={spin}
          disabled={props.busy || total === 0 || outOfLimits}
          aria-label="Spin the wheel"
        >
          {props.busy ? "Spinning…" : "Spin"}
        </button>
      </div>
      {outOfLimits && (
        <p className="warning">
          The total bet must be between <Money minor={session.bet_limits.min_minor} format={format} /> and{" "}
          <Money minor={session.bet_limits.max_minor} format={format} />.
        </p>
      )}
      <div className="result" aria-live="polite" data-testid="result">
        {display !== undefined && round !== null && (
          <>
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
            <RouletteResult display={display} format={format} />
          </>
        )}
      </div>
    </section>
  );
}
