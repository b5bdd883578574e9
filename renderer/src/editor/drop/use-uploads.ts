import { useMemo, useState } from 'react';

/** One image on its way to the media store, or one that was refused (kept until dismissed). */
export interface UploadEntry {
  id: string;
  /** "harbour.png (120 KB)" */
  label: string;
  /** Share sent so far; null while the transport cannot tell (Electron's IPC) or nothing is sent yet. */
  fraction: number | null;
  error: string | null;
}

export interface UploadTracker {
  start(label: string, announcement: string): string;
  progress(id: string, fraction: number): void;
  done(id: string, announcement: string): void;
  fail(id: string, message: string): void;
  dismiss(id: string): void;
}

let nextId = 0;

/** The uploads a field shows, plus the last thing to announce (an upload started or finished; failures are alerts). */
export function useUploads(): { entries: UploadEntry[]; announcement: string; tracker: UploadTracker } {
  const [entries, setEntries] = useState<UploadEntry[]>([]);
  const [announcement, setAnnouncement] = useState('');
  const tracker = useMemo<UploadTracker>(() => {
    const patch = (id: string, change: Partial<UploadEntry>) => setEntries((all) => all.map((e) => (e.id === id ? { ...e, ...change } : e)));
    return {
      start: (label, text) => {
        const id = `upload-${++nextId}`;
        setEntries((all) => [...all, { id, label, fraction: null, error: null }]);
        setAnnouncement(text);
        return id;
      },
      progress: (id, fraction) => patch(id, { fraction }),
      done: (id, text) => {
        setEntries((all) => all.filter((e) => e.id !== id));
        setAnnouncement(text);
      },
      fail: (id, message) => patch(id, { error: message, fraction: null }),
      dismiss: (id) => setEntries((all) => all.filter((e) => e.id !== id)),
    };
  }, []);
  return { entries, announcement, tracker };
}
