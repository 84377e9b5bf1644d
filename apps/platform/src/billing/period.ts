import { fail, type Failure } from "../operators/problems.ts";
import { DAY_MS, dayStartMs } from "./rates.ts";

/**
 * A period of whole UTC days, `from` and `to` inclusive, as [fromMs, toMs) — or INVALID_PERIOD
 * when a day is not real, `from` is after `to`, or it spans more than `maxDays`.
 */
export function parsePeriod(
  from: string,
  to: string,
  maxDays: number,
): { ok: true; fromMs: number; toMs: number } | Failure<"INVALID_PERIOD"> {
  const fromMs = dayStartMs(from);
  const toDay = dayStartMs(to);
  if (fromMs === undefined || toDay === undefined || toDay < fromMs) {
    return fail("INVALID_PERIOD", "`from` and `to` are days (YYYY-MM-DD, UTC) and `from` is not after `to`.");
  }
  const toMs = toDay + DAY_MS;
  if ((toMs - fromMs) / DAY_MS > maxDays) {
    return fail("INVALID_PERIOD", `A period spans at most ${maxDays} days here.`);
  }
  return { ok: true, fromMs, toMs };
}
