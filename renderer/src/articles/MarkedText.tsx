import type { MarkedText as Marked } from '../../../core/contract/contract';

/** Text with the ranges a search matched in <mark>; every part is a React text node, so nothing is HTML. */
export function MarkedText({ text, ranges }: Marked) {
  const parts: React.ReactNode[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (start < at || end > text.length || end <= start) continue; // out of order or stale: leave unmarked
    if (start > at) parts.push(text.slice(at, start));
    parts.push(<mark key={start}>{text.slice(start, end)}</mark>);
    at = end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}
