import { z } from 'zod';
import type { BodyAnchor, CommentThread } from './thread';

export const SUGGESTION_MAX_LENGTH = 5000;
/** How much text before an insertion point is kept to find the point again on another machine. */
export const SUGGESTION_CONTEXT_LENGTH = 40;

/**
 * What turns a comment thread into a suggested change of the body: the anchor's range is
 * replaced by `insert` (a deletion has an empty insert, an insertion an empty range). `before`
 * is the text just before an insertion point (an empty range has no quote to be found by).
 * `outcome` is set when the suggestion was accepted or rejected; the thread is resolved then.
 */
export const suggestionSchema = z.object({
  insert: z.string().max(SUGGESTION_MAX_LENGTH),
  before: z.string().max(SUGGESTION_CONTEXT_LENGTH).optional(),
  outcome: z.enum(['accepted', 'rejected']).optional(),
});
export type Suggestion = z.infer<typeof suggestionSchema>;
export type SuggestionOutcome = NonNullable<Suggestion['outcome']>;
export type SuggestionThread = CommentThread & { anchor: BodyAnchor; suggestion: Suggestion };

export const isSuggestion = (thread: CommentThread): thread is SuggestionThread => thread.suggestion !== undefined && thread.anchor.kind === 'body';

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/**
 * The thread's text for a suggestion: the change in words anyone can read (also what an app
 * that knows no suggestions shows as the comment). Never empty.
 */
export function suggestionSummary(quote: string, insert: string): string {
  const q = clip(quote, 2400);
  const i = clip(insert, 2400);
  if (q && i) return `“${q}” → “${i}”`;
  if (q) return `− “${q}”`;
  return `+ “${i}”`;
}

/** Throws when the change is no change (nothing deleted and nothing inserted) or reversed. */
export function checkSuggestion(anchor: BodyAnchor, insert: string): void {
  if (anchor.to < anchor.from) throw new RangeError('A suggestion needs a range that does not run backwards.');
  if (anchor.to === anchor.from && insert.length === 0) throw new RangeError('A suggestion must delete or insert something.');
}

/** Who suggests what, when. */
export interface SuggestionInput {
  id: string;
  author: string;
  now: Date;
  insert: string;
  before?: string;
}

/** A new, open suggestion thread. */
export function createSuggestion(anchor: BodyAnchor, input: SuggestionInput): SuggestionThread {
  checkSuggestion(anchor, input.insert);
  const { orphaned: _gone, ...placed } = anchor;
  return {
    id: input.id,
    anchor: placed,
    author: input.author,
    createdAt: input.now.toISOString(),
    text: suggestionSummary(anchor.quote, input.insert),
    replies: [],
    resolved: null,
    suggestion: { insert: input.insert, ...(input.before && anchor.from === anchor.to ? { before: input.before } : {}) },
  };
}

/** The author's suggestion grown or shrunk while they keep typing (same id, same author). */
export function reviseSuggestion(thread: SuggestionThread, anchor: BodyAnchor, insert: string, before?: string): SuggestionThread {
  if (thread.resolved) throw new RangeError('This suggestion was already settled.');
  const fresh = createSuggestion(anchor, { id: thread.id, author: thread.author, now: new Date(thread.createdAt), insert, ...(before ? { before } : {}) });
  return { ...fresh, replies: thread.replies };
}

/** The suggestion accepted or rejected by `by`: it leaves the open list, the outcome stays. */
export function settleSuggestion(thread: SuggestionThread, outcome: SuggestionOutcome, by: string, now: Date): SuggestionThread {
  return { ...thread, suggestion: { ...thread.suggestion, outcome }, resolved: { by, at: now.toISOString() } };
}

/** Open suggestions in document order (as they are accepted one after another). */
export function openSuggestions(threads: readonly CommentThread[]): SuggestionThread[] {
  return threads.filter(isSuggestion).filter((t) => t.resolved === null).sort((a, b) => a.anchor.from - b.anchor.from || a.createdAt.localeCompare(b.createdAt));
}
