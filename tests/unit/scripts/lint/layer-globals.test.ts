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

const cases: ReadonlyArray<{ project: string; file: string; lines: PlantedLine[] }> = [
  {
    project: 'core/tsconfig.json',
    file: 'core/__planted_global__.ts',
    lines: [
      { code: 'export const title = document.title;', breaks: true },
      { code: 'export const href = window.location.href;', breaks: true },
      { code: 'export const mode = process.env.NODE_ENV;', breaks: true },
      { code: "export const bytes = Buffer.from('x');", breaks: true },
      { code: 'export const here = __dirname;', breaks: true },
      { code: "export const fs = require('fs') as { readFileSync(path: string): string };", breaks: true },
      { code: 'export const env = import.meta.env.MODE;', breaks: true },
      { code: 'export const last = [1, 2].at(-1);', breaks: false },
    ],
  },
  {
    project: 'renderer/tsconfig.json',
    file: 'renderer/src/__planted_global__.ts',
    lines: [
      { code: 'export const mode = process.env.NODE_ENV;', breaks: true },
      { code: "export const fs = require('fs') as { readFileSync(path: string): string };", breaks: true },
      { code: "export const bytes = Buffer.from('x');", breaks: true },
      { code: 'export const here = __dirname;', breaks: true },
      { code: 'export const title = document.title;', breaks: false },
      { code: 'export const env = import.meta.env.MODE;', breaks: false },
    ],
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
