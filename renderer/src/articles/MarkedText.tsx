import type { MarkedText as Marked } from '../../../core/contract/contract';

/** A soft marker colour that reads on the list's light and selected backgrounds. */
const MARK: React.CSSProperties = { background: 'rgba(255, 196, 0, 0.32)', color: 'inherit', borderRadius: 2, padding: '0 1px' };

/** Text with the ranges a search matched in <mark>; every part is a React text node, so nothing is HTML. */
export function MarkedText({ text, ranges }: Marked) {
  const parts: React.ReactNode[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (start < at || end > text.length || end <= start) continue; // out of order or stale: leave unmarked
    if (start > at) parts.push(text.slice(at, start));
    parts.push(<mark key={start} style={MARK}>{text.slice(start, end)}</mark>);
    at = end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}
