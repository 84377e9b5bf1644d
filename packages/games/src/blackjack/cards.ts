/** Ranks in card-id order: A, 2..10, J, Q, K. */
export const RANKS = ["A", "2", "3", "4", "5", "6", "7", "8", "9", "10", "J", "Q", "K"] as const;
export const SUITS = ["S", "H", "D", "C"] as const;

/** A card as the player sees it. */
export interface Card {
  readonly rank: (typeof RANKS)[number];
  readonly suit: (typeof SUITS)[number];
}

/**
 * Card ids run rank-major through an n-deck shoe: id = rank · 4n + suit · n + deck. Because all
 * copies of a rank are contiguous, "the j-th card still in the shoe" has the same rank whether
 * one tracks individual cards (the game) or only counts per rank (the simulation kernel).
 */
export function cardOf(id: number, decks: number): Card {
  const rank = Math.floor(id / (4 * decks));
  const suit = Math.floor((id % (4 * decks)) / decks);
  return { rank: RANKS[rank] as Card["rank"], suit: SUITS[suit] as Card["suit"] };
}

/** Rank index 0..12 of a card id. */
export function rankOf(id: number, decks: number): number {
  return Math.floor(id / (4 * decks));
}

/** Blackjack value of a rank index: ace 1 (counted 11 by {@link handTotal} when it fits), faces 10. */
export function rankValue(rank: number): number {
  return rank >= 9 ? 10 : rank + 1;
}

/** Best total of a hand and whether an ace is being counted as 11. */
export function handTotal(ranks: readonly number[]): { total: number; soft: boolean } {
  let hard = 0;
  let aces = 0;
  for (const r of ranks) {
    hard += rankValue(r);
    if (r === 0) aces++;
  }
  const soft = aces > 0 && hard + 10 <= 21;
  return { total: soft ? hard + 10 : hard, soft };
}

/**
 * Deals one card from a freshly shuffled shoe of `decks` decks from which `used` have gone:
 * `draw` is uniform over the cards left, and the card is the draw-th remaining id in ascending
 * order. Dealing a round this way, one draw per card, is a partial Fisher–Yates shuffle: the
 * same distribution as shuffling the whole shoe, revealed lazily.
 */
export function dealCard(decks: number, used: readonly number[], draw: (n: number) => number): number {
  const size = 52 * decks;
  const taken = new Uint8Array(size);
  for (const id of used) taken[id] = 1;
  let j = draw(size - used.length);
  for (let id = 0; id < size; id++) {
    if (taken[id]) continue;
    if (j === 0) return id;
    j--;
  }
  throw new Error("shoe exhausted");
}
