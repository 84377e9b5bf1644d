/**
 * CSV out (RFC 4180): fields with a comma, quote, CR or LF are quoted, quotes doubled. A field
 * starting with `=`, `+`, `-` or `@` that is not a number is prefixed with `'` so that a
 * spreadsheet never runs it as a formula (ids and notes come from outside).
 */
export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return String(value);
  let text = value;
  if (/^[=+\-@]/.test(text) && !/^[+-]?\d+$/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One CSV line (CRLF-terminated). */
export function csvLine(fields: ReadonlyArray<string | number | null | undefined>): string {
  return `${fields.map(csvField).join(",")}\r\n`;
}

export const CSV_CONTENT_TYPE = "text/csv; charset=utf-8";
