/**
 * Where focus goes after a workflow action. A successful action reloads the article, which
 * remounts the editor and its workflow bar; the request survives that remount here, so the new
 * bar can put focus on the new status instead of letting it fall to the page.
 */
const FRESH_MS = 5000;
let request: { articleId: string; at: number } | null = null;

/** Called just before the reload that follows a successful action. */
export function focusStatusAfterReload(articleId: string, now = Date.now()): void {
  request = { articleId, at: now };
}

/** True once, for the bar of the article the request was made for (and only shortly after it). */
export function takeStatusFocus(articleId: string, now = Date.now()): boolean {
  const r = request;
  if (!r || r.articleId !== articleId) return false;
  request = null;
  return now - r.at < FRESH_MS;
}
