import { OK, balanceFields, moneyFields, type VectorSpec } from "./vector-builder.ts";

/** Requests every operator must accept (verdict ok: go on to the business rules). */
export const acceptedCases: VectorSpec[] = [
  { name: "balance-valid", description: "A plain balance call.", expected: OK, fields: balanceFields() },
  {
    name: "debit-valid",
    description: "A bet of 2.50 EUR (250 minor units).",
    expected: OK,
    fields: moneyFields("debit"),
  },
  { name: "credit-valid", description: "A win of 2.50 EUR.", expected: OK, fields: moneyFields("credit") },
  {
    name: "credit-rollback-valid",
    description: "A credit with rb 1 returning the bet named by rb_call_id.",
    expected: OK,
    fields: { ...moneyFields("credit"), call_id: "rb-0001", rb: 1, rb_call_id: "deb-0001" },
  },
  {
    name: "debit-rollback-valid",
    description: "A debit with rb 1 taking back the win named by rb_call_id.",
    expected: OK,
    fields: { ...moneyFields("debit"), call_id: "rb-0002", rb: 1, rb_call_id: "cre-0001" },
  },
  {
    name: "debit-amount-zero-valid",
    description: "An amount of 0 is allowed.",
    expected: OK,
    fields: moneyFields("debit", 0),
  },
  {
    name: "credit-amount-max-safe-integer-valid",
    description: "The largest accepted amount is 2^53 - 1 = 9007199254740991.",
    expected: OK,
    fields: moneyFields("credit", Number.MAX_SAFE_INTEGER),
  },
  {
    name: "debit-round-closed-valid",
    description: "round_closed true on the last call of the round.",
    expected: OK,
    fields: { ...moneyFields("debit"), round_closed: true },
  },
  {
    name: "debit-optional-fields-absent-valid",
    description: "rb and round_closed may be left out: they default to 0 and false.",
    expected: OK,
    fields: (({ rb: _rb, round_closed: _closed, ...rest }) => rest)(moneyFields("debit")),
  },
  {
    name: "call-id-64-chars-valid",
    description: "call_id at its maximum length of 64.",
    expected: OK,
    fields: { ...balanceFields(), call_id: "A-z_9".repeat(12) + "abcd" },
  },
  {
    name: "player-id-64-chars-valid",
    description: "player_id at its maximum length of 64 characters.",
    expected: OK,
    fields: { ...balanceFields(), player_id: "p".repeat(64) },
  },
  {
    name: "player-id-unicode-valid",
    description:
      "Non-ASCII letters are fine; lengths count Unicode code points (64 emoji are 64 characters).",
    expected: OK,
    fields: { ...balanceFields(), player_id: "\u{1F3B0}".repeat(64) },
  },
  {
    name: "player-id-accented-valid",
    description: "A player id with accented letters, sent as raw UTF-8.",
    expected: OK,
    fields: { ...balanceFields(), player_id: "jürgen.øster" },
  },
  {
    name: "extra-unknown-fields-valid",
    description: "Unknown fields, nested ones included, are ignored (forward compatibility).",
    expected: OK,
    fields: {
      ...moneyFields("debit"),
      jackpot_contribution: 3,
      meta: { source: "mobile", tags: ["a", "b"] },
    },
  },
  {
    name: "proto-key-ignored-valid",
    description: 'A "__proto__" field is just an unknown field: ignored, and it must not pollute anything.',
    expected: OK,
    fields: balanceFields(),
    rawBody: (body) => body.replace("{", '{"__proto__":{"admin":true},'),
  },
  {
    name: "balance-ignores-money-fields-valid",
    description: "A balance call ignores debit/credit fields, even malformed ones.",
    expected: OK,
    fields: { ...balanceFields(), amount: "junk", rb: 7 },
  },
  {
    name: "whitespace-body-valid",
    description: "Insignificant JSON whitespace is allowed.",
    expected: OK,
    fields: balanceFields(),
    rawBody: (body) => `\n  ${body.replaceAll(",", ",\n    ")}\n`,
  },
];
