import type { ConformanceReport } from "../runner/types.ts";

/**
 * The report as pretty-printed JSON: the whole {@link ConformanceReport}, evidence included.
 * Stable field names; new fields may be added, none removed.
 *
 * @example
 * await writeFile("conformance.json", toJson(report));
 */
export function toJson(report: ConformanceReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
