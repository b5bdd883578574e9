import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ListRows } from '../app/use-article-list';
import { ArticleRow } from './ArticleRow';

interface Props {
  rows: ListRows;
  total: number;
  /** Rows are taller while searching: they show a snippet. */
  searching: boolean;
  /** Changes when the list starts anew (another query or filter): back to the top. */
  resetKey: string;
  selectedId: string | null;
  onSelect(id: string): void;
  onRestore(id: string): void;
}

const OVERSCAN = 6;

/**
 * The rows in view and a few around them, in a scroller as tall as every row together: a list
 * of 100,000 articles costs what one screen costs. Rows have one fixed height (headline cut at two
 * lines), which is what makes the window a division. Arrow keys, Home and End move between rows.
 */
export function ArticleRows({ rows, total, searching, resetKey, selectedId, onSelect, onRestore }: Props) {
  const { t } = useTranslation();
  const rowHeight = searching ? 156 : 120;
  const box = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(800);
  const [focusIndex, setFocusIndex] = useState<number | null>(null);

  useLayoutEffect(() => {
    const el = box.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => setHeight(el.clientHeight || 800));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  useLayoutEffect(() => {
    if (box.current) box.current.scrollTop = 0;
    setScrollTop(0);
  }, [resetKey]);

  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - OVERSCAN);
  const last = Math.min(total, Math.ceil((scrollTop + height) / rowHeight) + OVERSCAN);
  useEffect(() => rows.want(first, last), [rows, first, last]);

  // A row moved to with the keyboard gets focus once it is rendered.
  useEffect(() => {
    if (focusIndex === null) return;
    const target = box.current?.querySelector<HTMLElement>(`[aria-posinset="${focusIndex + 1}"] button`);
    target?.focus();
  }, [focusIndex, first, last, rows]);

  function onKeyDown(e: React.KeyboardEvent) {
    const from = Number((e.target as HTMLElement).closest('li')?.getAttribute('aria-posinset') ?? 0) - 1;
    const to = e.key === 'ArrowDown' ? from + 1 : e.key === 'ArrowUp' ? from - 1 : e.key === 'Home' ? 0 : e.key === 'End' ? total - 1 : null;
    if (to === null || from < 0 || to < 0 || to >= total) return;
    e.preventDefault();
    const el = box.current!;
    if (to * rowHeight < el.scrollTop) el.scrollTop = to * rowHeight;
    else if ((to + 1) * rowHeight > el.scrollTop + el.clientHeight) el.scrollTop = (to + 1) * rowHeight - el.clientHeight;
    setScrollTop(el.scrollTop);
    setFocusIndex(to);
  }

  const shown = [];
  for (let i = first; i < last; i++) {
    const item = rows.at(i);
    shown.push(
      <li key={item?.id ?? `row-${i}`} aria-setsize={total} aria-posinset={i + 1} style={{ position: 'absolute', top: i * rowHeight, height: rowHeight, left: 0, right: 0, overflow: 'hidden' }}>
        {item ? (
          <ArticleRow item={item} match={rows.match(item.id)} selected={item.id === selectedId} onSelect={onSelect} onRestore={onRestore} />
        ) : (
          <div className="item muted">{t('articleList.loading')}</div>
        )}
      </li>,
    );
  }
  return (
    <div className="items" ref={box} style={{ flex: 1, minHeight: 0, position: 'relative' }} onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}>
      <ul style={{ position: 'relative', height: total * rowHeight, margin: 0, padding: 0, listStyle: 'none' }} onKeyDown={onKeyDown}>
        {shown}
      </ul>
    </div>
  );
}
