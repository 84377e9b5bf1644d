/** The engine's hashed round ids: `gr_` and 40 hex digits (sessions from before readable ids). */
const HASHED = /^gr_[0-9a-f]{40}$/;
/** A readable round id: `gr_<studio>_<studio's reference>` (the platform's ADR 0014). */
const READABLE = /^gr_[a-z0-9-]+_(.+)$/;
/** Characters a table cell shows of an id. */
const SHOWN = 16;

/**
 * A round id short enough for a table cell that still tells rounds apart: a hashed id's first
 * characters, a readable id's reference (its end when long: its start is the same for every
 * round of a studio, its end is what differs). The full id goes in the cell's title.
 *
 * @example
 * roundIdLabel("gr_3f1a9c0d2e4b…") // "gr_3f1a9c0d2e4b5…" (hashed: its first 16 characters)
 * roundIdLabel("gr_acme_round-55120") // "round-55120"
 * roundIdLabel("gr_croupier-studio_sr_01m99abcde0123456789abcdef") // "…0123456789abcdef"
 */
export function roundIdLabel(id: string): string {
  if (HASHED.test(id)) return `${id.slice(0, SHOWN)}…`;
  const ref = READABLE.exec(id)?.[1] ?? id;
  return ref.length <= SHOWN ? ref : `…${ref.slice(-SHOWN)}`;
}
