/**
 * The wire contract (`docs/protocol.md`, the single source) as an HTML page. The markdown is the
 * project's own, but it is still rendered as untrusted text: raw HTML in it is shown escaped, not
 * passed through, and the page carries a CSP that allows no script at all.
 */
import { createHash } from "node:crypto";
import { Marked, type Tokens } from "marked";
import { escapeHtml } from "../http/escape-html.ts";

const STYLE = `body{font:16px/1.55 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b}
code,pre{font:14px/1.45 ui-monospace,monospace;background:#f4f4f4}pre{padding:.8rem;overflow-x:auto}
table{border-collapse:collapse;display:block;overflow-x:auto}th,td{border:1px solid #ccc;padding:.3rem .5rem;vertical-align:top}
h2{border-bottom:1px solid #ddd;padding-bottom:.2rem;margin-top:2.2rem}nav a{margin-right:1rem}`;

/** The CSP source of the page's only inline style. */
export const PROTOCOL_STYLE_SOURCE = `'sha256-${createHash("sha256").update(STYLE, "utf8").digest("base64")}'`;

/**
 * The anchor of a heading, GitHub's way ("Operator duties" → `operator-duties`), so that links to
 * sections work the same on the repository's page and here.
 */
export function headingSlug(text: string): string {
  return text
    .toLowerCase()
    .replace(/<[^>]*>/g, "")
    .replace(/[^\p{L}\p{N}\s_-]/gu, "")
    .trim()
    .replace(/\s/g, "-");
}

/**
 * The HTML page of the contract.
 *
 * @example
 * renderProtocolPage("# Title\n\n## Transport\n…"); // "<!doctype html>…<h2 id=\"transport\">Transport</h2>…"
 */
export function renderProtocolPage(markdown: string): string {
  const marked = new Marked({
    gfm: true,
    renderer: {
      html({ text }: Tokens.HTML | Tokens.Tag): string {
        return escapeHtml(text);
      },
      heading(
        this: { parser: { parseInline(tokens: Tokens.Heading["tokens"]): string } },
        token: Tokens.Heading,
      ) {
        const inner = this.parser.parseInline(token.tokens);
        return `<h${token.depth} id="${escapeHtml(headingSlug(token.text))}">${inner}</h${token.depth}>\n`;
      },
    },
  });
  const body = marked.parse(markdown, { async: false });
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Croupier seamless wallet protocol</title>
<style>${STYLE}</style>
</head>
<body>
<nav><a href="protocol.md">Markdown</a><a href="protocol/test-vectors.json">Test vectors</a><a href="/openapi.json">OpenAPI (webhooks)</a></nav>
${body}
</body>
</html>
`;
}

/** Headers of the page: nothing may run, load or frame it; only its own inline style applies. */
export const PROTOCOL_PAGE_HEADERS: Readonly<Record<string, string>> = {
  "content-type": "text/html; charset=utf-8",
  "content-security-policy": [
    "default-src 'none'",
    `style-src ${PROTOCOL_STYLE_SOURCE}`,
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join("; "),
  "x-content-type-options": "nosniff",
  "referrer-policy": "no-referrer",
  "cache-control": "public, max-age=300",
};
