import { Type } from "typebox";

/**
 * Epoch milliseconds (`1767225600000`) or an RFC 3339 date or date-time
 * (`2026-01-01`, `2026-01-01T12:00:00Z`, `2026-01-01T14:00:00.250+02:00`). A date alone is
 * midnight UTC. The pattern keeps anything else out before it reaches `Date.parse`.
 */
const INSTANT_PATTERN =
  "^(\\d{1,15}|\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:\\d{2}))?)$";

export const TimeRangeQuery = {
  from: Type.Optional(
    Type.String({
      pattern: INSTANT_PATTERN,
      maxLength: 40,
      description:
        "Only items at or after this instant: epoch milliseconds or RFC 3339 (`2026-01-01T00:00:00Z`).",
      examples: ["2026-01-01T00:00:00Z"],
    }),
  ),
  to: Type.Optional(
    Type.String({
      pattern: INSTANT_PATTERN,
      maxLength: 40,
      description: "Only items before this instant (exclusive): epoch milliseconds or RFC 3339.",
      examples: ["2026-02-01T00:00:00Z"],
    }),
  ),
};

export interface TimeRange {
  /** Inclusive, epoch ms. */
  readonly fromMs?: number | undefined;
  /** Exclusive, epoch ms. */
  readonly toMs?: number | undefined;
}

/** Epoch ms of one bound, or undefined when it is not a real instant (e.g. month 13). */
export function parseInstant(text: string): number | undefined {
  if (/^\d+$/.test(text)) {
    const value = Number(text);
    return Number.isSafeInteger(value) ? value : undefined;
  }
  const value = Date.parse(text);
  if (Number.isNaN(value) || value < 0) return undefined;
  // Date.parse rolls 2026-02-30 over into March; a date that does not round-trip is refused.
  const datePart = text.slice(0, 10);
  const [year, month, day] = datePart.split("-").map(Number) as [number, number, number];
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
    return undefined;
  }
  return value;
}

export type TimeRangeResult =
  { readonly ok: true; readonly range: TimeRange } | { readonly ok: false; readonly message: string };

/** `from`/`to` of a list query as epoch ms; `from` must not be after `to`. */
export function timeRangeOf(query: {
  readonly from?: string | undefined;
  readonly to?: string | undefined;
}): TimeRangeResult {
  const fromMs = query.from === undefined ? undefined : parseInstant(query.from);
  if (query.from !== undefined && fromMs === undefined)
    return { ok: false, message: `from "${query.from}" is not a valid instant.` };
  const toMs = query.to === undefined ? undefined : parseInstant(query.to);
  if (query.to !== undefined && toMs === undefined)
    return { ok: false, message: `to "${query.to}" is not a valid instant.` };
  if (fromMs !== undefined && toMs !== undefined && fromMs > toMs)
    return { ok: false, message: "from is after to." };
  return { ok: true, range: { fromMs, toMs } };
}
