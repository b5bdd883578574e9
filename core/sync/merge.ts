import { tagKey, type ArticleFields } from '../article/article';
import type { BodyNode } from '../article/body-schema';

/** The editor fields merged one by one (the body and the tags have their own rules). */
export type ScalarField = Exclude<keyof ArticleFields, 'body' | 'tags'>;

export const SCALAR_FIELDS: readonly ScalarField[] = [
  'language',
  'section',
  'headline',
  'teaser',
  'author',
  'leadImage',
  'source',
  'slug',
  'seo',
  'noAds',
  'adOverrides',
];

/**
 * What could not be merged: a field changed differently on both sides, or a run of body
 * blocks edited differently on both sides. Both versions are kept; `key` names the choice
 * ("field:headline", "block:0" for the first conflicting run of blocks).
 */
export type MergeConflict =
  | { key: string; kind: 'field'; field: ScalarField; base: unknown; local: unknown; remote: unknown }
  | { key: string; kind: 'block'; base: BodyNode[]; local: BodyNode[]; remote: BodyNode[] };

export interface MergeResult {
  /** Everything merged; wherever a conflict stands, the local version (nothing is lost locally). */
  merged: ArticleFields;
  conflicts: MergeConflict[];
}

export type MergeChoice = 'local' | 'remote';

/** JSON with object keys sorted, so that equal values compare equal whatever their key order. */
export function canonicalJson(value: unknown): string {
  if (value === undefined) return 'null';
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

export const sameValue = (a: unknown, b: unknown): boolean => a === b || canonicalJson(a) === canonicalJson(b);

/**
 * Tags as a set (by tagKey): additions of either side are kept, removals of either side
 * applied. Never a conflict. Order: the local order, then the remote's additions.
 */
export function mergeTags(base: readonly string[], local: readonly string[], remote: readonly string[]): string[] {
  const keys = (list: readonly string[]) => new Set(list.map(tagKey));
  const [b, l, r] = [keys(base), keys(local), keys(remote)];
  const removed = new Set([...b].filter((k) => !l.has(k) || !r.has(k)));
  const out: string[] = [];
  const seen = new Set<string>();
  for (const tag of [...local, ...remote]) {
    const k = tagKey(tag);
    if (seen.has(k) || removed.has(k)) continue;
    seen.add(k);
    out.push(tag);
  }
  return out;
}

/** Pairs of equal items (index in a, index in b) of a longest common subsequence. */
function lcsPairs(a: readonly string[], b: readonly string[]): Array<[number, number]> {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const n = endA - start;
  const m = endB - start;
  // lengths[i][j]: LCS of a[start+i..endA) and b[start+j..endB)
  const lengths: Uint32Array[] = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lengths[i]![j] = a[start + i] === b[start + j] ? lengths[i + 1]![j + 1]! + 1 : Math.max(lengths[i + 1]![j]!, lengths[i]![j + 1]!);
    }
  }
  const pairs: Array<[number, number]> = [];
  for (let k = 0; k < start; k++) pairs.push([k, k]);
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[start + i] === b[start + j]) {
      pairs.push([start + i, start + j]);
      i++;
      j++;
    } else if (lengths[i + 1]![j]! >= lengths[i]![j + 1]!) i++;
    else j++;
  }
  for (let k = 0; k < a.length - endA; k++) pairs.push([endA + k, endB + k]);
  return pairs;
}

/** One region of a diff3: either unchanged in all three, or a changed run. */
type Hunk = { stable: true; block: BodyNode } | { stable: false; base: BodyNode[]; local: BodyNode[]; remote: BodyNode[] };

/** diff3 over top-level blocks, blocks compared by (canonical) JSON equality. */
function diff3Blocks(base: BodyNode[], local: BodyNode[], remote: BodyNode[]): Hunk[] {
  const [o, a, b] = [base, local, remote].map((list) => list.map(canonicalJson)) as [string[], string[], string[]];
  const toA = new Map(lcsPairs(o, a));
  const toB = new Map(lcsPairs(o, b));
  const hunks: Hunk[] = [];
  let io = 0;
  let ia = 0;
  let ib = 0;
  const unstable = (eo: number, ea: number, eb: number) => {
    if (eo > io || ea > ia || eb > ib) hunks.push({ stable: false, base: base.slice(io, eo), local: local.slice(ia, ea), remote: remote.slice(ib, eb) });
  };
  for (let i = io; i <= o.length; i++) {
    if (i === o.length) {
      unstable(o.length, a.length, b.length);
      break;
    }
    const ja = toA.get(i);
    const jb = toB.get(i);
    if (ja === undefined || jb === undefined) continue;
    unstable(i, ja, jb);
    hunks.push({ stable: true, block: base[i]! });
    io = i + 1;
    ia = ja + 1;
    ib = jb + 1;
  }
  return hunks;
}

const sameBlocks = (x: BodyNode[], y: BodyNode[]) => x.length === y.length && x.every((node, i) => sameValue(node, y[i]));

/**
 * Three-way merge of an article's editor fields: per field; the body per top-level block
 * (diff3); tags as a set. What both sides changed differently becomes a conflict that keeps
 * both versions, with the local one in `merged` until the user chooses.
 */
export function mergeArticleFields(base: ArticleFields, local: ArticleFields, remote: ArticleFields, choices: Record<string, MergeChoice> = {}): MergeResult {
  const conflicts: MergeConflict[] = [];
  const merged = { ...local } as ArticleFields;
  const record = merged as unknown as Record<ScalarField, unknown>;
  for (const field of SCALAR_FIELDS) {
    const [b, l, r] = [base[field], local[field], remote[field]];
    if (sameValue(l, r) || sameValue(r, b)) record[field] = l;
    else if (sameValue(l, b)) record[field] = r;
    else {
      const key = `field:${field}`;
      conflicts.push({ key, kind: 'field', field, base: b, local: l, remote: r });
      record[field] = choices[key] === 'remote' ? r : l;
    }
  }
  merged.tags = mergeTags(base.tags, local.tags, remote.tags);

  const blocks: BodyNode[] = [];
  let n = 0;
  for (const hunk of diff3Blocks(base.body.content, local.body.content, remote.body.content)) {
    if (hunk.stable) blocks.push(hunk.block);
    else if (sameBlocks(hunk.local, hunk.remote) || sameBlocks(hunk.remote, hunk.base)) blocks.push(...hunk.local);
    else if (sameBlocks(hunk.local, hunk.base)) blocks.push(...hunk.remote);
    else if (hunk.base.length === hunk.local.length && hunk.base.length === hunk.remote.length) {
      // Neighbouring blocks edited in place on both sides: merge block by block.
      hunk.base.forEach((b, i) => {
        const [l, r] = [hunk.local[i]!, hunk.remote[i]!];
        if (sameValue(l, r) || sameValue(r, b)) blocks.push(l);
        else if (sameValue(l, b)) blocks.push(r);
        else {
          const key = `block:${n++}`;
          conflicts.push({ key, kind: 'block', base: [b], local: [l], remote: [r] });
          blocks.push(choices[key] === 'remote' ? r : l);
        }
      });
    } else {
      const key = `block:${n++}`;
      conflicts.push({ key, kind: 'block', base: hunk.base, local: hunk.local, remote: hunk.remote });
      blocks.push(...(choices[key] === 'remote' ? hunk.remote : hunk.local));
    }
  }
  merged.body = { ...local.body, content: blocks };
  return { merged, conflicts };
}

/** The merge with every conflict decided by `choices` (a conflict without a choice keeps local). */
export function resolveMerge(base: ArticleFields, local: ArticleFields, remote: ArticleFields, choices: Record<string, MergeChoice>): ArticleFields {
  return mergeArticleFields(base, local, remote, choices).merged;
}
