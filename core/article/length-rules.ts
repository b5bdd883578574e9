/**
 * One length rule per text field, read by the editor's counter, the checklist (in the app and
 * on the site) and the article schema, so the three never disagree about "too long".
 */
export interface LengthRule {
  /** Above this many characters the text is often cut off (lists, search results): a warning. */
  recommended: number;
  /** Above this many characters the checklist fails; null where a long text only warns. */
  max: number | null;
  /** The most the field holds at all: the schema's and the input's limit (UTF-16 units, as both count). */
  limit: number;
}

export const LENGTH_RULES = {
  headline: { recommended: 70, max: 80, limit: 300 },
  teaser: { recommended: 300, max: null, limit: 2000 },
  seoDescription: { recommended: 160, max: 160, limit: 500 },
} as const satisfies Record<string, LengthRule>;

export type LengthRuleField = keyof typeof LENGTH_RULES;

/** empty: nothing but spaces; fits; long: above recommended; tooLong: above max (the checklist fails). */
export type LengthVerdict = 'empty' | 'fits' | 'long' | 'tooLong';

/**
 * The length a reader sees: code points of the trimmed text, so "ü" or an emoji counts once
 * and the spaces around it not at all.
 */
export const visibleLength = (text: string): number => [...text.trim()].length;

/** How `text` stands against the field's rule. */
export function lengthVerdict(field: LengthRuleField, text: string): LengthVerdict {
  const rule: LengthRule = LENGTH_RULES[field];
  const n = visibleLength(text);
  if (n === 0) return 'empty';
  if (rule.max !== null && n > rule.max) return 'tooLong';
  return n > rule.recommended ? 'long' : 'fits';
}

/** A headline is one paragraph: line breaks (typed or pasted) become single spaces. */
export const singleParagraph = (text: string): string => text.replace(/[\r\n]+/g, ' ');
