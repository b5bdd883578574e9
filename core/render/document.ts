import type { RenderContext } from './context';
import { escapeAttr, escapeHtml, escapeStyleText } from './escape';
import { pageText } from './labels';

function originOf(href: string): string | null {
  const m = /^(https?:\/\/[^/?#\s'";]+)/i.exec(href.trim());
  return m ? (m[1] as string) : null;
}

/**
 * The page's Content-Security-Policy: no scripts at all, no plugins, no forms, no <base>.
 * Ad creatives live in srcdoc frames, which inherit this policy, so they cannot run scripts either.
 */
export function pageCsp(ctx: Pick<RenderContext, 'themeCssHref'>): string {
  const cssOrigin = ctx.themeCssHref ? originOf(ctx.themeCssHref) : null;
  return [
    "default-src 'none'",
    "script-src 'none'",
    `style-src 'self' 'unsafe-inline'${cssOrigin ? ` ${cssOrigin}` : ''}`,
    "img-src 'self' https: http: data: blob:",
    "font-src 'self' https: data:",
    "frame-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

function themeTag(ctx: RenderContext): string {
  if (ctx.themeCssHref) return `<link rel="stylesheet" href="${escapeAttr(ctx.themeCssHref)}">`;
  if (ctx.themeCss) return `<style>${escapeStyleText(ctx.themeCss)}</style>`;
  return '';
}

/** What goes into a page's <head> besides the fixed parts. */
export interface DocumentParts {
  title: string;
  description: string;
  /** The page between the site header and footer. */
  bodyHtml: string;
}

/** A full HTML document: doctype, lang, CSP, theme, site header and footer around `bodyHtml`. */
export function renderDocument(parts: DocumentParts, ctx: RenderContext): string {
  const lang = ctx.siteLanguage === 'en' ? 'en' : 'de';
  const title = parts.title ? `${parts.title} – ${ctx.siteName}` : ctx.siteName;
  return (
    `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">` +
    '<meta name="viewport" content="width=device-width, initial-scale=1">' +
    `<meta http-equiv="Content-Security-Policy" content="${escapeAttr(pageCsp(ctx))}">` +
    '<meta name="referrer" content="strict-origin-when-cross-origin">' +
    `<title>${escapeHtml(title)}</title>` +
    (parts.description ? `<meta name="description" content="${escapeAttr(parts.description)}">` : '') +
    themeTag(ctx) +
    '</head><body>' +
    `<header class="site-header"><a class="site-name" href="/" title="${escapeAttr(pageText(lang).home)}">${escapeHtml(ctx.siteName)}</a></header>` +
    parts.bodyHtml +
    `<footer class="site-footer"><p>© ${ctx.now.getUTCFullYear()} ${escapeHtml(ctx.siteName)}</p></footer>` +
    '</body></html>'
  );
}
