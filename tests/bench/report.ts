import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** One table of a benchmark: rows with the same columns. */
export type Report = (section: string, rows: Array<Record<string, string | number>>) => void;

/** Prints a section as a Markdown table, ready for the README. */
export function markdownReport(write: (line: string) => void = console.log): Report {
  return (section, rows) => {
    write(`\n### ${section}\n`);
    if (rows.length === 0) return write('(no rows)');
    const columns = [...new Set(rows.flatMap((r) => Object.keys(r)))];
    write(`| ${columns.join(' | ')} |`);
    write(`|${columns.map(() => '---').join('|')}|`);
    for (const row of rows) write(`| ${columns.map((c) => String(row[c] ?? '')).join(' | ')} |`);
  };
}

/**
 * Runs `bench` with console tables when its file is the script node was started with
 * (`tsx tests/bench/store.bench.ts`), so each benchmark also runs on its own.
 */
export function runWhenMain(moduleUrl: string, bench: (report: Report) => Promise<void>): void {
  if (process.argv[1] === undefined || moduleUrl !== pathToFileURL(path.resolve(process.argv[1])).href) return;
  bench((section, rows) => {
    console.log(`\n## ${section}`);
    console.table(rows);
  }).catch((err: unknown) => {
    console.error(err);
    process.exitCode = 1;
  });
}
