import type { ArticleFields } from '../article/article';
import type { SlugLookup } from '../article/slug';
import { bodyPlainText } from '../text/body-text';
import type { Localized } from '../time/localized';
import type { ChecklistItemId, ChecklistStatus, PolicyFinding } from './items';
import { LENGTH_RULES, lengthVerdict, visibleLength } from '../article/length-rules';
import { showLinkControlChars } from '../article/links';
import { bodyLinks, isValidLinkHref } from './links';
import { articleQuotesOrCites } from './quotes';

/** Headline length above which the checklist warns, and above which it fails (the one rule: length-rules.ts). */
export const HEADLINE_WARN_LENGTH = LENGTH_RULES.headline.recommended;
export const HEADLINE_MAX_LENGTH = LENGTH_RULES.headline.max;
/** Search engines cut descriptions longer than this. */
export const SEO_DESCRIPTION_MAX_LENGTH = LENGTH_RULES.seoDescription.max;
const TEASER_WARN_LENGTH = LENGTH_RULES.teaser.recommended;

/** What a check needs besides the article. */
export interface CheckContext {
  otherSlugs: SlugLookup;
  policyFindings?: readonly PolicyFinding[];
}

/** The outcome of one check before its level (required/recommended) is applied. */
export interface CheckOutcome {
  status: ChecklistStatus;
  message: Localized;
}

type Check = (article: ArticleFields, ctx: CheckContext) => CheckOutcome;

// Counted as the editor's counter counts: code points of the trimmed text.
const length = visibleLength;
const pass = (de: string, en: string): CheckOutcome => ({ status: 'pass', message: { de, en } });
const warn = (de: string, en: string): CheckOutcome => ({ status: 'warn', message: { de, en } });
const fail = (de: string, en: string): CheckOutcome => ({ status: 'fail', message: { de, en } });
const present = (text: string) => text.trim().length > 0;

/** The checks by id; each is pure and reads only the article and the context. */
export const CHECKS: Record<ChecklistItemId, Check> = {
  headline: (a) => {
    const n = length(a.headline);
    const verdict = lengthVerdict('headline', a.headline);
    if (verdict === 'empty') return fail('Die Überschrift fehlt.', 'The headline is missing.');
    if (verdict === 'tooLong') {
      return fail(
        `Die Überschrift ist ${n} Zeichen lang (höchstens ${HEADLINE_MAX_LENGTH}).`,
        `The headline is ${n} characters long (at most ${HEADLINE_MAX_LENGTH}).`,
      );
    }
    if (verdict === 'long') {
      return warn(
        `Die Überschrift ist ${n} Zeichen lang; über ${HEADLINE_WARN_LENGTH} wird sie oft abgeschnitten.`,
        `The headline is ${n} characters long; above ${HEADLINE_WARN_LENGTH} it is often cut off.`,
      );
    }
    return pass(`Überschrift vorhanden (${n} Zeichen).`, `Headline present (${n} characters).`);
  },
  teaser: (a) => {
    const verdict = lengthVerdict('teaser', a.teaser);
    if (verdict === 'empty') return fail('Der Teaser fehlt.', 'The teaser is missing.');
    if (verdict === 'long') {
      const n = length(a.teaser);
      return warn(
        `Der Teaser ist ${n} Zeichen lang; empfohlen sind höchstens ${TEASER_WARN_LENGTH}.`,
        `The teaser is ${n} characters long; at most ${TEASER_WARN_LENGTH} are recommended.`,
      );
    }
    return pass('Teaser vorhanden.', 'Teaser present.');
  },
  author: (a) =>
    present(a.author) ? pass('Autor vorhanden.', 'Author present.') : fail('Der Autor fehlt.', 'The author is missing.'),
  leadImageCredit: (a) => {
    if (a.leadImage.mediaId === null) return pass('Kein Aufmacherbild.', 'No lead image.');
    return present(a.leadImage.credit)
      ? pass('Das Aufmacherbild hat eine Bildquelle.', 'The lead image has a credit.')
      : fail('Dem Aufmacherbild fehlt die Bildquelle.', 'The lead image has no credit.');
  },
  source: (a) => {
    const quotes = articleQuotesOrCites(a.body, bodyPlainText(a.body), [a.headline, a.teaser]);
    if (present(a.source)) return pass('Quelle vorhanden.', 'Source present.');
    return quotes
      ? fail('Der Text zitiert oder beruft sich auf etwas, aber die Quelle fehlt.', 'The text quotes or cites, but the source is missing.')
      : pass('Kein Zitat, keine Quelle nötig.', 'No quotation, no source needed.');
  },
  tags: (a) =>
    a.tags.length > 0
      ? pass(`${a.tags.length} Tag(s) vergeben.`, `${a.tags.length} tag(s) set.`)
      : fail('Es ist kein Tag vergeben.', 'There is no tag.'),
  slug: (a, ctx) => {
    if (!present(a.slug)) return fail('Der Slug fehlt.', 'The slug is missing.');
    return ctx.otherSlugs.has(a.slug)
      ? fail(`Der Slug „${a.slug}“ ist schon vergeben.`, `The slug "${a.slug}" is already taken.`)
      : pass('Der Slug ist eindeutig.', 'The slug is unique.');
  },
  links: (a) => {
    const bad = bodyLinks(a.body).filter((href) => !isValidLinkHref(href));
    if (bad.length === 0) return pass('Alle Links sind gültige http(s)- oder mailto-Adressen.', 'Every link is a valid http(s) or mailto address.');
    // Invisible characters are spelled out, so the message shows why a link that looks right fails.
    const list = bad.slice(0, 3).map((h) => showLinkControlChars(h) || '(leer)').join(', ');
    return fail(`${bad.length} ungültige(r) Link(s): ${list}`, `${bad.length} invalid link(s): ${list.replace('(leer)', '(empty)')}`);
  },
  seoDescription: (a) => {
    const n = length(a.seo.description);
    const verdict = lengthVerdict('seoDescription', a.seo.description);
    if (verdict === 'tooLong') {
      return fail(
        `Die SEO-Beschreibung ist ${n} Zeichen lang (höchstens ${SEO_DESCRIPTION_MAX_LENGTH}).`,
        `The SEO description is ${n} characters long (at most ${SEO_DESCRIPTION_MAX_LENGTH}).`,
      );
    }
    if (verdict === 'empty') return warn('Keine SEO-Beschreibung; Suchmaschinen zeigen den Teaser.', 'No SEO description; search engines show the teaser.');
    return pass(`SEO-Beschreibung passt (${n} Zeichen).`, `SEO description fits (${n} characters).`);
  },
  adPolicy: (a, ctx) => {
    if (a.noAds) return pass('Der Artikel erscheint ohne Anzeigen.', 'The article runs without ads.');
    if (!ctx.policyFindings) return warn('Die Anzeigenregeln wurden nicht geprüft.', 'The ad policy has not been checked.');
    const errors = ctx.policyFindings.filter((f) => f.severity === 'error');
    const warnings = ctx.policyFindings.filter((f) => f.severity === 'warning');
    if (errors.length > 0) {
      const list = errors.map((f) => f.message).join('; ');
      return fail(`Verstoß gegen Anzeigenregeln zum geplanten Zeitpunkt: ${list}`, `Ad policy violation at the scheduled time: ${list}`);
    }
    if (warnings.length > 0) {
      const list = warnings.map((f) => f.message).join('; ');
      return warn(`Hinweise der Anzeigenprüfung: ${list}`, `Ad policy notes: ${list}`);
    }
    return pass('Keine Verstöße gegen Anzeigenregeln.', 'No ad policy violations.');
  },
};
