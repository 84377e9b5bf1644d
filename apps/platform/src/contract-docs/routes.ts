/**
 * The wire contract, served from the platform: the page (`docs/protocol.md` rendered), the
 * markdown itself and the test vectors as a download. The files are read once at start: the
 * repository's copies are the single source, and a missing one fails the start, not a request.
 */
import { readFileSync } from "node:fs";
import { testVectorsUrl } from "@croupier/protocol";
import type { TypedFastify } from "../http/types.ts";
import { PROTOCOL_PAGE_HEADERS, renderProtocolPage } from "./render-protocol-page.ts";

/** `docs/protocol.md` at the repository's root. */
export const PROTOCOL_MARKDOWN_URL = new URL("../../../../docs/protocol.md", import.meta.url);

/** Public reference routes of the contract under `/docs` (beside the API explorer). */
export function contractDocsRoutes(
  app: TypedFastify,
  options: { readonly egressAddresses: readonly string[] } = { egressAddresses: [] },
): void {
  const markdown = readFileSync(PROTOCOL_MARKDOWN_URL, "utf8");
  const page = renderProtocolPage(markdown);
  const vectors = readFileSync(testVectorsUrl);

  app.get(
    "/docs/protocol",
    {
      schema: {
        tags: ["system"],
        summary: "The seamless wallet protocol (the callback contract), as a page",
      },
    },
    async (_request, reply) => reply.headers(PROTOCOL_PAGE_HEADERS).send(page),
  );

  app.get(
    "/docs/protocol.md",
    { schema: { tags: ["system"], summary: "The seamless wallet protocol, as markdown" } },
    async (_request, reply) =>
      reply
        .headers({
          "content-type": "text/markdown; charset=utf-8",
          "x-content-type-options": "nosniff",
          "cache-control": "public, max-age=300",
        })
        .send(markdown),
  );

  app.get(
    "/docs/protocol/test-vectors.json",
    {
      schema: {
        tags: ["system"],
        summary: "The protocol's test vectors: requests and the verdict an operator's gate must reach",
      },
    },
    async (_request, reply) =>
      reply
        .headers({
          "content-type": "application/json; charset=utf-8",
          "content-disposition": 'attachment; filename="croupier-test-vectors.json"',
          "x-content-type-options": "nosniff",
          "cache-control": "public, max-age=300",
        })
        .send(vectors),
  );

  app.get(
    "/docs/protocol/egress-addresses.json",
    {
      schema: {
        tags: ["system"],
        summary: "The addresses wallet calls leave from, for operators' firewall allowlists",
        description:
          "Every callback comes from one of these addresses or ranges (EGRESS_ADDRESSES). An operator on the " +
          "compatibility profile, which carries no body signature, should accept calls only from them. An empty " +
          "list means this installation does not publish them.",
      },
    },
    async (_request, reply) =>
      reply
        .headers({ "x-content-type-options": "nosniff", "cache-control": "public, max-age=300" })
        .send({ addresses: options.egressAddresses }),
  );
}
