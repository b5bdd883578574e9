import type { RenderContext } from '../../../../core/render/context';

/** A German site context in Berlin time with root-relative media and tag URLs. */
export function germanContext(overrides: Partial<RenderContext> = {}): RenderContext {
  return {
    siteName: 'Stadtblatt',
    siteLanguage: 'de',
    timeZone: 'Europe/Berlin',
    now: new Date('2026-11-29T12:00:00Z'),
    mediaUrl: (id) => `/media/${encodeURIComponent(id)}`,
    tagUrl: (tag) => `/tag/${encodeURIComponent(tag)}`,
    themeCssHref: '/theme/site.css',
    ...overrides,
  };
}

/** Parses HTML the way a browser would (needs the jsdom test environment). */
export const parse = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');

/** Visible text with whitespace collapsed. */
export const text = (el: Element | null | undefined): string => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
