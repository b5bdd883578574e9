/**
 * Myers' O(ND) difference algorithm, linear-space variant (divide and conquer on the
 * "middle snake"), over arrays of tokens. Written here because no diff library is installed
 * and the algorithm is small; the linear-space form keeps memory flat even when two long
 * article versions share little (the plain variant stores one frontier per edit step).
 * E. W. Myers, "An O(ND) Difference Algorithm and Its Variations", Algorithmica 1 (1986).
 */

/** One run of the edit script: tokens kept, inserted (only in b) or deleted (only in a). */
export interface TokenRun {
  op: 'equal' | 'insert' | 'delete';
  tokens: string[];
}

/** Reports a run by index range: into `b` for insertions, into `a` otherwise. */
type Emit = (op: TokenRun['op'], from: number, to: number) => void;

interface Snake {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** The middle snake of a[aLo..aHi) vs b[bLo..bHi), both non-empty, in absolute coordinates. */
function middleSnake(a: Int32Array, aLo: number, aHi: number, b: Int32Array, bLo: number, bHi: number): Snake {
  const n = aHi - aLo;
  const m = bHi - bLo;
  const delta = n - m;
  const odd = (delta & 1) !== 0;
  const max = Math.ceil((n + m) / 2);
  const offset = max + 1;
  const forward = new Int32Array(2 * max + 3);
  const backward = new Int32Array(2 * max + 3);
  for (let d = 0; d <= max; d++) {
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && forward[offset + k - 1]! < forward[offset + k + 1]!) ? forward[offset + k + 1]! : forward[offset + k - 1]! + 1;
      let y = x - k;
      const x0 = x;
      const y0 = y;
      while (x < n && y < m && a[aLo + x] === b[bLo + y]) {
        x++;
        y++;
      }
      forward[offset + k] = x;
      const c = delta - k;
      if (odd && c >= -(d - 1) && c <= d - 1 && x + backward[offset + c]! >= n) {
        return { x0: aLo + x0, y0: bLo + y0, x1: aLo + x, y1: bLo + y };
      }
    }
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && backward[offset + k - 1]! < backward[offset + k + 1]!) ? backward[offset + k + 1]! : backward[offset + k - 1]! + 1;
      let y = x - k;
      const x0 = x;
      const y0 = y;
      while (x < n && y < m && a[aHi - 1 - x] === b[bHi - 1 - y]) {
        x++;
        y++;
      }
      backward[offset + k] = x;
      const c = delta - k;
      if (!odd && c >= -d && c <= d && x + forward[offset + c]! >= n) {
        return { x0: aHi - x, y0: bHi - y, x1: aHi - x0, y1: bHi - y0 };
      }
    }
  }
  throw new Error('middle snake not found'); // unreachable: d = ceil((n+m)/2) always overlaps
}

function diffRange(a: Int32Array, aLo: number, aHi: number, b: Int32Array, bLo: number, bHi: number, emit: Emit): void {
  const start = aLo;
  while (aLo < aHi && bLo < bHi && a[aLo] === b[bLo]) {
    aLo++;
    bLo++;
  }
  if (aLo > start) emit('equal', start, aLo);
  let suffix = 0;
  while (aHi > aLo && bHi > bLo && a[aHi - 1] === b[bHi - 1]) {
    aHi--;
    bHi--;
    suffix++;
  }
  if (aLo === aHi) {
    if (bLo < bHi) emit('insert', bLo, bHi);
  } else if (bLo === bHi) {
    emit('delete', aLo, aHi);
  } else {
    const snake = middleSnake(a, aLo, aHi, b, bLo, bHi);
    diffRange(a, aLo, snake.x0, b, bLo, snake.y0, emit);
    if (snake.x1 > snake.x0) emit('equal', snake.x0, snake.x1);
    diffRange(a, snake.x1, aHi, b, snake.y1, bHi, emit);
  }
  if (suffix > 0) emit('equal', aHi, aHi + suffix);
}

/**
 * A shortest edit script turning `a` into `b`: runs of equal, deleted and inserted tokens,
 * adjacent runs of the same kind merged, deletions before insertions at each change.
 */
export function diffTokens(a: readonly string[], b: readonly string[]): TokenRun[] {
  const ids = new Map<string, number>();
  const intern = (tokens: readonly string[]) => Int32Array.from(tokens, (t) => ids.get(t) ?? (ids.set(t, ids.size), ids.size - 1));
  const [ia, ib] = [intern(a), intern(b)];
  const runs: TokenRun[] = [];
  const emit: Emit = (op, from, to) => {
    const tokens = (op === 'insert' ? b : a).slice(from, to);
    const last = runs.at(-1);
    if (last && last.op === op) last.tokens.push(...tokens);
    else runs.push({ op, tokens });
  };
  diffRange(ia, 0, ia.length, ib, 0, ib.length, emit);
  return normalizeRuns(runs);
}

/** Within each stretch between equal runs, puts all deletions before all insertions. */
export function normalizeRuns(runs: readonly TokenRun[]): TokenRun[] {
  const out: TokenRun[] = [];
  let deleted: string[] = [];
  let inserted: string[] = [];
  const flush = () => {
    if (deleted.length) out.push({ op: 'delete', tokens: deleted });
    if (inserted.length) out.push({ op: 'insert', tokens: inserted });
    deleted = [];
    inserted = [];
  };
  for (const run of runs) {
    if (run.tokens.length === 0) continue;
    if (run.op === 'delete') deleted.push(...run.tokens);
    else if (run.op === 'insert') inserted.push(...run.tokens);
    else {
      flush();
      const last = out.at(-1);
      if (last?.op === 'equal') last.tokens.push(...run.tokens);
      else out.push({ op: 'equal', tokens: [...run.tokens] });
    }
  }
  flush();
  return out;
}
