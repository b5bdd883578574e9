import { useEffect, useRef, useState } from 'react';
import { buildPreview, type PreviewInput, type PreviewOutput } from './preview-model';

/** How long typing must pause before the page is rendered again. */
export const PREVIEW_DEBOUNCE_MS = 400;

/** Time spent rendering the page (placement + HTML) off the keystroke path. */
export interface RenderStats {
  count: number;
  lastMs: number;
  maxMs: number;
}

/**
 * Renders the page from the live draft when the editor is idle: after a pause in typing, in an
 * idle callback, so a keystroke never waits for placement or HTML. The first render runs at once.
 */
export function useIdlePreview(input: PreviewInput | null): { output: PreviewOutput | null; stats: RenderStats; error: string | null } {
  const [output, setOutput] = useState<PreviewOutput | null>(null);
  const [error, setError] = useState<string | null>(null);
  const stats = useRef<RenderStats>({ count: 0, lastMs: 0, maxMs: 0 });
  const first = useRef(true);

  useEffect(() => {
    if (!input) return;
    let idle: number | null = null;
    const run = () => {
      idle = null;
      const started = performance.now();
      try {
        setOutput(buildPreview(input));
        setError(null);
      } catch (err) {
        setError(err instanceof Error ? err.message : String(err));
      }
      const ms = performance.now() - started;
      const s = stats.current;
      stats.current = { count: s.count + 1, lastMs: ms, maxMs: Math.max(s.maxMs, ms) };
    };
    const delay = first.current ? 0 : PREVIEW_DEBOUNCE_MS;
    first.current = false;
    const timer = window.setTimeout(() => {
      idle = typeof window.requestIdleCallback === 'function' ? window.requestIdleCallback(run, { timeout: 500 }) : window.setTimeout(run, 0);
    }, delay);
    return () => {
      window.clearTimeout(timer);
      if (idle !== null) {
        if (typeof window.cancelIdleCallback === 'function') window.cancelIdleCallback(idle);
        else window.clearTimeout(idle);
      }
    };
  }, [input]);

  return { output, stats: stats.current, error };
}
