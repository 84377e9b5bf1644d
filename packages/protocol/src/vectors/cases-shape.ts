import { balanceFields, moneyFields, refused, type VectorSpec } from "./vector-builder.ts";

const INVALID = refused("INVALID_REQUEST");
const without = (fields: Record<string, unknown>, name: string) =>
  Object.fromEntries(Object.entries(fields).filter(([key]) => key !== name));
const nested = (depth: number) => "[".repeat(depth) + "]".repeat(depth);

/** Bodies that are not one strict JSON object. */
export const jsonCases: VectorSpec[] = [
  {
    name: "json-malformed",
    description: "A truncated body.",
    expected: INVALID,
    fields: balanceFields(),
    rawBody: (b) => b.slice(0, -2),
  },
  {
    name: "json-empty-body",
    description: "An empty body.",
    expected: INVALID,
    fields: balanceFields(),
    rawBody: () => "",
  },
  {
    name: "json-array-body",
    description: "A JSON array, not an object.",
    expected: INVALID,
    fields: balanceFields(),
    rawBody: (b) => `[${b}]`,
  },
  {
    name: "json-null-body",
    description: "The JSON literal null.",
    expected: INVALID,
    fields: balanceFields(),
    rawBody: () => "null",
  },
  {
    name: "json-duplicate-key",
    description: "amount appears twice. JSON parsers disagree on which wins, so duplicates are refused.",
    expected: INVALID,
    fields: moneyFields("debit"),
    rawBody: (b) => b.replace('"amount":250', '"amount":250,"amount":1'),
  },
  {
    name: "json-duplicate-key-escaped",
    description: 'amount and "\\u0061mount" are the same key once the escape is decoded.',
    expected: INVALID,
    fields: moneyFields("debit"),
    rawBody: (b) => b.replace('"amount":250', '"amount":250,"\\u0061mount":1'),
  },
  {
    name: "json-duplicate-key-nested",
    description: "A duplicate key inside a nested unknown field is refused too.",
    expected: INVALID,
    fields: { ...balanceFields(), meta: { a: { b: 1 } } },
    rawBody: (b) => b.replace('{"b":1}', '{"b":1,"b":2}'),
  },
  {
    name: "json-depth-32-valid",
    description: "Nesting of exactly 32 levels (the top object counts as 1) is accepted.",
    expected: { ok: true },
    fields: { ...balanceFields(), deep: 0 },
    rawBody: (b) => b.replace('"deep":0', `"deep":${nested(31)}`),
  },
  {
    name: "json-depth-33",
    description: "Nesting of 33 levels is refused.",
    expected: INVALID,
    fields: { ...balanceFields(), deep: 0 },
    rawBody: (b) => b.replace('"deep":0', `"deep":${nested(32)}`),
  },
  {
    name: "body-64-kib-valid",
    description: "A body of exactly 65536 bytes (padded with an unknown field) is accepted.",
    expected: { ok: true },
    fields: { ...balanceFields(), padding: "" },
    rawBody: (b) => b.replace('"padding":""', `"padding":"${"x".repeat(65_536 - b.length)}"`),
  },
  {
    name: "body-oversize",
    description: "A body of 65537 bytes is refused before it is parsed.",
    expected: INVALID,
    fields: { ...balanceFields(), padding: "" },
    rawBody: (b) => b.replace('"padding":""', `"padding":"${"x".repeat(65_537 - b.length)}"`),
  },
];

/** Well-formed JSON whose fields break the protocol's rules. */
export const fieldCases: VectorSpec[] = [
  { name: "amount-float", description: "amount 2.5.", expected: INVALID, fields: moneyFields("debit", 2.5) },
  {
    name: "amount-integer-valued-float",
    description: "amount written 250.0: equal to 250 but a float literal; amounts are integers on the wire.",
    expected: INVALID,
    fields: moneyFields("debit"),
    rawBody: (b) => b.replace('"amount":250', '"amount":250.0'),
  },
  {
    name: "amount-exponent",
    description: "amount written 2.5e2.",
    expected: INVALID,
    fields: moneyFields("credit"),
    rawBody: (b) => b.replace('"amount":250', '"amount":2.5e2'),
  },
  {
    name: "amount-string",
    description: 'amount "250" as a string.',
    expected: INVALID,
    fields: moneyFields("debit", "250"),
  },
  { name: "amount-negative", description: "amount -1.", expected: INVALID, fields: moneyFields("debit", -1) },
  {
    name: "amount-unsafe-2-pow-60",
    description: "amount 2^60 = 1152921504606846976: beyond 2^53 - 1, where doubles lose cents.",
    expected: INVALID,
    fields: moneyFields("credit"),
    rawBody: (b) => b.replace('"amount":250', '"amount":1152921504606846976'),
  },
  { name: "amount-null", description: "amount null.", expected: INVALID, fields: moneyFields("debit", null) },
  ...["action", "call_id", "player_id", "session_id", "currency", "game_id", "round_id", "amount"].map(
    (name): VectorSpec => ({
      name: `missing-${name.replaceAll("_", "-")}`,
      description: `A debit without ${name}.`,
      expected: INVALID,
      fields: without(moneyFields("debit"), name),
    }),
  ),
  {
    name: "action-unknown",
    description: 'action "refund" is not a protocol action.',
    expected: INVALID,
    fields: { ...moneyFields("debit"), action: "refund" },
  },
  {
    name: "call-id-too-long",
    description: "call_id of 65 characters.",
    expected: INVALID,
    fields: { ...balanceFields(), call_id: "c".repeat(65) },
  },
  {
    name: "call-id-bad-characters",
    description: "call_id with a dot and a space: only A-Z a-z 0-9 _ - are allowed.",
    expected: INVALID,
    fields: { ...balanceFields(), call_id: "bal 0001.x" },
  },
  {
    name: "call-id-empty",
    description: "call_id empty.",
    expected: INVALID,
    fields: { ...balanceFields(), call_id: "" },
  },
  {
    name: "player-id-too-long",
    description: "player_id of 65 characters.",
    expected: INVALID,
    fields: { ...balanceFields(), player_id: "p".repeat(65) },
  },
  {
    name: "player-id-10000-chars",
    description: "player_id of 10 000 characters.",
    expected: INVALID,
    fields: { ...balanceFields(), player_id: "p".repeat(10_000) },
  },
  {
    name: "player-id-control-nul",
    description: "player_id containing U+0000 (C0 control, escaped in the JSON).",
    expected: INVALID,
    fields: { ...balanceFields(), player_id: "player\u000042" },
  },
  {
    name: "player-id-control-del",
    description: "player_id containing U+007F DEL.",
    expected: INVALID,
    fields: { ...balanceFields(), player_id: "player\u007f42" },
  },
  {
    name: "player-id-control-c1",
    description: "player_id containing U+0085 (C1 control, next line).",
    expected: INVALID,
    fields: { ...balanceFields(), player_id: "player\u008542" },
  },
  {
    name: "session-id-newline",
    description: "session_id containing a line feed.",
    expected: INVALID,
    fields: { ...balanceFields(), session_id: "sess\n7f3a" },
  },
  {
    name: "round-id-too-long",
    description: "round_id of 129 characters (limit 128).",
    expected: INVALID,
    fields: { ...moneyFields("credit"), round_id: "r".repeat(129) },
  },
  {
    name: "currency-lowercase",
    description: 'currency "eur".',
    expected: INVALID,
    fields: { ...balanceFields(), currency: "eur" },
  },
  {
    name: "rb-1-without-rb-call-id",
    description: "A rollback that does not say which call it rolls back.",
    expected: INVALID,
    fields: { ...moneyFields("credit"), rb: 1 },
  },
  {
    name: "rb-0-with-rb-call-id",
    description: "rb_call_id on a call that is not a rollback.",
    expected: INVALID,
    fields: { ...moneyFields("credit"), rb_call_id: "deb-0001" },
  },
  {
    name: "rb-call-id-bad-characters",
    description: "rb_call_id must have the call_id format.",
    expected: INVALID,
    fields: { ...moneyFields("credit"), rb: 1, rb_call_id: "deb/0001" },
  },
  {
    name: "rb-boolean",
    description: "rb true instead of 1.",
    expected: INVALID,
    fields: { ...moneyFields("credit"), rb: true },
  },
  {
    name: "rb-string",
    description: 'rb "1" as a string.',
    expected: INVALID,
    fields: { ...moneyFields("credit"), rb: "1", rb_call_id: "deb-0001" },
  },
  { name: "rb-two", description: "rb 2.", expected: INVALID, fields: { ...moneyFields("credit"), rb: 2 } },
  {
    name: "round-closed-string",
    description: 'round_closed "true" as a string.',
    expected: INVALID,
    fields: { ...moneyFields("debit"), round_closed: "true" },
  },
  {
    name: "round-closed-number",
    description: "round_closed 1 instead of true.",
    expected: INVALID,
    fields: { ...moneyFields("debit"), round_closed: 1 },
  },
];
