import { createInterface } from "node:readline";
import { Transform, type Readable } from "node:stream";
import { parse } from "csv-parse";
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
 * Counts bytes as they pass and stops the upload past `maxBytes`: the file is never buffered,
 * and a too-large one is refused however it is sent (with or without a length).
 */
function byteCounter(maxBytes: number, progress: (bytes: number) => void): Transform {
  let bytes = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      bytes += chunk.length;
      progress(bytes);
      if (bytes > maxBytes) {
        done(
          new UploadRefused([{ line: 0, field: "file", message: `is larger than ${maxBytes} bytes` }], {
            tooLarge: true,
          }),
        );
        return;
      }
      done(null, chunk);
    },
  });
}

/**
 * Reads an uploaded ledger as it streams in (CSV with a header, or JSON lines) and yields valid
 * lines; any invalid line refuses the whole upload (UploadRefused, the first errors listed).
 */
export async function* readUpload(
  body: Readable,
  format: "csv" | "jsonl",
  options: { maxBytes?: number; onBytes?: (bytes: number) => void } = {},
): AsyncGenerator<LedgerLine> {
  const counted = body.pipe(
    byteCounter(options.maxBytes ?? MAX_UPLOAD_BYTES, options.onBytes ?? (() => undefined)),
  );
  body.on("error", (error) => counted.destroy(error));
  const errors: LineError[] = [];
  let errorCount = 0;
  const fail = (found: LineError[]) => {
    errorCount += found.length;
    for (const e of found) if (errors.length < MAX_LISTED_ERRORS) errors.push(e);
  };
  let lineNo = 0;
  let headerSeen = format === "jsonl";
  try {
    if (format === "csv") {
      const parser = counted.pipe(
        parse({
          bom: true,
          skip_empty_lines: true,
          trim: true,
          max_record_size: MAX_LINE_BYTES,
          columns: (header: string[]) => {
            headerSeen = true;
            const names = header.map((h) => h.trim().toLowerCase());
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
          },
        }),
      );
      counted.on("error", (error) => parser.destroy(error));
      for await (const record of parser as AsyncIterable<Record<string, string>>) {
        // Line 1 is the header; a ledger's fields hold no line breaks, so record n is on line n + 1.
        lineNo = lineNo === 0 ? 2 : lineNo + 1;
        const line = validateRecord(record, lineNo);
        if (Array.isArray(line)) fail(line);
        else if (errorCount === 0) yield line;
        if (errors.length >= MAX_LISTED_ERRORS) break;
      }
    } else {
      const lines = createInterface({ input: counted, crlfDelay: Infinity });
      for await (const raw of lines) {
        lineNo += 1;
        if (raw.trim() === "") continue;
        let record: unknown;
        try {
          record = raw.length > MAX_LINE_BYTES ? undefined : JSON.parse(raw);
        } catch {
          record = undefined;
        }
        if (typeof record !== "object" || record === null || Array.isArray(record)) {
          fail([{ line: lineNo, field: "line", message: "is not a JSON object" }]);
        } else {
          const keys = Object.keys(record);
          const unknown = keys.filter((k) => !(LEDGER_COLUMNS as readonly string[]).includes(k));
          const line =
            unknown.length > 0
              ? [{ line: lineNo, field: unknown[0]!, message: "is not a ledger field" }]
              : validateRecord(record as Record<string, unknown>, lineNo);
          if (Array.isArray(line)) fail(line);
          else if (errorCount === 0) yield line;
        }
        if (errors.length >= MAX_LISTED_ERRORS) break;
      }
    }
  } catch (error) {
    if (error instanceof UploadRefused) throw error;
    const cause = (error as { cause?: unknown }).cause;
    if (cause instanceof UploadRefused) throw cause;
    const code = (error as { code?: string }).code ?? "";
    if (code.startsWith("CSV_")) {
      throw new UploadRefused([
        ...errors,
        {
          line: (error as { lines?: number }).lines ?? lineNo,
          field: "file",
          message: `is not valid CSV: ${(error as Error).message}`,
        },
      ]);
    }
    throw error;
  }
  if (errorCount > 0) throw new UploadRefused(errors);
  if (!headerSeen) {
    throw new UploadRefused([
      {
        line: 1,
        field: "file",
        message: `is empty: a CSV ledger starts with its header (${LEDGER_COLUMNS.join(",")})`,
      },
    ]);
  }
}
