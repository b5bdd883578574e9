import { useEffect } from 'react';

/**
 * Keyboard shortcuts that also work in a browser (where Ctrl+N belongs to the browser):
 * Ctrl+Alt+N new article, Ctrl+S save now, Ctrl+Shift+F or "/" to search.
 * In Electron the application menu sends the same commands with the native accelerators.
 */
export function useShortcuts(actions: { newArticle(): void; saveNow(): void; find(): void }) {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const mod = e.ctrlKey || e.metaKey;
      const key = e.key.toLowerCase();
      const typing = e.target instanceof HTMLElement && (e.target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(e.target.tagName));
      if (mod && e.altKey && key === 'n') {
        e.preventDefault();
        actions.newArticle();
      } else if (mod && !e.altKey && key === 's') {
        e.preventDefault();
        actions.saveNow();
      } else if ((mod && e.shiftKey && key === 'f') || (key === '/' && !typing && !mod)) {
        e.preventDefault();
        actions.find();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [actions]);
}
