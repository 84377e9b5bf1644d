import { fail, type Result } from "../result.ts";
import { recordDraws, replayDraws, ReplayMismatch } from "../rng/recording.ts";
import type { Rng } from "../rng/rng.ts";
import { checkStake } from "../stake.ts";
import type { PlayRequest, TitleBase } from "../types.ts";
import {
  advance,
  handCredits,
  hitHand,
  isNatural,
  legalActions,
  makeTable,
  ranks,
  totalOf,
  type BlackjackAction,
  type BlackjackHand,
  type BlackjackState,
  type Table,
} from "./blackjack-state.ts";
import { cardOf, rankValue, type Card } from "./cards.ts";
import { stakeUnit, type BlackjackRules } from "./rules.ts";
import { basicStrategy, DOUBLE, HIT, SPLIT, STAND } from "./strategy.ts";

/** The result of a completed round. */
export interface BlackjackSettlement {
  /** All stakes of the round: base bet plus doubles and splits. */
  readonly totalBetMinor: number;
  /** Total to credit (stakes returned included), minor units. */
  readonly totalWinMinor: number;
  readonly handWinsMinor: readonly number[];
}

/** What the player may see: the hole card stays hidden until the dealer plays. */
export interface BlackjackView {
  readonly phase: BlackjackState["phase"];
  readonly hands: readonly {
    cards: Card[];
    total: number;
    soft: boolean;
    betMinor: number;
    doubled: boolean;
  }[];
  readonly active: number;
  readonly dealer: { cards: (Card | "hidden")[]; total: number | null };
  readonly legalActions: readonly BlackjackAction[];
}

/**
 * Blackjack as a state machine for the platform's round engine: `start` (debit `betMinor`),
 * `act` until `phase` is `complete` (debit each `additionalBetMinor`), then `settle` (credit
 * `totalWinMinor`). States are plain JSON; every call appends its draws to `state.draws`.
 *
 * @example
 * let r = game.start({ betMinor: 200 }, rng);
 * while (r.ok && r.state.phase === "player") r = game.act(r.state, "stand", rng);
 * const { totalWinMinor } = game.settle(r.state);
 */
export interface BlackjackGame {
  readonly kind: "multi-step";
  readonly title: TitleBase & { readonly rules: BlackjackRules };
  start(request: PlayRequest, rng: Rng): Result<{ state: BlackjackState }>;
  /** `additionalBetMinor`: what the action costs (a double or split stakes the hand's bet again). */
  act(
    state: BlackjackState,
    action: BlackjackAction,
    rng: Rng,
  ): Result<{ state: BlackjackState; additionalBetMinor: number }>;
  /** What an action would cost, so the platform can debit before acting. */
  costOf(state: BlackjackState, action: BlackjackAction): number;
  legalActions(state: BlackjackState): BlackjackAction[];
  settle(state: BlackjackState): Result<BlackjackSettlement>;
  view(state: BlackjackState): BlackjackView;
  /** The basic-strategy action for the active hand (the play the published RTP assumes). */
  recommend(state: BlackjackState): BlackjackAction | null;
  /** Rebuilds a round from its request, actions and draws; refuses draws that do not fit. */
  replay(
    request: PlayRequest,
    actions: readonly BlackjackAction[],
    draws: readonly number[],
  ): Result<{ state: BlackjackState }>;
}

export function createBlackjackGame(title: BlackjackGame["title"]): BlackjackGame {
  const { rules } = title;
  const { decks } = rules;
  const unit = stakeUnit(rules);

  const recorded = <T extends { state: BlackjackState }>(
    state0: BlackjackState | null,
    rng: Rng,
    run: (t: Table) => T,
  ) => {
    const recorder = recordDraws(rng);
    const out = run(makeTable(rules, (n) => recorder.rng.int(n)));
    return { ...out, state: { ...out.state, draws: [...(state0?.draws ?? []), ...recorder.draws] } };
  };

  const game: BlackjackGame = {
    kind: "multi-step",
    title,
    start(request, rng) {
      const refused = checkStake(title, request.betMinor, unit, "betMinor", request.limits);
      if (refused) return refused;
      return {
        ok: true,
        ...recorded(null, rng, (table) => {
          let s: BlackjackState = {
            titleId: title.id,
            phase: "player",
            baseBetMinor: request.betMinor,
            hands: [
              {
                cards: [],
                betMinor: request.betMinor,
                doubled: false,
                fromSplit: false,
                splitAce: false,
                done: false,
              },
            ],
            active: 0,
            dealer: [],
            actions: [],
            draws: [],
          };
          const toPlayer = () => {
            const hand = s.hands[0] as BlackjackHand;
            s = { ...s, hands: [{ ...hand, cards: [...hand.cards, table.deal(s)] }] };
          };
          const toDealer = () => (s = { ...s, dealer: [...s.dealer, table.deal(s)] });
          toPlayer();
          toDealer();
          toPlayer();
          toDealer();
          // The dealer peeks under an ace or ten: a dealer natural ends the round at once.
          const dealerNatural = totalOf(s.dealer, decks).total === 21;
          if (dealerNatural || isNatural(s.hands[0] as BlackjackHand, decks)) {
            s = {
              ...s,
              phase: "complete",
              active: -1,
              hands: [{ ...(s.hands[0] as BlackjackHand), done: true }],
            };
          }
          return { state: s };
        }),
      };
    },

    costOf(state, action) {
      const hand = state.hands[state.active];
      return hand && (action === "double" || action === "split") ? hand.betMinor : 0;
    },

    legalActions: (state) => legalActions(state, rules),

    act(state, action, rng) {
      if (state.titleId !== title.id)
        return fail("INVALID_ACTION", `state belongs to title ${state.titleId}`);
      if (!legalActions(state, rules).includes(action)) {
        return fail(
          "INVALID_ACTION",
          `${action} is not allowed now (allowed: ${legalActions(state, rules).join(", ") || "none"})`,
        );
      }
      const additionalBetMinor = game.costOf(state, action);
      const i = state.active;
      return {
        ok: true,
        additionalBetMinor,
        ...recorded(state, rng, (table) => {
          let s: BlackjackState = { ...state, actions: [...state.actions, action] };
          const hand = s.hands[i] as BlackjackHand;
          if (action === "hit") s = hitHand(table, s, i);
          else if (action === "stand") s = replaceHand(s, i, { ...hand, done: true });
          else if (action === "double") {
            s = replaceHand(s, i, { ...hand, betMinor: hand.betMinor * 2, doubled: true });
            s = hitHand(table, s, i);
            s = replaceHand(s, i, { ...(s.hands[i] as BlackjackHand), done: true });
          } else {
            const splitAce = ranks(hand.cards, decks)[0] === 0;
            const half = (card: number): BlackjackHand => ({
              ...hand,
              cards: [card],
              fromSplit: true,
              splitAce,
            });
            s = {
              ...s,
              hands: [
                ...s.hands.slice(0, i),
                half(hand.cards[0] as number),
                half(hand.cards[1] as number),
                ...s.hands.slice(i + 1),
              ],
            };
            s = hitHand(table, s, i);
          }
          return { state: advance(table, s) };
        }),
      };
    },

    settle(state) {
      if (state.phase !== "complete") return fail("INVALID_ACTION", "the round is still in play");
      const handWinsMinor = handCredits(state, rules);
      return {
        ok: true,
        totalBetMinor: state.hands.reduce((sum, h) => sum + h.betMinor, 0),
        totalWinMinor: handWinsMinor.reduce((a, b) => a + b, 0),
        handWinsMinor,
      };
    },

    view(state) {
      const hidden = state.phase === "player";
      const dealerCards = hidden ? state.dealer.slice(0, 1) : state.dealer;
      return {
        phase: state.phase,
        active: state.active,
        hands: state.hands.map((h) => ({
          cards: h.cards.map((c) => cardOf(c, decks)),
          ...totalOf(h.cards, decks),
          betMinor: h.betMinor,
          doubled: h.doubled,
        })),
        dealer: {
          cards: [...dealerCards.map((c) => cardOf(c, decks)), ...(hidden ? ["hidden" as const] : [])],
          total: hidden ? null : totalOf(state.dealer, decks).total,
        },
        legalActions: legalActions(state, rules),
      };
    },

    recommend(state) {
      const allowed = legalActions(state, rules);
      const hand = state.hands[state.active];
      if (!hand || allowed.length === 0) return null;
      const { total, soft } = totalOf(hand.cards, decks);
      const [a, b] = ranks(hand.cards, decks);
      const pair =
        hand.cards.length === 2 && rankValue(a as number) === rankValue(b as number)
          ? rankValue(a as number)
          : 0;
      const up = rankValue(ranks(state.dealer, decks)[0] as number);
      const code = basicStrategy(
        rules,
        total,
        soft,
        pair,
        allowed.includes("double"),
        allowed.includes("split"),
        up,
      );
      return code === SPLIT
        ? "split"
        : code === DOUBLE
          ? "double"
          : code === HIT
            ? "hit"
            : code === STAND
              ? "stand"
              : null;
    },

    replay(request, actions, draws) {
      const rng = replayDraws(draws);
      try {
        let r = game.start(request, rng);
        for (const action of actions) {
          if (!r.ok) break;
          r = game.act(r.state, action, rng);
        }
        if (r.ok && rng.remaining() !== 0)
          return fail("INVALID_DRAWS", `${rng.remaining()} draws left unused`);
        return r.ok ? { ok: true, state: r.state } : r;
      } catch (error) {
        if (error instanceof ReplayMismatch) return fail("INVALID_DRAWS", error.message);
        throw error;
      }
    },
  };
  return game;
}

function replaceHand(state: BlackjackState, i: number, hand: BlackjackHand): BlackjackState {
  return { ...state, hands: state.hands.map((h, j) => (j === i ? hand : h)) };
}
