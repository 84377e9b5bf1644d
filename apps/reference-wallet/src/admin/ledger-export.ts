import { Readable } from "node:stream";
import type { PlayerAdmin } from "../store/types.ts";

/** Calls read per page while exporting: bounded memory whatever the period holds. */
const EXPORT_PAGE_SIZE = 500;

/** The columns of the export, the format Croupier's reconciliation reads. */
export const LEDGER_EXPORT_COLUMNS = [
  "call_id",
  "action",
  "amount",
  "currency",
  "rb",
  "status",
  "time",
] as const;

function csvLine(fields: ReadonlyArray<string | number>): string {
  return `${fields.map((f) => (typeof f === "string" && /[",\r\n]/.test(f) ? `"${f.replaceAll('"', '""')}"` : String(f))).join(",")}\n`;
}

/**
 * The wallet's money calls in [fromIso, toIso) as CSV (a header, then one line per call) or JSON
 * lines, produced page by page as the reader pulls, so an export of any size streams.
 */
export function ledgerExportStream(
  store: Pick<PlayerAdmin, "exportCalls">,
  range: { fromIso: string; toIso: string },
  format: "csv" | "jsonl",
): Readable {
  async function* lines(): AsyncGenerator<string> {
    if (format === "csv") yield csvLine([...LEDGER_EXPORT_COLUMNS]);
    let after: string | undefined;
    do {
      const page = await store.exportCalls({
        from: range.fromIso,
        to: range.toIso,
        limit: EXPORT_PAGE_SIZE,
        ...(after === undefined ? {} : { after }),
      });
      let chunk = "";
      for (const call of page.items) {
        const line = {
          call_id: call.callId,
          action: call.action,
          amount: call.amountMinor,
          currency: call.currency ?? "",
          rb: call.rb,
          status: call.status,
          time: call.createdAt,
        };
        chunk += format === "csv" ? csvLine(Object.values(line)) : `${JSON.stringify(line)}\n`;
      }
      if (chunk !== "") yield chunk;
      after = page.nextCursor;
    } while (after !== undefined);
  }
  // One page is read only when the previous one has been taken: memory stays at a page.
  return Readable.from(lines(), { objectMode: false });
}
