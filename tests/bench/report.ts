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
