import { randomBytes } from "node:crypto";
import type { IdGenerator } from "../deps.ts";

export const ID_ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz"; // Crockford base32, lower case, in ASCII order
const TIME_CHARACTERS = 10; // 50 bits of milliseconds: sorts as time until the year 10889
const RANDOM_CHARACTERS = 16; // 80 random bits

/**
 * The platform's ids: the prefix, then 10 characters of the creation time in milliseconds and 16
 * random characters (ULID's layout, lower-case Crockford base32): unguessable, URL- and
 * token-safe (no `_` or `-` inside, so ids can sit between separators).
 *
 * Why the time comes first: an index on ids then takes each new row at its right-hand edge,
 * as it does a serial number. With random ids every insert lands on a page anywhere in the
 * index; once a table holds millions of rows, almost every such page is one the round has to
 * read in and, on PostgreSQL, write whole into the WAL again (the first change of a page after
 * each checkpoint), which is what made a database of ten million rounds slower per round than
 * an empty one. Ids made in the same millisecond are in random order among themselves.
 */
export const timeOrderedIds: IdGenerator = (prefix) =>
  `${prefix}_${timePart(Date.now())}${randomToken(RANDOM_CHARACTERS)}`;

/** `length` random Crockford base32 characters. */
export function randomToken(length: number): string {
  const bytes = randomBytes(length);
  let out = "";
  // 256 is a multiple of 32, so `byte & 31` is uniform.
  for (const byte of bytes) out += ID_ALPHABET[byte & 31];
  return out;
}

/** `ms` as 10 Crockford base32 characters, most significant first (sorts as the number). */
export function timePart(ms: number): string {
  let rest = Math.floor(ms);
  let out = "";
  for (let i = 0; i < TIME_CHARACTERS; i += 1) {
    out = ID_ALPHABET[rest % 32]! + out;
    rest = Math.floor(rest / 32);
  }
  return out;
}
