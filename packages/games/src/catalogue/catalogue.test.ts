import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { listCatalogue, loadTitle } from "../index.ts";
import { lineFixture, waysFixture } from "../slots/test/fixtures.ts";
import { bundledTitleFiles } from "./bundled-titles.ts";
import { createCatalogue } from "./catalogue.ts";
import { loadTitleDefinition } from "./engines.ts";

/** Loads a draft title and returns the error message (the title must be refused). */
function refusal(json: unknown): string {
  const r = loadTitleDefinition(json, { checkPublished: false });
  assert.ok(!r.ok, "expected the title to be refused");
  assert.equal(r.code, "INVALID_TITLE");
  return r.message;
}

describe("catalogue of bundled titles", () => {
  const entries = listCatalogue();

  test("fifteen or more titles over every engine", () => {
    assert.ok(entries.length >= 15, String(entries.length));
    assert.deepEqual(
      new Set(entries.map((e) => e.engine)),
      new Set(["line-slot", "ways-slot", "roulette", "blackjack", "keno"]),
    );
  });

  test("every entry carries the lobby fields, computed from the maths", () => {
    for (const e of entries) {
      assert.match(e.rtp.percent, /^\d{2,3}\.\d{4}$/);
      assert.match(e.rtp.exact, /^\d+\/\d+$/);
      assert.ok(e.hitFrequency > 0 && e.hitFrequency < 1, e.id);
      assert.ok(e.maxWinMultiplier >= 1, e.id);
      assert.ok(e.stdDev > 0, e.id);
      assert.ok(e.minBetMinor > 0 && e.minBetMinor <= e.maxBetMinor, e.id);
      assert.equal(e.rtp.method, e.engine === "blackjack" ? "simulation" : "exact");
      assert.equal(typeof e.features.freeSpins, "boolean");
    }
  });

  test("RTPs sit in a realistic band: slots and keno 94–97.5%, table games at their natural edge", () => {
    for (const e of entries) {
      const rtp = Number(e.rtp.percent);
      if (e.type === "table") assert.ok(rtp > 97 && rtp < 99.7, `${e.id} ${rtp}`);
      else assert.ok(rtp >= 94 && rtp <= 97.5, `${e.id} ${rtp}`);
    }
  });

  test("published RTP and volatility match the computed figures", () => {
    for (const { json } of bundledTitleFiles()) {
      const t = json as { id: string; published: { rtp: string; volatility: string } };
      const e = entries.find((x) => x.id === t.id)!;
      assert.equal(e.volatility, t.published.volatility, t.id);
      if (e.engine !== "roulette") assert.equal(Number(e.rtp.percent).toFixed(2), t.published.rtp, t.id);
    }
  });

  test("loadTitle returns a playable game; an unknown id is a coded error", () => {
    const r = loadTitle("fruit-fiesta");
    assert.ok(r.ok && r.game.kind === "instant");
    const bj = loadTitle("blackjack-classic");
    assert.ok(bj.ok && bj.game.kind === "multi-step");
    const missing = loadTitle("no-such-game");
    assert.ok(!missing.ok && missing.code === "UNKNOWN_TITLE");
  });
});

describe("title validation names the field", () => {
  test("an unknown symbol on a strip", () => {
    const json = lineFixture({ reels: ["S A B", "S A B", "S A Q2", "S A B", "S A B"] });
    assert.equal(refusal(json), "reels[2][2]: unknown symbol 'Q2'");
  });

  test("missing, mistyped and unknown fields", () => {
    const { lines: _lines, ...noLines } = lineFixture();
    assert.match(refusal(noLines), /lines/);
    assert.match(refusal(lineFixture({ layout: { reels: 5, rows: "3" } })), /^layout\.rows: /);
    assert.match(refusal(lineFixture({ bonus: true })), /^bonus: unknown field/);
    assert.match(refusal(lineFixture({ pays: { A: { "3": -1 } } })), /^pays\.A\.3: /);
    assert.match(refusal(lineFixture({ pays: { A: { three: 5 } } })), /^pays\.A\.three: unknown field/);
  });

  test("cross-field rules", () => {
    assert.match(
      refusal(lineFixture({ lines: [[1, 1, 1, 1, 3]] })),
      /^lines\[0\]\[4\]: row 3 is outside layout\.rows/,
    );
    assert.match(refusal(lineFixture({ lines: [[1, 1, 1, 1]] })), /^lines\[0\]: has 4 positions/);
    assert.match(
      refusal(
        lineFixture({
          lines: [
            [1, 1, 1, 1, 1],
            [1, 1, 1, 1, 1],
          ],
        }),
      ),
      /^lines\[1\]: duplicates lines\[0\]/,
    );
    assert.match(
      refusal(lineFixture({ reels: ["A B C", "A B C"] })),
      /^reels: has 2 strips but layout\.reels is 5/,
    );
    assert.match(
      refusal(lineFixture({ pays: { S: { "3": 5 } } })),
      /^pays\.S: the scatter pays through scatterPays/,
    );
    assert.match(refusal(lineFixture({ pays: { A: { "6": 5 } } })), /^pays\.A\.6: count exceeds/);
    assert.match(
      refusal(lineFixture({ betLimits: { minMinor: 6, maxMinor: 100 } })),
      /^betLimits\.minMinor: must be a multiple of 4/,
    );
    assert.match(
      refusal(
        waysFixture({
          symbols: [{ id: "W", kind: "wild" }, { id: "S", kind: "scatter" }, { id: "A" }, { id: "A" }],
        }),
      ),
      /^symbols\[3\]\.id: duplicate/,
    );
    assert.match(refusal({ ...lineFixture(), engine: "pachinko" }), /^engine: must be one of/);
  });

  test("keno, roulette and blackjack files are checked too", () => {
    const keno = {
      id: "k",
      name: "K",
      engine: "keno",
      published: { rtp: "90.00", volatility: "low" },
      betLimits: { minMinor: 1, maxMinor: 10 },
      spots: 5,
    };
    assert.match(refusal({ ...keno, pays: { "6": 10 } }), /^pays\.6: more matches than spots/);
    assert.match(refusal({ ...keno, spots: 11, pays: {} }), /^spots: /);
    const { spots: _spots, ...base } = keno;
    assert.match(
      refusal({ ...base, engine: "roulette", rules: { laPartage: "yes" } }),
      /^rules\.laPartage: /,
    );
    const bj = structuredClone(
      bundledTitleFiles().find((f) => (f.json as { id: string }).id === "blackjack-classic")!.json,
    ) as Record<string, Record<string, unknown>>;
    bj.rules!.decks = 9;
    assert.match(refusal(bj), /^rules\.decks: /);
  });

  test("a catalogue refuses duplicate ids, naming the file's position", () => {
    const r = createCatalogue(
      [lineFixture(), lineFixture()].map((t) => ({ ...t, published: { rtp: "00.00", volatility: "low" } })),
    );
    assert.ok(!r.ok);
  });
});
