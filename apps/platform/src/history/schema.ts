import { Type } from "typebox";
import { EpochMs } from "../http/schemas.ts";
import { PageOf, PageQuery } from "../pagination/cursor.ts";
import { SessionSchema } from "../sessions/schema.ts";
import { TimeRangeQuery } from "./time-range.ts";

/** Attempts shown per call (the latest); a credit retried for days has hundreds. */
export const MAX_ATTEMPTS_SHOWN = 100;
/** Calls shown in a round's detail; a round has a few (bets, wins, rollbacks). */
export const MAX_CALLS_IN_ROUND = 200;

/** Ids in filters and paths: bounded, printable. */
const Id = (description: string, example: string) =>
  Type.String({ minLength: 1, maxLength: 128, pattern: "^[!-~]+$", description, examples: [example] });
const PlayerId = Type.String({
  minLength: 1,
  maxLength: 64,
  pattern: "^[^\\u0000-\\u001f\\u007f-\\u009f]+$",
  description: "Your player id.",
  examples: ["player-1042"],
});
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) =>
  Type.Union([schema, Type.Null()]);

export const CALL_STATUSES = [
  "pending",
  "ok",
  "refused",
  "unknown",
  "not_sent",
  "manual",
  "resolved",
] as const;
export const ROUND_STATUSES = ["open", "closed", "void"] as const;
export const SESSION_STATUSES = ["created", "active", "ended", "expired"] as const;

export const SessionHistoryQuery = Type.Object(
  {
    player_id: Type.Optional(PlayerId),
    game_id: Type.Optional(Id("Only sessions of this game.", "slots-classic")),
    status: Type.Optional(Type.Enum(SESSION_STATUSES)),
    ...TimeRangeQuery,
    ...PageQuery,
  },
  { additionalProperties: false },
);

export const RoundHistoryQuery = Type.Object(
  {
    player_id: Type.Optional(PlayerId),
    round_id: Type.Optional(Id("Only this round.", "rnd_4k9t2m8q1x7z3v5b")),
    session_id: Type.Optional(Id("Only rounds of this session.", "ses_7h2k9m4q8x1z5v3b")),
    game_id: Type.Optional(Id("Only rounds of this game.", "slots-classic")),
    status: Type.Optional(Type.Enum(ROUND_STATUSES)),
    ...TimeRangeQuery,
    ...PageQuery,
  },
  { additionalProperties: false },
);

export const TransactionHistoryQuery = Type.Object(
  {
    player_id: Type.Optional(PlayerId),
    round_id: Type.Optional(Id("Only calls of this round.", "rnd_4k9t2m8q1x7z3v5b")),
    call_id: Type.Optional(Id("Only this call.", "c_9m2k7t4q1x8z3v5b")),
    session_id: Type.Optional(Id("Only calls of this session.", "ses_7h2k9m4q8x1z5v3b")),
    game_id: Type.Optional(Id("Only calls of this game.", "slots-classic")),
    action: Type.Optional(Type.Enum(["balance", "debit", "credit"])),
    status: Type.Optional(Type.Enum(CALL_STATUSES)),
    ...TimeRangeQuery,
    ...PageQuery,
  },
  { additionalProperties: false },
);

export const RoundParams = Type.Object({
  round_id: Id("The round id, as sent to your wallet.", "rnd_4k9t2m8q1x7z3v5b"),
});
export const TransactionParams = Type.Object({
  call_id: Id("The call_id, as sent to your wallet.", "c_9m2k7t4q1x8z3v5b"),
});

export const SessionPage = PageOf(SessionSchema);

export const AttemptSchema = Type.Object({
  attempt_no: Type.Integer({ minimum: 1 }),
  sent_at_ms: EpochMs,
  latency_micros: Type.Integer({ minimum: 0, description: "From sending to reading the whole answer." }),
  request: Type.String({
    description: "Exactly what was sent: the JSON body, or the path and query of the GameHub profile.",
  }),
  http_status: Nullable(Type.Integer()),
  response_body: Nullable(Type.String({ description: "The answer as received (capped)." })),
  outcome: Type.Enum(["ok", "refused", "unknown"], {
    description: "`unknown`: timeout, network error, non-200, unreadable answer or INTERNAL_ERROR.",
  }),
  error_code: Nullable(Type.String()),
  reason: Nullable(Type.String()),
});

const transactionFields = {
  call_id: Type.String(),
  action: Type.Enum(["balance", "debit", "credit"]),
  status: Type.Enum(CALL_STATUSES, {
    description:
      "`pending`: being delivered (credits and rollbacks are retried until acknowledged); `ok`: acknowledged; " +
      "`refused`: definitely refused; `unknown`: a debit or balance with no usable answer (a debit is rolled back); " +
      "`not_sent`: never sent; `manual`/`resolved`: waiting for or closed by Croupier support.",
  }),
  player_id: Type.String(),
  session_id: Type.String(),
  game_id: Type.String(),
  round_id: Nullable(Type.String()),
  currency: Type.String(),
  amount: Nullable(Type.Integer({ minimum: 0, description: "Minor units; null for balance calls." })),
  rb: Type.Enum([0, 1], { description: "1: this call rolls back `rb_call_id`." }),
  rb_call_id: Nullable(Type.String()),
  round_closed: Type.Boolean(),
  balance: Nullable(Type.Integer({ description: "Your wallet's balance in its ok answer." })),
  error_code: Nullable(Type.String({ description: "Your wallet's code when it refused." })),
  outcome_reason: Nullable(Type.String()),
  tx_id: Nullable(Type.String({ description: "Your wallet's transaction id, when it sent one." })),
  attempts: Type.Integer({ minimum: 0 }),
  next_attempt_at_ms: Nullable(EpochMs),
  created_at_ms: EpochMs,
  updated_at_ms: EpochMs,
  final_at_ms: Nullable(EpochMs),
};

export const TransactionSchema = Type.Object(transactionFields);
export const TransactionPage = PageOf(TransactionSchema);
export const TransactionDetailSchema = Type.Object({
  ...transactionFields,
  attempt_log: Type.Array(AttemptSchema, { description: "Every attempt sent, oldest first." }),
  attempt_log_truncated: Type.Boolean({
    description: `True when the call has more attempts than the ${MAX_ATTEMPTS_SHOWN} latest shown here.`,
  }),
});

const roundFields = {
  round_id: Type.String(),
  status: Type.Enum(ROUND_STATUSES, {
    description: "`void`: closed without a call because no bet of it was acknowledged.",
  }),
  player_id: Type.String(),
  session_id: Type.String(),
  game_id: Type.String(),
  currency: Type.String(),
  opened_at_ms: EpochMs,
  closed_at_ms: Nullable(EpochMs),
  close_reason: Nullable(Type.Enum(["game", "abandoned"])),
};

export const RoundSchema = Type.Object(roundFields);
export const RoundPage = PageOf(RoundSchema);
export const RoundDetailSchema = Type.Object({
  ...roundFields,
  totals: Type.Object(
    {
      debited: Type.Integer({ description: "Acknowledged bets (debits), minor units." }),
      credited: Type.Integer({ description: "Acknowledged wins (credits, rollbacks excluded)." }),
      rolled_back: Type.Integer({ description: "Acknowledged rollbacks (`rb` 1)." }),
    },
    { description: "From acknowledged calls only." },
  ),
  transactions: Type.Array(TransactionDetailSchema, {
    description: "Every wallet call of the round with every attempt, oldest first.",
  }),
  transactions_truncated: Type.Boolean({
    description: `True when the round has more than ${MAX_CALLS_IN_ROUND} calls (the oldest are shown); list the rest with GET /v1/transactions?round_id=…`,
  }),
});
