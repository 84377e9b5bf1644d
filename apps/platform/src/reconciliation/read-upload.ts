import type { Readable } from "node:stream";
import { StringDecoder } from "node:string_decoder";
import Papa from "papaparse";
import { currencyExponent } from "@croupier/protocol";
import type { ReconciliationLinesTable } from "./tables.ts";

/** The columns an uploaded ledger has, in any order (CSV header, or JSON lines' keys). */
export const LEDGER_COLUMNS = ["call_id", "action", "amount", "currency", "rb", "status", "time"] as const;
/** Largest upload: a month of a busy casino's calls (over a million lines) fits. */
export const MAX_UPLOAD_BYTES = 160 * 1024 * 1024;
/** Longest line: a few short fields; anything longer is not a ledger. */
const MAX_LINE_BYTES = 4096;
/** Errors listed in a refusal; the rest are counted. */
export const MAX_LISTED_ERRORS = 50;

export type LedgerLine = Omit<ReconciliationLinesTable, "reconciliation_id">;

export interface LineError {
  readonly line: number;
  readonly field: string;
  readonly message: string;
}

/** Thrown by the reader: the upload is refused as a whole, with these reasons. */
export class UploadRefused extends Error {
  readonly errors: LineError[];
  readonly tooLarge: boolean;
  constructor(errors: LineError[], options: { tooLarge?: boolean } = {}) {
    super(errors.map((e) => `line ${e.line}: ${e.field} ${e.message}`).join("; "));
    this.errors = errors;
    this.tooLarge = options.tooLarge ?? false;
  }
}

const CALL_ID = /^[A-Za-z0-9_-]{1,64}$/;
const INTEGER = /^(0|[1-9][0-9]{0,15})$/;

/** One record (string values) as a ledger line, or the errors in it. */
export function validateRecord(record: Record<string, unknown>, lineNo: number): LedgerLine | LineError[] {
  const errors: LineError[] = [];
  const text = (field: string) => {
    const value = record[field];
    if (typeof value === "number" && Number.isFinite(value)) return String(value);
    return typeof value === "string" ? value.trim() : undefined;
  };
  const callId = text("call_id");
  if (callId === undefined || !CALL_ID.test(callId))
    errors.push({ line: lineNo, field: "call_id", message: "must be 1–64 characters A-Z a-z 0-9 _ -" });
  const action = text("action");
  if (action !== "debit" && action !== "credit")
    errors.push({ line: lineNo, field: "action", message: "must be debit or credit" });
  const amount = text("amount");
  if (amount === undefined || !INTEGER.test(amount))
    errors.push({ line: lineNo, field: "amount", message: "must be a non-negative integer in minor units" });
  const currency = text("currency");
  if (currency === undefined || currencyExponent(currency) === undefined)
    errors.push({ line: lineNo, field: "currency", message: "must be a known ISO 4217 code" });
  const rb = text("rb");
  if (rb !== "0" && rb !== "1") errors.push({ line: lineNo, field: "rb", message: "must be 0 or 1" });
  const status = text("status");
  if (status === undefined || !/^[A-Za-z_]{1,40}$/.test(status))
    errors.push({ line: lineNo, field: "status", message: "must be ok or the refusal's code" });
  const time = text("time");
  if (time === undefined || time.length > 40 || !(/^\d{1,16}$/.test(time) || !Number.isNaN(Date.parse(time))))
    errors.push({ line: lineNo, field: "time", message: "must be an ISO instant or epoch milliseconds" });
  if (errors.length > 0) return errors;
  return {
    call_id: callId!,
    line_no: lineNo,
    action: action as "debit" | "credit",
    amount_minor: Number(amount),
    currency: currency!,
    rb: rb === "1" ? 1 : 0,
    status: status!.toLowerCase() === "ok" ? "ok" : status!,
    time_text: time!,
  };
}

/**
 * Lines read, parsed and handed on together. Few: every line of a part is alive until the part is
 * staged, and lines alive for longer than the young generation's turn are promoted to the old one
 * (a million lines of garbage there once took a reconciliation past 370 MB).
 */
const LINES_PER_PART = 250;

/**
 * Splits the upload into its lines as it streams in, a part at a time: complete lines (without
 * their line break or a CR before it) with the number of the first. A part's lines are cut from
 * the text only when the part is taken: a stream read after a pause hands over all it buffered
 * (megabytes), and cutting all of it at once kept tens of thousands of lines alive at a time,
 * which the young generation then promoted (a reconciliation peaked past 300 MB). Counts bytes
 * and stops past `maxBytes`, and stops at a line longer than MAX_LINE_BYTES (a file with no line
 * breaks is not a ledger, and must not be held whole while its end is awaited).
 */
async function* chunksOfLines(
  body: Readable,
  maxBytes: number,
  onBytes: (bytes: number) => void,
): AsyncGenerator<{ readonly firstLineNo: number; readonly lines: string[] }> {
  const decoder = new StringDecoder("utf8");
  let bytes = 0;
  let lineNo = 1;
  let rest = "";
  let first = true;
  /** Up to LINES_PER_PART complete lines of `text` from `from`, and where the next one starts. */
  const cut = (text: string, from: number, all: boolean) => {
    const lines: string[] = [];
    let at = from;
    while (lines.length < LINES_PER_PART && at < text.length) {
      let end = text.indexOf("\n", at);
      if (end < 0) {
        if (!all) break;
        end = text.length;
      }
      const line =
        text.charCodeAt(end - 1) === 13 && end > at ? text.slice(at, end - 1) : text.slice(at, end);
      if (line.length > MAX_LINE_BYTES) throw tooLong(lineNo + lines.length);
      lines.push(line);
      at = end + 1;
    }
    return { lines, next: at };
  };
  for await (const data of body as AsyncIterable<Buffer>) {
    bytes += data.length;
    onBytes(bytes);
    if (bytes > maxBytes) {
      throw new UploadRefused([{ line: 0, field: "file", message: `is larger than ${maxBytes} bytes` }], {
        tooLarge: true,
      });
    }
    let text = rest + decoder.write(data);
    if (first && text.length > 0) {
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      first = false;
    }
    let from = 0;
    for (;;) {
      const { lines, next } = cut(text, from, false);
      if (lines.length === 0) break;
      yield { firstLineNo: lineNo, lines };
      lineNo += lines.length;
      from = next;
    }
    rest = text.slice(from);
    if (Buffer.byteLength(rest) > MAX_LINE_BYTES) throw tooLong(lineNo);
  }
  rest += decoder.end();
  for (let from = 0; from < rest.length;) {
    const { lines, next } = cut(rest, from, true);
    yield { firstLineNo: lineNo, lines };
    lineNo += lines.length;
    from = next;
  }
}

function tooLong(lineNo: number): UploadRefused {
  return new UploadRefused([
    { line: lineNo, field: "line", message: `is longer than ${MAX_LINE_BYTES} bytes` },
  ]);
}

/**
 * The fields of lines of CSV (RFC 4180 quoting; a quoted field may not hold a line break). Lines
 * without a quote are split on their commas, which is all CSV means for them; Papa Parse reads
 * the others. Why not Papa Parse for all: its rows, a million of them, outlived the young
 * generation (V8 came to allocate them in the old one), and a clean ledger's upload took the
 * process past 370 MB where splitting stays flat.
 */
function csvRows(lines: readonly string[], firstLineNo: number): string[][] {
  if (!lines.some((line) => line.includes('"'))) return lines.map((line) => line.split(","));
  const parsed = Papa.parse<string[]>(lines.join("\n"), { delimiter: ",", newline: "\n", quoteChar: '"' });
  const error = parsed.errors[0];
  if (error !== undefined) {
    throw new UploadRefused([
      { line: firstLineNo + (error.row ?? 0), field: "file", message: `is not valid CSV: ${error.message}` },
    ]);
  }
  return parsed.data;
}

const blank = (fields: readonly string[]) => fields.every((field) => field.trim() === "");

/**
 * Reads an uploaded ledger as it streams in (CSV with a header, or JSON lines) and yields its
 * valid lines a few at a time (LINES_PER_PART); any invalid line refuses the whole upload
 * (UploadRefused, the first errors listed). Blank lines are skipped.
 */
export async function* readUpload(
  body: Readable,
  format: "csv" | "jsonl",
  options: { maxBytes?: number; onBytes?: (bytes: number) => void } = {},
): AsyncGenerator<LedgerLine[]> {
  const errors: LineError[] = [];
  let errorCount = 0;
  const fail = (found: LineError[]) => {
    errorCount += found.length;
    for (const e of found) if (errors.length < MAX_LISTED_ERRORS) errors.push(e);
  };
  let columns: string[] | undefined;
  const chunks = chunksOfLines(
    body,
    options.maxBytes ?? MAX_UPLOAD_BYTES,
    options.onBytes ?? (() => undefined),
  );
  for await (const { firstLineNo, lines } of chunks) {
    const valid: LedgerLine[] = [];
    const take = (record: Record<string, unknown>, lineNo: number) => {
      const line = validateRecord(record, lineNo);
      if (Array.isArray(line)) fail(line);
      else if (errorCount === 0) valid.push(line);
    };
    if (format === "csv") {
      const rows = csvRows(lines, firstLineNo);
      for (let i = 0; i < rows.length && errors.length < MAX_LISTED_ERRORS; i++) {
        const fields = rows[i]!;
        const lineNo = firstLineNo + i;
        if (blank(fields)) continue;
        if (columns === undefined) {
          columns = headerOf(fields);
          continue;
        }
        if (fields.length !== columns.length) {
          fail([
            {
              line: lineNo,
              field: "line",
              message: `has ${fields.length} fields, the header ${columns.length}`,
            },
          ]);
          continue;
        }
        const record: Record<string, string> = {};
        for (let c = 0; c < columns.length; c++) record[columns[c]!] = fields[c]!;
        take(record, lineNo);
      }
    } else {
      for (let i = 0; i < lines.length && errors.length < MAX_LISTED_ERRORS; i++) {
        const raw = lines[i]!;
        const lineNo = firstLineNo + i;
        if (raw.trim() === "") continue;
        let record: unknown;
        try {
          record = JSON.parse(raw);
        } catch {
          record = undefined;
        }
        if (typeof record !== "object" || record === null || Array.isArray(record)) {
          fail([{ line: lineNo, field: "line", message: "is not a JSON object" }]);
          continue;
        }
        const unknown = Object.keys(record).find((k) => !(LEDGER_COLUMNS as readonly string[]).includes(k));
        if (unknown !== undefined) fail([{ line: lineNo, field: unknown, message: "is not a ledger field" }]);
        else take(record as Record<string, unknown>, lineNo);
      }
    }
    if (errors.length >= MAX_LISTED_ERRORS) break;
    if (errorCount === 0 && valid.length > 0) yield valid;
  }
  if (errorCount > 0) throw new UploadRefused(errors);
  if (format === "csv" && columns === undefined) {
    throw new UploadRefused([
      {
        line: 1,
        field: "file",
        message: `is empty: a CSV ledger starts with its header (${LEDGER_COLUMNS.join(",")})`,
      },
    ]);
  }
}

/** The header's column names, or the refusal: exactly the ledger's columns, in any order. */
function headerOf(fields: readonly string[]): string[] {
  const names = fields.map((h) => h.trim().toLowerCase());
  const missing = LEDGER_COLUMNS.filter((c) => !names.includes(c));
  const extra = names.filter((n) => !(LEDGER_COLUMNS as readonly string[]).includes(n));
  if (missing.length > 0 || extra.length > 0 || new Set(names).size !== names.length) {
    throw new UploadRefused([
      {
        line: 1,
        field: "header",
        message: `must name exactly the columns ${LEDGER_COLUMNS.join(",")}${missing.length > 0 ? `; missing ${missing.join(",")}` : ""}${extra.length > 0 ? `; unknown ${extra.slice(0, 5).join(",")}` : ""}`,
      },
    ]);
  }
  return names;
}
