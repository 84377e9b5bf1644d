/**
 * `npm run title -- <file.json>...` — validates draft title files and prints their exact
 * figures, without requiring `published` to match yet: the studio's loop is edit → run this →
 * copy the RTP into `published.rtp` → `npm run rtp -- --title <id>`.
 */
import { readFileSync } from "node:fs";
import { catalogueEntry } from "./catalogue.ts";
import { loadTitleDefinition } from "./engines.ts";

const files = process.argv.slice(2);
if (files.length === 0) {
  process.stderr.write("usage: npm run title -- <title.json>...\n");
  process.exitCode = 2;
}
for (const file of files) {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    console.log(`${file}: cannot read JSON: ${(error as Error).message}`);
    process.exitCode = 1;
    continue;
  }
  const r = loadTitleDefinition(json, { checkPublished: false });
  if (!r.ok) {
    console.log(`${file}: ${r.message}`);
    process.exitCode = 1;
    continue;
  }
  const e = catalogueEntry(r.loaded);
  const published = r.loaded.title.published;
  console.log(
    [
      `${file}: ${e.id} (${e.engine})`,
      `  RTP ${e.rtp.percent}% = ${e.rtp.exact} (${e.rtp.method}); published ${published.rtp}%` +
        (Number(e.rtp.percent).toFixed(2) === published.rtp
          ? ""
          : `  ← set published.rtp to "${Number(e.rtp.percent).toFixed(2)}"`),
      `  σ ${e.stdDev} → ${e.volatility}; published ${published.volatility}`,
      `  hit frequency ${e.hitFrequency}; max win ${e.maxWinMultiplier}× (upper bound)`,
    ].join("\n"),
  );
}
