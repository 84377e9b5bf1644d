import assert from "node:assert/strict";
import { test } from "node:test";
import { escapeHtml } from "../http/escape-html.ts";
import {
  coveringJurisdictions,
  formatRtp,
  isImageUrl,
  isIsoDate,
  normaliseName,
  normaliseWord,
  parseRtp,
} from "./vocabulary.ts";

test("RTP: percent text or number with at most two decimals → exact basis points", () => {
  const cases: [unknown, number | undefined][] = [
    ["96.48", 9648],
    ["96.5", 9650],
    [" 97 % ", 9700],
    [96.48, 9648],
    [0.01, 1],
    ["100", 10_000],
    ["100.01", undefined],
    ["0", undefined],
    ["96.485", undefined],
    [96.485, undefined],
    ["-1", undefined],
    ["1e2", undefined],
    [Number.NaN, undefined],
    [null, undefined],
    ["", undefined],
  ];
  for (const [input, expected] of cases) assert.equal(parseRtp(input), expected, JSON.stringify(input));
  assert.equal(formatRtp(9648), "96.48");
  assert.equal(formatRtp(9605), "96.05");
  assert.equal(formatRtp(1), "0.01");
});

test("names normalise for search: accents, case, spaces", () => {
  assert.equal(normaliseName("  Café   ROYALE "), "cafe royale");
  assert.equal(normaliseName("Ｆｕｌｌｗｉｄｔｈ"), "fullwidth");
  assert.equal(normaliseWord("Very High"), "very_high");
  assert.equal(normaliseWord("video-poker"), "video_poker");
});

test("jurisdictions: a country's block covers its subdivisions", () => {
  assert.deepEqual(coveringJurisdictions("US-NJ"), ["US-NJ", "US"]);
  assert.deepEqual(coveringJurisdictions("GB"), ["GB"]);
});

test("dates and image URLs", () => {
  assert.ok(isIsoDate("2024-02-29"));
  assert.ok(!isIsoDate("2023-02-29"));
  assert.ok(!isIsoDate("2024-1-01"));
  assert.ok(isImageUrl("https://cdn.example/a.png"));
  assert.ok(!isImageUrl("http://cdn.example/a.png"));
  assert.ok(!isImageUrl("javascript:alert(1)"));
  assert.ok(!isImageUrl("https://user:pw@cdn.example/a.png"));
});

test("HTML escaping covers text and attribute contexts", () => {
  assert.equal(
    escapeHtml(`<a href="x" title='y'>&</a>`),
    "&#60;a href=&#34;x&#34; title=&#39;y&#39;&#62;&#38;&#60;/a&#62;",
  );
});
