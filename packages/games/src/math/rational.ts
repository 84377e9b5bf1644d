/**
 * Exact non-negative-denominator fractions over bigint, used for every theoretical RTP so that
 * a pay table's return is a provable number rather than a float that merely looks right.
 */
export class Rational {
  readonly num: bigint;
  readonly den: bigint;

  /** Prefer {@link Rational.of}; the constructor trusts that `den > 0` and the pair is reduced. */
  constructor(num: bigint, den: bigint) {
    this.num = num;
    this.den = den;
  }

  /**
   * A reduced fraction `num/den`.
   *
   * @example
   * Rational.of(36n, 37n).toPercent(4); // "97.2973"
   */
  static of(num: bigint | number, den: bigint | number = 1n): Rational {
    let n = BigInt(num);
    let d = BigInt(den);
    if (d === 0n) throw new RangeError("Rational with zero denominator");
    if (d < 0n) {
      n = -n;
      d = -d;
    }
    const g = gcd(n < 0n ? -n : n, d);
    return g > 1n ? new Rational(n / g, d / g) : new Rational(n, d);
  }

  static readonly ZERO = new Rational(0n, 1n);
  static readonly ONE = new Rational(1n, 1n);

  add(o: Rational): Rational {
    return Rational.of(this.num * o.den + o.num * this.den, this.den * o.den);
  }

  sub(o: Rational): Rational {
    return Rational.of(this.num * o.den - o.num * this.den, this.den * o.den);
  }

  mul(o: Rational): Rational {
    return Rational.of(this.num * o.num, this.den * o.den);
  }

  div(o: Rational): Rational {
    return Rational.of(this.num * o.den, this.den * o.num);
  }

  compare(o: Rational): number {
    const l = this.num * o.den;
    const r = o.num * this.den;
    return l < r ? -1 : l > r ? 1 : 0;
  }

  equals(o: Rational): boolean {
    return this.num === o.num && this.den === o.den;
  }

  /** Nearest double; for statistics only, never for money. */
  toNumber(): number {
    // Scale down huge operands first so Number() does not overflow to Infinity.
    const shift = BigInt(Math.max(0, Math.max(bitLength(this.num), bitLength(this.den)) - 1000));
    return Number(this.num >> shift) / Number(this.den >> shift);
  }

  /** Decimal string rounded half-up to `digits` places, e.g. `"0.961234"`. */
  toDecimal(digits: number): string {
    const negative = this.num < 0n;
    const scale = 10n ** BigInt(digits);
    const abs = negative ? -this.num : this.num;
    const scaled = (abs * scale * 2n + this.den) / (this.den * 2n);
    const whole = scaled / scale;
    const frac = (scaled % scale).toString().padStart(digits, "0");
    return `${negative ? "-" : ""}${whole}${digits > 0 ? `.${frac}` : ""}`;
  }

  /** As a percentage rounded to `digits` places, e.g. `"96.12"`. */
  toPercent(digits: number): string {
    return this.mul(Rational.of(100n)).toDecimal(digits);
  }

  /** `"num/den"`. */
  toString(): string {
    return `${this.num}/${this.den}`;
  }
}

function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

function bitLength(n: bigint): number {
  return (n < 0n ? -n : n).toString(2).length;
}
