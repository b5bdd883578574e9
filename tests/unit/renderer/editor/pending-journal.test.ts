import { describe, expect, it } from 'vitest';
import { clearPending, readPending, writePending } from '../../../../renderer/src/editor/pending-journal';

/** localStorage as a Map (the journal needs nothing else of it). */
function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (k) => items.get(k) ?? null,
    key: (i) => [...items.keys()][i] ?? null,
    removeItem: (k) => void items.delete(k),
    setItem: (k, v) => void items.set(k, v),
  };
}

describe('pending journal', () => {
  it('gives back unconfirmed typing after a reload, on the stored revision', () => {
    const storage = memoryStorage();
    writePending(storage, 'a1', { baseRev: 4, changes: { teaser: 'Getippt, nicht bestätigt' } });
    expect(readPending(storage, 'a1', 4)).toEqual({ baseRev: 4, changes: { teaser: 'Getippt, nicht bestätigt' } });
  });

  it('keeps the typing when sync moved the article on meanwhile: rebased onto the new revision, not dropped', () => {
    const storage = memoryStorage();
    writePending(storage, 'a1', { baseRev: 4, changes: { headline: 'Hafen wächst rasant' } });
    expect(readPending(storage, 'a1', 6)).toEqual({ baseRev: 6, changes: { headline: 'Hafen wächst rasant' } });
  });

  it('drops an unreadable or empty journal, and nothing is left once cleared', () => {
    const storage = memoryStorage();
    storage.setItem('copydesk.pending.a1', '{not json');
    expect(readPending(storage, 'a1', 1)).toBeNull();
    expect(storage.getItem('copydesk.pending.a1')).toBeNull();
    writePending(storage, 'a2', { baseRev: 1, changes: {} });
    expect(readPending(storage, 'a2', 1)).toBeNull();
    writePending(storage, 'a3', { baseRev: 1, changes: { source: 'dpa' } });
    clearPending(storage, 'a3');
    expect(readPending(storage, 'a3', 1)).toBeNull();
  });
});
