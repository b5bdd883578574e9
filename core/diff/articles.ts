import type { ArticleFields } from '../article/article';
import { bodyPlainText } from '../text/body-text';
import type { Localized } from '../time/localized';
import { diffTokens } from './myers';
import { diffWords, type DiffPart } from './words';

/** How a field's diff is rendered: running text, a list of items (one part per tag), or a yes/no flag. */
export type FieldDiffKind = 'text' | 'list' | 'flag';

/** The comparison of one field between two versions. */
export interface FieldDiff {
  /** Dotted path into ArticleFields ("headline", "leadImage.credit", "seo.description", "body"). */
  field: string;
  label: Localized;
  kind: FieldDiffKind;
  changed: boolean;
  /** The old and new value as text (tags joined by ", ", flags as "true"/"false"). */
  before: string;
  after: string;
  /** Inline diff; use sideBySide() from ./words for two columns. For lists each part is one item. */
  parts: DiffPart[];
}

interface FieldSpec {
  field: string;
  label: Localized;
  kind: FieldDiffKind;
  read: (a: ArticleFields) => string | string[] | boolean;
}

/** Every field an editor writes, in the order the comparison view lists them. */
export const COMPARED_FIELDS: readonly FieldSpec[] = [
  { field: 'headline', label: { de: 'Überschrift', en: 'Headline' }, kind: 'text', read: (a) => a.headline },
  { field: 'teaser', label: { de: 'Teaser', en: 'Teaser' }, kind: 'text', read: (a) => a.teaser },
  { field: 'section', label: { de: 'Rubrik', en: 'Section' }, kind: 'text', read: (a) => a.section },
  { field: 'author', label: { de: 'Autor', en: 'Author' }, kind: 'text', read: (a) => a.author },
  { field: 'body', label: { de: 'Text', en: 'Body' }, kind: 'text', read: (a) => bodyPlainText(a.body) },
  { field: 'leadImage.mediaId', label: { de: 'Aufmacherbild', en: 'Lead image' }, kind: 'text', read: (a) => a.leadImage.mediaId ?? '' },
  { field: 'leadImage.alt', label: { de: 'Bild-Alternativtext', en: 'Image alt text' }, kind: 'text', read: (a) => a.leadImage.alt },
  { field: 'leadImage.credit', label: { de: 'Bild-Quelle', en: 'Image credit' }, kind: 'text', read: (a) => a.leadImage.credit },
  { field: 'tags', label: { de: 'Tags', en: 'Tags' }, kind: 'list', read: (a) => a.tags },
  { field: 'source', label: { de: 'Quelle', en: 'Source' }, kind: 'text', read: (a) => a.source },
  { field: 'slug', label: { de: 'Slug', en: 'Slug' }, kind: 'text', read: (a) => a.slug },
  { field: 'seo.title', label: { de: 'SEO-Titel', en: 'SEO title' }, kind: 'text', read: (a) => a.seo.title },
  { field: 'seo.description', label: { de: 'SEO-Beschreibung', en: 'SEO description' }, kind: 'text', read: (a) => a.seo.description },
  { field: 'language', label: { de: 'Sprache', en: 'Language' }, kind: 'text', read: (a) => a.language },
  { field: 'noAds', label: { de: 'Ohne Anzeigen', en: 'No ads' }, kind: 'flag', read: (a) => a.noAds },
];

function listParts(before: string[], after: string[]): DiffPart[] {
  return diffTokens(before, after).flatMap((run) => run.tokens.map((text) => ({ op: run.op, text })));
}

function compare(spec: FieldSpec, a: ArticleFields, b: ArticleFields): FieldDiff {
  const [x, y] = [spec.read(a), spec.read(b)];
  if (Array.isArray(x) && Array.isArray(y)) {
    const parts = listParts(x, y);
    return { field: spec.field, label: spec.label, kind: spec.kind, changed: parts.some((p) => p.op !== 'equal'), before: x.join(', '), after: y.join(', '), parts };
  }
  const [before, after] = [String(x), String(y)];
  const parts: DiffPart[] =
    spec.kind === 'flag'
      ? before === after
        ? [{ op: 'equal', text: before }]
        : [{ op: 'delete', text: before }, { op: 'insert', text: after }]
      : diffWords(before, after);
  return { field: spec.field, label: spec.label, kind: spec.kind, changed: before !== after, before, after, parts };
}

/**
 * Compares two versions of an article field by field (the body by its plain text, see
 * core/text/body-text). Every field is listed, changed or not, so a side-by-side view can
 * show the whole article; filter on `changed` for a summary.
 */
export function diffArticles(a: ArticleFields, b: ArticleFields): FieldDiff[] {
  return COMPARED_FIELDS.map((spec) => compare(spec, a, b));
}
