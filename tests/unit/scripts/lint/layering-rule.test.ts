import { ESLint, type Linter } from 'eslint';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { breaks, passes, type PlantedEdge } from './planted-edges';

// Goes through the real eslint.config.js, so the test fails if the rule is not wired in.
const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));
const RULE = 'copydesk/layering';
let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: repoRoot });
});

async function layeringMessages(edge: PlantedEdge): Promise<Linter.LintMessage[]> {
  const [result] = await eslint.lintText(edge.code, { filePath: path.join(repoRoot, edge.file) });
  const messages = result?.messages ?? [];
  const fatal = messages.filter((message) => message.fatal);
  if (fatal.length > 0) throw new Error(`${edge.file} does not parse: ${fatal[0]?.message}`);
  return messages.filter((message) => message.ruleId === RULE);
}

const kindOf = (message: Linter.LintMessage) =>
  message.message.includes('may import only') ? 'forbidden' : message.message.includes('computed import') ? 'computed' : 'noLayer';

describe('copydesk/layering', () => {
  it.each(breaks.map((edge) => [edge.file, edge.code, edge] as const))('fails %s: %s', async (_file, _code, edge) => {
    const messages = await layeringMessages(edge);
    expect(messages.map(kindOf)).toEqual([edge.expect ?? 'forbidden']);
    expect(messages[0]?.severity).toBe(2);
  });

  it.each(passes.map((edge) => [edge.file, edge.code, edge] as const))('passes %s: %s', async (_file, _code, edge) => {
    expect(await layeringMessages(edge)).toEqual([]);
  });

  it(`catches all ${breaks.length} planted breaks, in every layer`, async () => {
    const caught = (await Promise.all(breaks.map(layeringMessages))).filter((messages) => messages.length > 0).length;
    expect(`${breaks.length} planted breaks, ${caught} caught`).toBe(`${breaks.length} planted breaks, ${breaks.length} caught`);
    const layers = new Set(breaks.map((edge) => edge.file.split('/').slice(0, edge.file.startsWith('electron/') ? 2 : 1).join('/')));
    expect([...layers].sort()).toEqual(
      ['backend', 'core', 'electron/main', 'electron/preload', 'electron/shared', 'host-common', 'renderer', 'site', 'web-shell'].sort(),
    );
  });

  it('says which layer may import what', async () => {
    const [message] = await layeringMessages({ file: 'core/planted.ts', code: `import { Kysely } from 'kysely';\nexport { Kysely };` });
    expect(message?.message).toBe(
      "'kysely' is the npm package 'kysely': core/ may import only core/, zod, date-fns, @date-fns/tz " +
        '(pure TypeScript: no node, electron, DOM, React or database packages).',
    );
    const [relative] = await layeringMessages({ file: 'electron/preload/planted.ts', code: `import { b } from '../main/backend';\nexport { b };` });
    expect(relative?.message).toContain("'../main/backend' is the electron/main/ folder (electron/main/backend)");
  });

  it('still ignores build output and dependencies', async () => {
    expect(await eslint.isPathIgnored(path.join(repoRoot, 'build/electron/main.cjs'))).toBe(true);
    expect(await eslint.isPathIgnored(path.join(repoRoot, 'node_modules/zod/index.js'))).toBe(true);
  });
});
