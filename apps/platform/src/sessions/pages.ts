import { escapeHtml } from "../http/escape-html.ts";

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(title)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem;color:#222}h1{font-size:1.4rem}dt{font-weight:600}</style>
</head>
<body>
${body}
</body>
</html>
`;
}

/** A plain page for a launch that cannot go on: no detail beyond what the player can act on. */
export function errorPage(title: string, message: string, returnUrl?: string): string {
  const back =
    returnUrl === undefined ? "" : `\n<p><a href="${escapeHtml(returnUrl)}">Back to the casino</a></p>`;
  return page(title, `<h1>${escapeHtml(title)}</h1>\n<p>${escapeHtml(message)}</p>${back}`);
}
