import { useState } from "react";
import { Money } from "../components/Money.tsx";
import type { AnySlotDisplay, LineWin, MoneyFormat, SlotConfig, WaysWin } from "../types.ts";
import { symbolHues, symbolKindClass, symbolLabel } from "./symbols.ts";

type Spin = AnySlotDisplay["base"];

const LINE_COLOURS = ["#ffd54a", "#4dd0e1", "#ff8a65", "#aed581", "#ba68c8", "#f06292", "#90caf9", "#ffb74d"];

const isLineWin = (win: LineWin | WaysWin): win is LineWin => "line" in win;

/** Cells (reel, row) that make up a spin's wins, for highlighting. */
function winningCells(config: SlotConfig, spin: Spin): Set<string> {
  const cells = new Set<string>();
  const kinds = new Map(config.symbols.map((s) => [s.id, s.kind]));
  for (const win of spin.wins as readonly (LineWin | WaysWin)[]) {
    if (isLineWin(win)) {
      const line = config.lines?.[win.line];
      if (line === undefined) continue;
      for (let r = 0; r < win.count; r++) cells.add(`${r}:${line[r]}`);
    } else {
      for (let r = 0; r < win.count; r++) {
        spin.grid[r]?.forEach((symbol, h) => {
          if (symbol === win.symbol || kinds.get(symbol) === "wild") cells.add(`${r}:${h}`);
        });
      }
    }
  }
  if (spin.scatterCoins > 0 || spin.spinsAwarded > 0) {
    spin.grid.forEach((reel, r) =>
      reel.forEach((symbol, h) => {
        if (kinds.get(symbol) === "scatter") cells.add(`${r}:${h}`);
      }),
    );
  }
  return cells;
}

/** The reels: `grid[reel][row]`, winning cells highlighted, winning paylines drawn over them. */
export function SlotGrid(props: { config: SlotConfig; grid: readonly (readonly string[])[]; spin?: Spin }) {
  const { config, grid, spin } = props;
  const kinds = new Map(config.symbols.map((s) => [s.id, s.kind]));
  const hues = symbolHues(config.symbols.map((s) => s.id));
  const highlighted = spin === undefined ? new Set<string>() : winningCells(config, spin);
  const lineWins = spin === undefined ? [] : (spin.wins as readonly (LineWin | WaysWin)[]).filter(isLineWin);
  return (
    <div className="slot-grid" style={{ aspectRatio: `${config.reels} / ${config.rows}` }}>
      <div className="reels" style={{ gridTemplateColumns: `repeat(${config.reels}, 1fr)` }}>
        {grid.map((reel, r) => (
          <div className="reel" key={r} role="list" aria-label={`Reel ${r + 1}`}>
            {reel.map((symbol, h) => (
              <div
                key={h}
                role="listitem"
                className={`tile ${symbolKindClass(kinds.get(symbol))} ${highlighted.has(`${r}:${h}`) ? "tile-win" : ""}`}
                style={{ ["--hue" as string]: String(hues.get(symbol) ?? 0) }}
                aria-label={`${symbol}${highlighted.has(`${r}:${h}`) ? " (winning)" : ""}`}
              >
                <span>{symbolLabel(symbol)}</span>
              </div>
            ))}
          </div>
        ))}
      </div>
      {lineWins.length > 0 && config.lines !== undefined && (
        <svg
          className="paylines"
          viewBox={`0 0 ${config.reels * 100} ${config.rows * 100}`}
          preserveAspectRatio="none"
          aria-hidden="true"
        >
          {lineWins.map((win, i) => {
            const line = config.lines?.[win.line] ?? [];
            const point = (row: number, r: number) => `${r * 100 + 50},${row * 100 + 50}`;
            const colour = LINE_COLOURS[i % LINE_COLOURS.length];
            return (
              <g key={win.line}>
                <polyline
                  points={line.map(point).join(" ")}
                  fill="none"
                  stroke={colour}
                  strokeWidth={2}
                  strokeDasharray="6 6"
                  vectorEffect="non-scaling-stroke"
                  opacity={0.45}
                />
                <polyline
                  points={line.slice(0, win.count).map(point).join(" ")}
                  fill="none"
                  stroke={colour}
                  strokeWidth={4}
                  strokeLinejoin="round"
                  strokeLinecap="round"
                  vectorEffect="non-scaling-stroke"
                  opacity={0.7}
                />
              </g>
            );
          })}
        </svg>
      )}
    </div>
  );
}

/** An idle grid before the first spin: the title's symbols in turn. */
export function idleGrid(config: SlotConfig): string[][] {
  const ids = config.symbols.map((s) => s.id);
  return Array.from({ length: config.reels }, (_, r) =>
    Array.from({ length: config.rows }, (_, h) => ids[(r * 2 + h * 3 + 1) % ids.length] ?? ""),
  );
}

function WinList(props: { spin: Spin; coinValueMinor: number; format: MoneyFormat }) {
  const { spin, coinValueMinor, format } = props;
  const pay = (coins: number) => <Money minor={coins * spin.multiplier * coinValueMinor} format={format} />;
  const wins = spin.wins as readonly (LineWin | WaysWin)[];
  if (wins.length === 0 && spin.scatterCoins === 0 && spin.spinsAwarded === 0) {
    return <p className="muted">No win on this spin.</p>;
  }
  return (
    <ul className="win-list">
      {wins.map((win, i) =>
        isLineWin(win) ? (
          <li key={`l${win.line}`}>
            <span className="swatch" style={{ background: LINE_COLOURS[i % LINE_COLOURS.length] }} />
            Line {win.line + 1}: {win.count} × {symbolLabel(win.symbol)} pays {pay(win.coins)}
          </li>
        ) : (
          <li key={`w${win.symbol}`}>
            {symbolLabel(win.symbol)} on {win.count} reels, {win.ways} {win.ways === 1 ? "way" : "ways"} pays{" "}
            {pay(win.coins)}
          </li>
        ),
      )}
      {spin.scatterCoins > 0 && (
        <li>
          {spin.scatters} scatters pay {pay(spin.scatterCoins)}
        </li>
      )}
      {spin.spinsAwarded > 0 && <li>{spin.spinsAwarded} free spins awarded</li>}
      {spin.multiplier > 1 && <li>Free-spin multiplier × {spin.multiplier}</li>}
    </ul>
  );
}

/** A slot round as the player saw it: the base spin, then each free spin, with the wins itemised. */
export function SlotResult(props: { config: SlotConfig; display: AnySlotDisplay; format: MoneyFormat }) {
  const { config, display, format } = props;
  const spins: Spin[] = [display.base, ...display.freeSpins];
  const [shown, setShown] = useState(0);
  const index = Math.min(shown, spins.length - 1);
  const spin = spins[index] as Spin;
  return (
    <div className="slot-result">
      <SlotGrid config={config} grid={spin.grid} spin={spin} />
      {spins.length > 1 && (
        <div className="spin-stepper">
          <button
            type="button"
            onClick={() => setShown(index - 1)}
            disabled={index === 0}
            aria-label="Previous spin"
          >
            ◀
          </button>
          <span aria-live="polite">
            {index === 0 ? "Base spin" : `Free spin ${index} of ${spins.length - 1}`}
          </span>
          <button
            type="button"
            onClick={() => setShown(index + 1)}
            disabled={index === spins.length - 1}
            aria-label="Next spin"
          >
            ▶
          </button>
        </div>
      )}
      <WinList spin={spin} coinValueMinor={display.coinValueMinor} format={format} />
    </div>
  );
}
