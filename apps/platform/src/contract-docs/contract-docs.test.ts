import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { after, before, describe, test } from "node:test";
import { Validator } from "@seriousme/openapi-schema-validator";
import { startHarness, type Harness } from "../test/platform-harness.ts";
import { renderProtocolPage } from "./render-protocol-page.ts";

/** The sections other code and documents link to, by their anchors. */
const SECTIONS = [
  ["Transport", "transport"],
  ["Request fields", "request-fields"],
  ["Body signature", "body-signature"],
  ["Responses", "responses"],
  ["Error codes", "error-codes"],
  ["Operator duties", "operator-duties"],
  ["Sender duties", "sender-duties"],
  ["Compatibility profile", "compatibility-profile"],
  ["Test vectors", "test-vectors"],
] as const;

const committedVectors = readFileSync(
  new URL("../../../../packages/protocol/src/vectors/test-vectors.json", import.meta.url),
);
const committedMarkdown = readFileSync(new URL("../../../../docs/protocol.md", import.meta.url), "utf8");

describe("the contract served under /docs", () => {
  let h: Harness;
  before(async () => {
    h = await startHarness("sqlite", { appOptions: { egressAddresses: ["203.0.113.7", "198.51.100.0/24"] } });
  });
  after(async () => h?.close());

  test("GET /docs/protocol is the rendered contract with every section, under a CSP that runs nothing", async () => {
    const answer = await fetch(`${h.baseUrl}/docs/protocol`);
    assert.equal(answer.status, 200);
    assert.match(answer.headers.get("content-type") ?? "", /^text\/html/);
    const csp = answer.headers.get("content-security-policy") ?? "";
    assert.match(csp, /default-src 'none'/);
    assert.doesNotMatch(csp, /script-src|unsafe-inline/);
    const html = await answer.text();
    for (const [title, anchor] of SECTIONS) {
      assert.ok(html.includes(`<h2 id="${anchor}">${title}</h2>`), `section ${title}`);
    }
    for (const duty of ["1. Idempotency", "2. Rollback", "3. Atomicity"]) {
      assert.ok(html.includes(`>${duty}</h3>`), duty);
    }
    assert.ok(!/<script/i.test(html));
  });

  test("the markdown and the test vectors download are the committed files", async () => {
    const markdown = await fetch(`${h.baseUrl}/docs/protocol.md`);
    assert.equal(markdown.status, 200);
    assert.equal(await markdown.text(), committedMarkdown);
    const vectors = await fetch(`${h.baseUrl}/docs/protocol/test-vectors.json`);
    assert.equal(vectors.status, 200);
    assert.match(vectors.headers.get("content-disposition") ?? "", /attachment/);
    assert.deepEqual(Buffer.from(await vectors.arrayBuffer()), committedVectors);
  });

  test("the OpenAPI document validates and describes the callbacks as three webhooks", async () => {
    const doc = (await h.request("GET", "/openapi.json")).json;
    const validation = await new Validator().validate(doc);
    assert.equal(validation.valid, true, JSON.stringify(validation.errors, null, 2));
    assert.deepEqual(Object.keys(doc.webhooks).sort(), ["walletBalance", "walletCredit", "walletDebit"]);
    const debit = doc.webhooks.walletDebit.post;
    const request = debit.requestBody.content["application/json"].schema;
    assert.equal(request.properties.action.const, "debit");
    assert.ok(request.required.includes("amount"));
    assert.equal(debit.responses["200"].content["application/json"].schema.oneOf.length, 2);
    assert.ok(debit.parameters.some((p: { name: string }) => p.name === "webhook-signature"));
    assert.ok(doc.paths["/docs/protocol"]?.get, "the page is listed");
  });

  test("the egress addresses operators allowlist are published as configured", async () => {
    const answer = await h.request("GET", "/docs/protocol/egress-addresses.json");
    assert.equal(answer.status, 200);
    assert.deepEqual(answer.json, { addresses: ["203.0.113.7", "198.51.100.0/24"] });
  });
});

describe("renderProtocolPage", () => {
  test("raw HTML in the markdown is shown as text, never passed through", () => {
    const html = renderProtocolPage('## A <img src=x onerror="alert(1)">\n\n<script>alert(1)</script>\n');
    assert.ok(!html.includes("<script>alert"));
    assert.ok(!html.includes("<img"));
    assert.ok(html.includes("&#60;script&#62;") || html.includes("&lt;script&gt;"));
  });
});
