/**
 * Escapes text for HTML element content and quoted attribute values: the five characters that
 * can end either, as numeric references. Every server-rendered page (the lobby, the launch
 * pages) escapes with this one function.
 *
 * @example
 * `<a href="${escapeHtml(url)}">${escapeHtml(title)}</a>`
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
