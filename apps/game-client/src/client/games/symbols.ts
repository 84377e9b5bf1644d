/** How a symbol id reads on a reel tile: a few ids get their usual glyphs, the rest their name. */
const LABELS: Readonly<Record<string, string>> = {
  SEVEN: "7",
  TEN: "10",
  BAR1: "BAR",
  BAR2: "2×BAR",
  BAR3: "3×BAR",
  BLANK: "·",
};

export function symbolLabel(id: string): string {
  return LABELS[id] ?? id.charAt(0) + id.slice(1).toLowerCase();
}

/**
 * A hue per symbol of a title: the golden angle apart in the title's symbol order, so that
 * neighbouring symbols never share a colour and each keeps its colour on every reel.
 */
export function symbolHues(ids: readonly string[]): Map<string, number> {
  return new Map(ids.map((id, i) => [id, Math.round((i * 137.508 + 200) % 360)]));
}

/** A CSS class for tiles of special symbols. */
export function symbolKindClass(kind: string | undefined): string {
  return kind === "wild" ? "tile-wild" : kind === "scatter" ? "tile-scatter" : "";
}
