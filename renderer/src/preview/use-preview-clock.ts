import { useEffect, useMemo, useState } from 'react';

/**
 * The moment the preview shows: a fixed time the reviewer chose, or "now", which follows the
 * clock minute by minute, so a preview left open crosses 21:00 like the site.
 */
export function usePreviewClock(initialFixedAt: string | null): { at: Date; fixedAt: string | null; setFixedAt(at: string | null): void } {
  const [fixedAt, setFixedAt] = useState<string | null>(initialFixedAt);
  const [nowTick, setNowTick] = useState(() => Date.now());
  useEffect(() => {
    if (fixedAt) return;
    const timer = window.setInterval(() => setNowTick(Date.now()), 60_000);
    return () => window.clearInterval(timer);
  }, [fixedAt]);
  const at = useMemo(() => (fixedAt ? new Date(fixedAt) : new Date(nowTick)), [fixedAt, nowTick]);
  return { at, fixedAt, setFixedAt };
}
