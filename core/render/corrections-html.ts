import type { Article } from '../article/article';
import type { RenderContext } from './context';
import { escapeAttr, escapeHtml } from './escape';
import { formatPageDate, isoInstant } from './format-date';
import { pageText } from './labels';

/** "Korrektur vom 02.12.2026: …" for each correction note, oldest first, or ''. */
export function renderCorrections(corrections: Article['corrections'], ctx: RenderContext): string {
  const notes = (corrections ?? []).filter((c) => c.note.trim());
  if (!notes.length) return '';
  const t = pageText(ctx.siteLanguage);
  const items = notes.map((c) => {
    const date = formatPageDate(c.at, ctx.siteLanguage, ctx.timeZone);
    const time = `<time datetime="${escapeAttr(isoInstant(c.at))}">${escapeHtml(date)}</time>`;
    return `<p class="correction"><strong>${t.correctionOf} ${time}:</strong> ${escapeHtml(c.note.trim())}</p>`;
  });
  return `<aside class="corrections">${items.join('')}</aside>`;
}
