import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// The per-layer tsconfigs catch the globals an import rule cannot see. Each planted file is
// served to the compiler from memory at a path inside its layer (nothing is written to the
// repo), next to every real file of the project, so the globals are exactly the project's.
const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));

interface PlantedLine {
  readonly code: string;
  readonly breaks: boolean;
}

function diagnosticLines(project: string, plantedFile: string, lines: readonly PlantedLine[]): Map<number, string[]> {
  const parsed = ts.getParsedCommandLineOfConfigFile(path.join(repoRoot, project), undefined, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
      throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
    },
  });
  if (!parsed || parsed.errors.length > 0) throw new Error(`${project} does not parse`);
  const planted = path.join(repoRoot, plantedFile).split(path.sep).join('/');
  const text = lines.map((line) => line.code).join('\n');
  const host = ts.createCompilerHost(parsed.options);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (fileName, language, ...rest) =>
    fileName === planted ? ts.createSourceFile(fileName, text, language) : getSourceFile(fileName, language, ...rest);
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (fileName) => fileName === planted || fileExists(fileName);
  const program = ts.createProgram({ rootNames: [...parsed.fileNames, planted], options: parsed.options, host });
  const byLine = new Map<number, string[]>();
  for (const diagnostic of program.getSemanticDiagnostics(program.getSourceFile(planted))) {
    const line = diagnostic.file?.getLineAndCharacterOfPosition(diagnostic.start ?? 0).line ?? -1;
    byLine.set(line, [...(byLine.get(line) ?? []), ts.flattenDiagnosticMessageText(diagnostic.messageText, ' ')]);
  }
  return byLine;
}

/** One line per global; each project says which of them must fail to compile and which must not. */
const PLANTS = {
  document: 'export const title = document.title;',
  window: 'export const href = window.location.href;',
  process: 'export const mode = process.env.NODE_ENV;',
  Buffer: "export const bytes = Buffer.from('x');",
  __dirname: 'export const here = __dirname;',
  require: "export const fs = require('fs') as { readFileSync(path: string): string };",
  importMetaEnv: 'export const env = import.meta.env.MODE;',
  es2023: 'export const last = [1, 2].at(-1);',
} as const;
type Plant = keyof typeof PLANTS;

const planting = (breaking: Plant[], fine: Plant[]): PlantedLine[] => [
  ...breaking.map((name) => ({ code: PLANTS[name], breaks: true })),
  ...fine.map((name) => ({ code: PLANTS[name], breaks: false })),
];

const cases: ReadonlyArray<{ project: string; file: string; lines: PlantedLine[] }> = [
  {
    project: 'core/tsconfig.json',
    file: 'core/__planted_global__.ts',
    lines: planting(['document', 'window', 'process', 'Buffer', '__dirname', 'require', 'importMetaEnv'], ['es2023']),
  },
  {
    project: 'renderer/tsconfig.json',
    file: 'renderer/src/__planted_global__.ts',
    lines: planting(['process', 'require', 'Buffer', '__dirname'], ['document', 'importMetaEnv']),
  },
];

const planted = cases.reduce((sum, { lines }) => sum + lines.filter((line) => line.breaks).length, 0);

describe(`per-layer tsconfigs: ${planted} planted globals`, () => {
  it.each(cases)('$file breaks exactly on its planted lines', ({ project, file, lines }) => {
    const byLine = diagnosticLines(project, file, lines);
    const report = lines.map((line, index) => `${line.breaks ? 'break' : 'fine '} ${line.code} ${byLine.has(index) ? 'caught' : 'clean'}`);
    expect(report).toEqual(lines.map((line) => `${line.breaks ? 'break' : 'fine '} ${line.code} ${line.breaks ? 'caught' : 'clean'}`));
    expect([...byLine.keys()].every((line) => line >= 0 && line < lines.length)).toBe(true);
  });
});
