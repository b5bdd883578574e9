/**
 * How deep any value crossing the contract or the site's API may nest. A body node is two
 * levels (the node, its content array) and the body schema allows 12 nodes deep, so honest
 * input stays far below; hostile input 1,000,000 levels deep is refused before any recursive
 * validation (zod, the body walker) could overflow the stack.
 */
export const MAX_JSON_DEPTH = 64;

/** How many values (objects, arrays, strings, numbers…) one request may carry. */
export const MAX_JSON_VALUES = 1_000_000;

/**
 * Why `value` is too deep or too large to validate, or null when it is not. Iterative, so it is
 * safe on any input; it stops at the first limit crossed.
 */
export function jsonLimitsProblem(value: unknown, maxDepth = MAX_JSON_DEPTH, maxValues = MAX_JSON_VALUES): string | null {
  const stack: Array<[unknown, number]> = [[value, 1]];
  let seen = 0;
  while (stack.length > 0) {
    const [current, depth] = stack.pop()!;
    if (++seen > maxValues) return `The request carries more than ${maxValues} values.`;
    if (current === null || typeof current !== 'object') continue;
    if (depth > maxDepth) return `The request nests deeper than ${maxDepth} levels.`;
    const children = Array.isArray(current) ? current : Object.values(current as Record<string, unknown>);
    for (const child of children) stack.push([child, depth + 1]);
  }
  return null;
}
