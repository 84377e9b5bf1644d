import type { ReactNode } from "react";
import { symbolLabel } from "../games/symbols.ts";
import type { BlackjackConfig, KenoConfig, RouletteConfig, Session, SlotConfig } from "../types.ts";

/** "95.68 %" from basis points: the figure the casino's lobby shows too. */
function percentOf(basisPoints: number): string {
  return `${Math.trunc(basisPoints / 100)}.${String(basisPoints % 100).padStart(2, "0")} %`;
}

function SlotPays(props: { config: SlotConfig; ways: boolean }) {
  const { config, ways } = props;
  const counts = [...new Set(Object.values(config.pays).flatMap((pays) => Object.keys(pays)))].sort(
    (a, b) => Number(a) - Number(b),
  );
  const paying = config.symbols.filter((symbol) => config.pays[symbol.id] !== undefined);
  const scatters = Object.entries(config.scatterPays).sort(([a], [b]) => Number(a) - Number(b));
  return (
    <>
      <p>
        {ways
          ? `Wins pay on adjacent reels from the left, the symbol anywhere on each reel; a coin is the stake ÷ ${config.betCoins}.`
          : `${config.lines?.length ?? 0} paylines, wins from the leftmost reel; a coin is the stake ÷ ${config.betCoins} (one per line).`}{" "}
        Pays in coins for the number of matching symbols:
      </p>
      <table className="pay-table" data-testid="pay-table">
        <thead>
          <tr>
            <th scope="col">Symbol</th>
            {counts.map((count) => (
              <th scope="col" key={count}>
                {count}×
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {paying.map((symbol) => (
            <tr key={symbol.id}>
              <th scope="row">
                {symbolLabel(symbol.id)}
                {symbol.kind === "wild" ? " (substitutes)" : ""}
              </th>
              {counts.map((count) => (
                <td key={count}>{config.pays[symbol.id]?.[count] ?? "—"}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {scatters.length > 0 && (
        <p>
          Scatters anywhere: {scatters.map(([count, pay]) => `${count} pay ${pay}× the stake`).join(", ")}.
        </p>
      )}
      {config.freeSpins !== null && (
        <p>
          Free spins:{" "}
          {Object.entries(config.freeSpins.awards)
            .map(([count, spins]) => `${count} scatters award ${spins}`)
            .join(", ")}
          ; wins in free spins × {config.freeSpins.multiplier}.
        </p>
      )}
    </>
  );
}

const ROULETTE_PAYS: readonly [string, string][] = [
  ["Straight up (1 number)", "35 to 1"],
  ["Split (2)", "17 to 1"],
  ["Street (3)", "11 to 1"],
  ["Corner (4)", "8 to 1"],
  ["Six line (6)", "5 to 1"],
  ["Dozen, column (12)", "2 to 1"],
  ["Red/black, odd/even, 1–18/19–36", "1 to 1"],
];

function RoulettePays(props: { config: RouletteConfig }) {
  return (
    <>
      <table className="pay-table" data-testid="pay-table">
        <tbody>
          {ROULETTE_PAYS.map(([bet, pays]) => (
            <tr key={bet}>
              <th scope="row">{bet}</th>
              <td>{pays}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        Single zero (37 pockets).
        {props.config.laPartage ? " La Partage: on zero, half of every even-money bet is returned." : ""}
      </p>
    </>
  );
}

function BlackjackRules(props: { config: BlackjackConfig }) {
  const { rules } = props.config;
  return (
    <table className="pay-table" data-testid="pay-table">
      <tbody>
        <tr>
          <th scope="row">Blackjack</th>
          <td>
            {rules.blackjackPays[0]} to {rules.blackjackPays[1]}
          </td>
        </tr>
        <tr>
          <th scope="row">Other wins</th>
          <td>1 to 1; a tie returns the stake</td>
        </tr>
        <tr>
          <th scope="row">Rules</th>
          <td>
            {rules.decks} decks; dealer {rules.dealerHitsSoft17 ? "hits" : "stands on"} soft 17; double on any
            two cards{rules.doubleAfterSplit ? ", also after a split" : ""}; split up to {rules.maxHands}{" "}
            hands
          </td>
        </tr>
      </tbody>
    </table>
  );
}

function KenoPays(props: { config: KenoConfig }) {
  const pays = Object.entries(props.config.pays)
    .filter(([, multiple]) => multiple > 0)
    .sort(([a], [b]) => Number(b) - Number(a));
  return (
    <table className="pay-table" data-testid="pay-table">
      <thead>
        <tr>
          <th scope="col">Hits of {props.config.spots}</th>
          <th scope="col">Pays × stake</th>
        </tr>
      </thead>
      <tbody>
        {pays.map(([hits, multiple]) => (
          <tr key={hits}>
            <th scope="row">{hits}</th>
            <td>{multiple}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * The title's pay table, rules and return to player, as most jurisdictions require players to be
 * able to see them. The RTP comes from the engine's computation (the platform sends it), never a
 * typed-in figure.
 */
export function GameInfo(props: { session: Session }) {
  const { session } = props;
  let pays: ReactNode;
  switch (session.engine) {
    case "line-slot":
    case "ways-slot":
      pays = <SlotPays config={session.config as SlotConfig} ways={session.engine === "ways-slot"} />;
      break;
    case "roulette":
      pays = <RoulettePays config={session.config as RouletteConfig} />;
      break;
    case "blackjack":
      pays = <BlackjackRules config={session.config as BlackjackConfig} />;
      break;
    case "keno":
      pays = <KenoPays config={session.config as KenoConfig} />;
      break;
  }
  return (
    <details className="game-info" data-testid="game-info">
      <summary>Pay table and rules</summary>
      <p data-testid="rtp">
        Return to player: <strong>{percentOf(session.rtp.basis_points)}</strong>{" "}
        {session.rtp.method === "exact"
          ? "(theoretical, computed exactly from the game's maths)"
          : "(with basic strategy, from a simulation of the game's maths)"}
        . Volatility: {session.volatility}. The largest win of one round is at most{" "}
        {Math.round(session.max_win_multiplier).toLocaleString("en")}× its stake.
      </p>
      {pays}
    </details>
  );
}
