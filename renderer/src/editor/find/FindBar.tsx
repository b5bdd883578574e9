import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient } from '../../client/context';
import { useFind } from './use-find';
import './find.css';

/**
 * Find and replace over headline, teaser and body. Ctrl+F (find) and Ctrl+H (replace) open it
 * while focus is inside the article editor (.article-editor around it); elsewhere they stay the
 * browser's. Esc closes it and puts focus back where it was.
 */
export function FindBar() {
  const { t } = useTranslation();
  const find = useFind();
  const host = useRef<HTMLDivElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const { openBar } = find;
  const client = useClient();
  // Electron's Edit menu sends Ctrl+F as a command (on macOS before the page sees the key).
  useEffect(
    () => client.onMenuCommand((command) => command === 'find' && host.current?.closest('.article-editor')?.contains(document.activeElement) && openBar('find')),
    [client, openBar],
  );
  useEffect(() => {
    const scope = host.current?.closest<HTMLElement>('.article-editor') ?? host.current?.parentElement;
    const onKey = (e: globalThis.KeyboardEvent) => {
      const key = e.key.toLowerCase();
      if (!(e.ctrlKey || e.metaKey) || e.altKey || e.shiftKey || (key !== 'f' && key !== 'h')) return;
      e.preventDefault();
      openBar(key === 'h' ? 'replace' : 'find');
    };
    scope?.addEventListener('keydown', onKey);
    return () => scope?.removeEventListener('keydown', onKey);
  }, [openBar]);
  useEffect(() => {
    if (find.opened) input.current?.select();
  }, [find.opened]);

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      find.close();
    }
  };
  const enter = (action: () => void) => (e: KeyboardEvent) => {
    if (e.key !== 'Enter') return;
    e.preventDefault();
    action();
  };
  const count = find.query === '' ? '' : find.matches.length === 0 ? t('find.none') : t('find.count', { index: find.index + 1, total: find.matches.length, field: t(`find.in.${find.current!.field}`) });
  return (
    <div ref={host} className="find-host">
      {find.open ? (
        <div className="find-bar" role="search" aria-label={t('find.label')} onKeyDown={onKeyDown}>
          <div className="find-row">
            <input ref={input} type="search" aria-label={t('find.query')} placeholder={t('find.query')} value={find.query}
              onChange={(e) => find.setQuery(e.target.value)} onKeyDown={(e) => enter(() => find.go(e.shiftKey ? -1 : 1))(e)} />
            <span className="find-count" aria-live="polite">{count}</span>
            <button type="button" onClick={() => find.go(-1)} disabled={find.matches.length === 0} title={`${t('find.previous')} (Shift+Enter)`}>↑<span className="visually-hidden">{t('find.previous')}</span></button>
            <button type="button" onClick={() => find.go(1)} disabled={find.matches.length === 0} title={`${t('find.next')} (Enter)`}>↓<span className="visually-hidden">{t('find.next')}</span></button>
            <button type="button" className="ghost" onClick={find.close} title={`${t('find.close')} (Esc)`}>✕<span className="visually-hidden">{t('find.close')}</span></button>
          </div>
          {find.open === 'replace' && find.canReplace ? (
            <div className="find-row">
              <input type="text" aria-label={t('find.replacement')} placeholder={t('find.replacement')} value={find.replacement} onChange={(e) => find.setReplacement(e.target.value)} onKeyDown={enter(find.replaceOne)} />
              <button type="button" onClick={find.replaceOne} disabled={!find.current}>{t('find.replace')}</button>
              <button type="button" onClick={find.replaceAll} disabled={find.matches.length === 0}>{t('find.replaceAll')}</button>
            </div>
          ) : null}
          <div className="find-row find-options">
            <label className="find-option"><input type="checkbox" checked={find.options.matchCase} onChange={(e) => find.setOptions({ ...find.options, matchCase: e.target.checked })} />{t('find.matchCase')}</label>
            <label className="find-option"><input type="checkbox" checked={find.options.wholeWord} onChange={(e) => find.setOptions({ ...find.options, wholeWord: e.target.checked })} />{t('find.wholeWord')}</label>
            <span role="status" className="find-status">{find.replacedCount === null ? '' : t('find.replaced', { count: find.replacedCount })}</span>
            {find.canUndoAll ? <button type="button" className="ghost" onClick={find.undoAll}>{t('find.undoReplaceAll')}</button> : null}
          </div>
        </div>
      ) : null}
    </div>
  );
}
