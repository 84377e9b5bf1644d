/**
 * Money in minor units, without anything else of the protocol (no Node built-ins), so a browser
 * bundle can import it: `@croupier/protocol/money`.
 */
export { currencyExponent, isIsoCurrency } from "./currency.ts";
export { formatMinor, formatMinorUnits, formatMoney } from "./format.ts";
export { parseMajor } from "./parse-major.ts";
