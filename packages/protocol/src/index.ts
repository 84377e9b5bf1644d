/**
 * @croupier/protocol — the seamless wallet contract between Croupier and operators:
 * wire types, error catalogue, strict parsing, signing, verification, money and test vectors.
 */
export * from "./messages/types.ts";
export * from "./errors/error-codes.ts";
export type { HeaderBag } from "./messages/header-bag.ts";
export {
  okResponse,
  errorResponse,
  parseWalletResponse,
  MAX_RESPONSE_BYTES,
  type ResponseOutcome,
  type UnknownCause,
} from "./messages/responses.ts";
export {
  BalanceRequestSchema,
  DebitRequestSchema,
  CreditRequestSchema,
  WalletRequestSchema,
  OkResponseSchema,
  ErrorResponseSchema,
  WalletResponseSchema,
} from "./messages/schemas.ts";

export { parseStrictJsonObject, MAX_JSON_DEPTH, type StrictJsonResult } from "./parsing/strict-json.ts";
export { parseWalletRequestFields, type ParseRequestResult } from "./parsing/parse-request.ts";
export { requestFingerprint, canonicalJson } from "./parsing/fingerprint.ts";
export {
  CALL_ID_PATTERN,
  CURRENCY_PATTERN,
  KEY_PATTERN,
  MAX_ID_LENGTH,
  MAX_PLAYER_ID_LENGTH,
  isCleanText,
} from "./parsing/field-rules.ts";

export { computeKey, keyMatches } from "./signing/key.ts";
export { bodySignature, verifyBodySignature, MAX_SIGNATURES } from "./signing/body-signature.ts";
export { signCall, type SignedCall } from "./signing/sign-call.ts";
export {
  verifyWalletRequest,
  DEFAULT_MAX_BODY_BYTES,
  DEFAULT_WINDOW_SECONDS,
  type VerifyOptions,
  type Verdict,
} from "./signing/verify-request.ts";

export { encodeGameHubQuery, parseGameHubResponse, GAMEHUB_ERRORS } from "./compat/gamehub.ts";

export { currencyExponent, isIsoCurrency } from "./money/currency.ts";
export { formatMinor, formatMinorUnits, formatMoney } from "./money/format.ts";
export { parseMajor } from "./money/parse-major.ts";

export { loadTestVectors, testVectorsUrl, type TestVector } from "./vectors/test-vectors.ts";
