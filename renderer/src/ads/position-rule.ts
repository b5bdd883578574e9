import type { TFunction } from 'i18next';
import { slotPositionSchema, type SlotPosition } from '../../../core/ads/model';

export const POSITION_KINDS = ['top', 'afterParagraph', 'everyParagraphs', 'everyWords', 'end', 'sidebar'] as const;
export type PositionKind = (typeof POSITION_KINDS)[number];

/** Whether a position rule needs a number (N paragraphs / words). */
export const positionNeedsNumber = (kind: PositionKind): boolean => kind === 'afterParagraph' || kind === 'everyParagraphs' || kind === 'everyWords';

/** The number a rule carries, as the form shows it ('' for rules without one). */
export function positionNumber(position: SlotPosition): string {
  if (position.kind === 'afterParagraph') return String(position.paragraph);
  if (position.kind === 'everyParagraphs') return String(position.paragraphs);
  if (position.kind === 'everyWords') return String(position.words);
  return '';
}

/** A default number when the kind changes in a form. */
export const defaultPositionNumber = (kind: PositionKind): string => (kind === 'everyWords' ? '300' : kind === 'afterParagraph' ? '2' : kind === 'everyParagraphs' ? '4' : '');

/** The rule the form describes, or the key of the error to show under the number. */
export function readPosition(kind: PositionKind, number: string): { ok: true; position: SlotPosition } | { ok: false; error: string } {
  const n = Number(number);
  const needs = positionNeedsNumber(kind);
  if (needs && (number.trim() === '' || !Number.isInteger(n))) return { ok: false, error: 'ads.errors.wholeNumber' };
  const raw =
    kind === 'afterParagraph' ? { kind, paragraph: n } : kind === 'everyParagraphs' ? { kind, paragraphs: n } : kind === 'everyWords' ? { kind, words: n } : { kind };
  const parsed = slotPositionSchema.safeParse(raw);
  if (parsed.success) return { ok: true, position: parsed.data };
  return { ok: false, error: kind === 'everyWords' ? 'ads.errors.wordsRange' : 'ads.errors.paragraphRange' };
}

/** "after paragraph 2", "every 300 words", … in the UI language. */
export function describePosition(position: SlotPosition, t: TFunction): string {
  return t(`ads.positionText.${position.kind}`, { n: Number(positionNumber(position)) || 0 });
}
