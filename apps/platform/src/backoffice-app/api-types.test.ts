// The backoffice's API types are generated from the platform's OpenAPI document; this test
// fails while they are stale, so the web UI cannot drift from the API it calls.
import assert from "node:assert/strict";
import { test } from "node:test";
import { currentApiTypes, renderApiTypes } from "./api-types.ts";

test("the backoffice's generated API types match the platform's OpenAPI document", async () => {
  const expected = await renderApiTypes();
  assert.ok(expected.includes('"/backoffice/login"'), "the document has the backoffice routes");
  assert.ok(expected.includes('"/admin/registrations"'), "the document has the admin routes");
  assert.equal(
    await currentApiTypes(),
    expected,
    "apps/backoffice/src/client/api/openapi.ts is stale: run `npm run api-types -w @croupier/platform`",
  );
});
