import assert from "node:assert/strict";
import { describe, it } from "node:test";
import * as protocol from "@croupier/protocol";

// Other packages are written against these names: renaming one is a breaking change.
const PUBLIC_VALUES = [
  "ERROR_CODES",
  "errorCatalogue",
  "isErrorCode",
  "parseStrictJsonObject",
  "parseWalletRequestFields",
  "requestFingerprint",
  "computeKey",
  "keyMatches",
  "bodySignature",
  "verifyBodySignature",
  "signCall",
  "verifyWalletRequest",
  "okResponse",
  "errorResponse",
  "parseWalletResponse",
  "BalanceRequestSchema",
  "DebitRequestSchema",
  "CreditRequestSchema",
  "WalletRequestSchema",
  "OkResponseSchema",
  "ErrorResponseSchema",
  "WalletResponseSchema",
  "encodeGameHubQuery",
  "parseGameHubResponse",
  "currencyExponent",
  "isIsoCurrency",
  "formatMinor",
  "formatMoney",
  "parseMajor",
  "testVectorsUrl",
  "loadTestVectors",
];

describe("@croupier/protocol public API", () => {
  it("exports every agreed name", () => {
    for (const name of PUBLIC_VALUES) assert.ok(name in protocol, name);
    assert.ok(protocol.testVectorsUrl instanceof URL);
    assert.equal(protocol.testVectorsUrl.protocol, "file:");
  });
});
