import { dealCard, handTotal, rankOf, rankValue } from "./cards.ts";
import type { BlackjackRules } from "./rules.ts";

/** Player decisions. There is no insurance or surrender. */
export type BlackjackAction = "hit" | "stand" | "double" | "split";

/** One player hand. */
export interface BlackjackHand {
  /** Card ids (see `cardOf`). */
  readonly cards: readonly number[];
  /** Stake on this hand, minor units (twice the base stake once doubled). */
  readonly betMinor: number;
  readonly doubled: boolean;
  /** Made by splitting (a two-card 21 is then not a blackjack). */
  readonly fromSplit: boolean;
  /** A split ace: gets exactly one more card. */
  readonly splitAce: boolean;
  readonly done: boolean;
}

/**
 * A round in progress or finished: plain JSON, so the platform can store it between requests.
 * It holds the dealer's hole card: show players `view(state)`, never the state itself.
 */
export interface BlackjackState {
  readonly titleId: string;
  readonly phase: "player" | "complete";
  readonly baseBetMinor: number;
  readonly hands: readonly BlackjackHand[];
  /** Index of the hand to act on; −1 once complete. */
  readonly active: number;
  /** Dealer cards: up card, hole card, then any draws. */
  readonly dealer: readonly number[];
  readonly actions: readonly BlackjackAction[];
  /** Every RNG value drawn in the round so far. */
  readonly draws: readonly number[];
}

/** Working context of one engine call: the rules and a card dealer that records. */
export interface Table {
  readonly rules: BlackjackRules;
  deal(state: BlackjackState): number;
}

export function makeTable(rules: BlackjackRules, draw: (n: number) => number): Table {
  return {
    rules,
    deal: (state) => dealCard(rules.decks, [...state.dealer, ...state.hands.flatMap((h) => h.cards)], draw),
  };
}

export const ranks = (cards: readonly number[], decks: number) => cards.map((c) => rankOf(c, decks));
export const totalOf = (cards: readonly number[], decks: number) => handTotal(ranks(cards, decks));

/** A two-card 21 on the original (unsplit) hand. */
export function isNatural(hand: BlackjackHand, decks: number): boolean {
  return !hand.fromSplit && hand.cards.length === 2 && totalOf(hand.cards, decks).total === 21;
}

/** Actions the active hand may take. */
export function legalActions(state: BlackjackState, rules: BlackjackRules): BlackjackAction[] {
  const hand = state.phase === "player" ? state.hands[state.active] : undefined;
  if (!hand || hand.done) return [];
  const actions: BlackjackAction[] = ["hit", "stand"];
  const two = hand.cards.length === 2;
  if (two && (!hand.fromSplit || rules.doubleAfterSplit)) actions.push("double");
  const [a, b] = ranks(hand.cards, rules.decks);
  if (two && rankValue(a as number) === rankValue(b as number) && state.hands.length < rules.maxHands)
    actions.push("split");
  return actions;
}

function replaceHand(state: BlackjackState, i: number, hand: BlackjackHand): BlackjackState {
  return { ...state, hands: state.hands.map((h, j) => (j === i ? hand : h)) };
}

/** Gives the hand a card; it is finished at 21 or more. */
export function hitHand(table: Table, state: BlackjackState, i: number): BlackjackState {
  const hand = state.hands[i] as BlackjackHand;
  const cards = [...hand.cards, table.deal(state)];
  const done = hand.splitAce || totalOf(cards, table.rules.decks).total >= 21;
  return replaceHand(state, i, { ...hand, cards, done });
}

/**
 * Moves to the next unfinished hand, dealing a split hand its second card as it becomes active;
 * when none is left, the dealer plays and the round completes.
 */
export function advance(table: Table, state: BlackjackState): BlackjackState {
  let s = state;
  for (let i = Math.max(0, s.active); i < s.hands.length; i++) {
    if ((s.hands[i] as BlackjackHand).cards.length === 1) s = hitHand(table, s, i);
    if (!(s.hands[i] as BlackjackHand).done) return { ...s, active: i };
  }
  return finish(table, s);
}

/**
 * Reveals the hole card and, unless every hand busted, draws for the dealer: below 17, and on
 * a soft 17 under H17.
 */
export function finish(table: Table, state: BlackjackState): BlackjackState {
  const { decks, dealerHitsSoft17 } = table.rules;
  let s: BlackjackState = { ...state, phase: "complete", active: -1 };
  const live = s.hands.some((h) => totalOf(h.cards, decks).total <= 21);
  if (!live) return s;
  for (;;) {
    const { total, soft } = totalOf(s.dealer, decks);
    if (total > 17 || (total === 17 && !(soft && dealerHitsSoft17))) return s;
    s = { ...s, dealer: [...s.dealer, table.deal(s)] };
  }
}

/** Credit of each hand of a completed round, minor units. */
export function handCredits(state: BlackjackState, rules: BlackjackRules): number[] {
  const { decks } = rules;
  const dealer = totalOf(state.dealer, decks).total;
  const dealerNatural = state.dealer.length === 2 && dealer === 21;
  const [num, den] = rules.blackjackPays;
  return state.hands.map((hand) => {
    const player = totalOf(hand.cards, decks).total;
    const natural = state.hands.length === 1 && isNatural(hand, decks);
    if (natural) return dealerNatural ? hand.betMinor : hand.betMinor + (hand.betMinor * num) / den;
    if (player > 21 || dealerNatural) return 0;
    if (dealer > 21 || player > dealer) return 2 * hand.betMinor;
    return player === dealer ? hand.betMinor : 0;
  });
}
