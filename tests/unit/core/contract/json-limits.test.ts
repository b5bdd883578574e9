import { describe, expect, it } from 'vitest';
import { CALL_NAMES } from '../../../../core/contract/contract';
import { createDispatcher, type Handlers } from '../../../../core/contract/dispatch';
import { MAX_JSON_DEPTH, MAX_JSON_VALUES, jsonLimitsProblem } from '../../../../core/contract/json-limits';

/** `levels` nested objects: { a: { a: … { a: 1 } } } (the innermost object is level `levels`). */
function nestedObject(levels: number): unknown {
  let value: unknown = 1;
  for (let i = 0; i < levels; i++) value = { a: value };
  return value;
}

/** `levels` nested arrays: [[[ … [1] … ]]]. */
function nestedArray(levels: number): unknown {
  let value: unknown = 1;
  for (let i = 0; i < levels; i++) value = [value];
  return value;
}

/**
 * A body whose paragraphs nest inside each other until the value is `levels` deep:
 * { type: 'doc', content: [{ type: 'paragraph', content: [ … ] }] }. Each node is two levels
 * (the node object and its content array).
 */
function nestedBody(levels: number): { type: 'doc'; content: unknown[] } {
  let content: unknown[] = [{ type: 'text', text: 'tief' }];
  for (let depth = 3; depth < levels; depth += 2) content = [{ type: 'paragraph', content }];
  return { type: 'doc', content };
}

/** The nesting depth of a value, counted iteratively (objects and arrays; the root is level 1). */
function depthOf(value: unknown): number {
  let max = 0;
  const stack: Array<[unknown, number]> = [[value, 1]];
  while (stack.length) {
    const [v, d] = stack.pop()!;
    if (v === null || typeof v !== 'object') continue;
    max = Math.max(max, d);
    for (const child of Array.isArray(v) ? v : Object.values(v)) stack.push([child, d + 1]);
  }
  return max;
}

describe('jsonLimitsProblem: depth', () => {
  it.each([
    ['objects', nestedObject],
    ['arrays', nestedArray],
    ['bodies', nestedBody],
  ] as const)('accepts %s 10 levels deep', (_, build) => {
    const value = build(10);
    expect(depthOf(value)).toBeGreaterThanOrEqual(9);
    expect(jsonLimitsProblem(value)).toBeNull();
  });

  it.each([
    ['objects', nestedObject],
    ['arrays', nestedArray],
    ['bodies', nestedBody],
  ] as const)('refuses %s 1,000 and 1,000,000 levels deep, quickly and without a stack overflow', (_, build) => {
    for (const levels of [1_000, 1_000_000]) {
      const value = build(levels);
      const started = performance.now();
      const problem = jsonLimitsProblem(value);
      expect(performance.now() - started).toBeLessThan(1_000);
      expect(problem).toBe(`The request nests deeper than ${MAX_JSON_DEPTH} levels.`);
    }
  });

  it('draws the line exactly at MAX_JSON_DEPTH', () => {
    expect(jsonLimitsProblem(nestedArray(MAX_JSON_DEPTH))).toBeNull();
    expect(jsonLimitsProblem(nestedArray(MAX_JSON_DEPTH + 1))).toMatch(/nests deeper/);
    expect(jsonLimitsProblem(nestedObject(MAX_JSON_DEPTH))).toBeNull();
    expect(jsonLimitsProblem(nestedObject(MAX_JSON_DEPTH + 1))).toMatch(/nests deeper/);
    expect(jsonLimitsProblem(nestedArray(5), 5)).toBeNull();
    expect(jsonLimitsProblem(nestedArray(6), 5)).toMatch(/deeper than 5/);
  });

  it('leaves the deepest honest body (12 nodes, 25 levels with the wrappers) well inside the limit', () => {
    const body = nestedBody(2 * 12 + 1);
    expect(depthOf({ id: 'abcdef', baseRev: 0, changes: { body } })).toBeLessThan(MAX_JSON_DEPTH);
    expect(jsonLimitsProblem({ id: 'abcdef', baseRev: 0, changes: { body } })).toBeNull();
  });

  it('accepts primitives and empty containers', () => {
    for (const value of [null, undefined, 0, '', 'x', true, [], {}]) expect(jsonLimitsProblem(value)).toBeNull();
  });
});

describe('jsonLimitsProblem: value count', () => {
  it('counts every value, the containers included, and stops at the limit', () => {
    expect(jsonLimitsProblem([1, 2, 3], MAX_JSON_DEPTH, 4)).toBeNull();
    expect(jsonLimitsProblem([1, 2, 3, 4], MAX_JSON_DEPTH, 4)).toBe('The request carries more than 4 values.');
    expect(jsonLimitsProblem({ a: 'x', b: { c: null } }, MAX_JSON_DEPTH, 4)).toBeNull();
    expect(jsonLimitsProblem({ a: 'x', b: { c: null, d: 1 } }, MAX_JSON_DEPTH, 4)).toMatch(/more than 4 values/);
  });

  it('refuses a flat array of more than MAX_JSON_VALUES values and accepts one of exactly that many', () => {
    expect(jsonLimitsProblem(new Array(MAX_JSON_VALUES - 1).fill(0))).toBeNull();
    expect(jsonLimitsProblem(new Array(MAX_JSON_VALUES).fill(0))).toBe(`The request carries more than ${MAX_JSON_VALUES} values.`);
  });

  it('refuses a wide body (many paragraphs) over the value limit', () => {
    // Each paragraph is two values (the node and its type string).
    const content = Array.from({ length: MAX_JSON_VALUES / 2 }, () => ({ type: 'paragraph' }));
    expect(jsonLimitsProblem({ type: 'doc', content })).toMatch(/more than/);
  });
});

function handlersWith(save: Handlers['articles.save']): Handlers {
  const fallback = async () => {
    throw new Error('not under test');
  };
  return Object.fromEntries(CALL_NAMES.map((n): [string, unknown] => [n, n === 'articles.save' ? save : fallback])) as Handlers;
}

describe('createDispatcher with deeply nested input', () => {
  it.each([1_000, 1_000_000])('answers INVALID_ARGUMENT for an articles.save whose body nests %i levels deep, within a second', async (levels) => {
    let handled = false;
    const unexpected: unknown[] = [];
    const dispatch = createDispatcher(
      handlersWith(async () => {
        handled = true;
        return { rev: 1, updatedAt: '2026-01-01T00:00:00.000Z', slug: 'x' };
      }),
      (_, err) => unexpected.push(err),
    );
    const args = { id: 'abcdef-123', baseRev: 0, changes: { body: nestedBody(levels) } };
    const started = performance.now();
    const result = await dispatch('articles.save', args);
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } });
    expect(!result.ok && result.error.message).toContain('nests deeper');
    expect(handled).toBe(false);
    expect(unexpected).toEqual([]);
  });

  it.each([
    ['objects', nestedObject],
    ['arrays', nestedArray],
  ] as const)('answers INVALID_ARGUMENT for changes of %s 1,000,000 levels deep anywhere in the arguments', async (_, build) => {
    const dispatch = createDispatcher(handlersWith(async () => ({ rev: 1, updatedAt: '', slug: '' })));
    for (const args of [build(1_000_000), { id: 'abcdef-123', baseRev: 0, changes: { tags: build(1_000_000) } }]) {
      const result = await dispatch('articles.save', args);
      expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } });
    }
  });

  it('still validates an honest, moderately nested body with the schema (not refused by the limit)', async () => {
    const dispatch = createDispatcher(handlersWith(async () => ({ rev: 1, updatedAt: '2026-01-01T00:00:00.000Z', slug: 'x' })));
    // 20 paragraphs deep: inside the JSON limit, beyond the body schema's 12 nodes, so zod refuses it.
    const result = await dispatch('articles.save', { id: 'abcdef-123', baseRev: 0, changes: { body: nestedBody(41) } });
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } });
    expect(!result.ok && result.error.message).toContain('nested too deeply');
    const ok = await dispatch('articles.save', { id: 'abcdef-123', baseRev: 0, changes: { body: nestedBody(9) } });
    expect(ok).toMatchObject({ ok: true });
  });
});
