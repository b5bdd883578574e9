import { useEffect, useRef, useState } from 'react';
import type { ArticleFields } from '../../../core/article/article';
import type { AdEvaluation } from '../../../core/contract/calls/ads';
import type { Client } from '../client/client';

const EVALUATE_DEBOUNCE_MS = 400;

/**
 * The back end runs the same placement and every policy on the draft at the preview time, after a
 * pause in typing; an answer a newer request overtook is dropped. `refresh` re-runs it
 * (the ad configuration or the measured layout changed).
 */
export function usePreviewEvaluation(client: Client, articleId: string, draft: ArticleFields, at: Date, ready: boolean, refresh: unknown): { evaluation: AdEvaluation | null; error: string | null } {
  const [evaluation, setEvaluation] = useState<AdEvaluation | null>(null);
  const [error, setError] = useState<string | null>(null);
  const seqRef = useRef(0);
  useEffect(() => {
    if (!ready) return;
    const seq = ++seqRef.current;
    const timer = window.setTimeout(() => {
      void client.call('preview.evaluate', { id: articleId, at: at.toISOString(), fields: draft }).then((r) => {
        if (seq !== seqRef.current) return;
        if (r.ok) {
          setEvaluation(r.value);
          setError(null);
        } else setError(r.error.message);
      });
    }, EVALUATE_DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [client, articleId, draft, at, ready, refresh]);
  return { evaluation, error };
}
