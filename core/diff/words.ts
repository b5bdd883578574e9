import { diffTokens, normalizeRuns, type TokenRun } from './myers';

/** One piece of a rendered diff. Concatenating the equal and delete parts gives the old text, equal and insert the new. */
export interface DiffPart {
  op: 'equal' | 'insert' | 'delete';
  text: string;
}

// Words (letters/digits, with inner apostrophes, hyphens, dots and commas as in "E-Mail", "3,5", "z.B"),
// runs of whitespace, and single other characters, so the tokens always join back to the text.
const TOKEN = /[\p{L}\p{N}]+(?:['’.,-][\p{L}\p{N}]+)*|\s+|[^\s\p{L}\p{N}]/gu;

/** Splits text into word, whitespace and punctuation tokens; joined they give the text back. */
export function tokenizeWords(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

const isBlank = (run: TokenRun) => run.tokens.every((t) => /^\s*$/.test(t));

/**
 * A whitespace-only equal run between two changes splits one edit in two ("[-b-][+x+] [+y+]");
 * folding it into the change reads as the edit a person made ("[-b-][+x y+]").
 */
function foldBlankEquals(runs: TokenRun[]): TokenRun[] {
  const out: TokenRun[] = [];
  runs.forEach((run, i) => {
    const changedBefore = i > 0 && runs[i - 1]!.op !== 'equal';
    const changedAfter = i < runs.length - 1 && runs[i + 1]!.op !== 'equal';
    if (run.op === 'equal' && changedBefore && changedAfter && isBlank(run)) {
      out.push({ op: 'delete', tokens: run.tokens }, { op: 'insert', tokens: run.tokens });
    } else out.push(run);
  });
  return normalizeRuns(out);
}

/** Word-level diff of two texts: exactly the changed words are inserted or deleted, the rest is equal. */
export function diffWords(a: string, b: string): DiffPart[] {
  if (a === b) return a ? [{ op: 'equal', text: a }] : [];
  return foldBlankEquals(diffTokens(tokenizeWords(a), tokenizeWords(b))).map((run) => ({ op: run.op, text: run.tokens.join('') }));
}

/** The two columns of a side-by-side view: the old text with deletions marked, the new with insertions. */
export function sideBySide(parts: readonly DiffPart[]): { before: DiffPart[]; after: DiffPart[] } {
  return {
    before: parts.filter((p) => p.op !== 'insert'),
    after: parts.filter((p) => p.op !== 'delete'),
  };
}

/** The old and new text a diff was made from. */
export function diffSides(parts: readonly DiffPart[]): { before: string; after: string } {
  const { before, after } = sideBySide(parts);
  return { before: before.map((p) => p.text).join(''), after: after.map((p) => p.text).join('') };
}
