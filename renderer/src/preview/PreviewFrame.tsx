import { useCallback, useEffect, useRef, useState } from 'react';
import { fitScale } from './preview-model';

interface Props {
  html: string;
  widthPx: number;
  title: string;
  /** Extra wait before a new page is shown, so several frames do not reload in the same moment. */
  staggerMs?: number;
}

/**
 * One page preview: a sandboxed srcdoc frame laid out at its true width and scaled down to fit.
 * The sandbox allows same-origin (so the app can measure heights) but no scripts, forms,
 * popups or navigation; the page's own CSP forbids scripts as well.
 */
export function PreviewFrame({ html, widthPx, title, staggerMs = 0 }: Props) {
  const boxRef = useRef<HTMLDivElement>(null);
  const frameRef = useRef<HTMLIFrameElement>(null);
  const [available, setAvailable] = useState(widthPx);
  const [height, setHeight] = useState(600);
  const [shown, setShown] = useState(html);

  useEffect(() => {
    const box = boxRef.current;
    if (!box) return;
    const observer = new ResizeObserver(() => setAvailable(box.clientWidth));
    observer.observe(box);
    setAvailable(box.clientWidth);
    return () => observer.disconnect();
  }, []);

  // Reloading a frame costs a parse and a layout on the main thread: do it when the browser is idle.
  useEffect(() => {
    if (html === shown) return;
    let idle: number | null = null;
    const timer = window.setTimeout(() => {
      const show = () => setShown(html);
      idle = typeof window.requestIdleCallback === 'function' ? window.requestIdleCallback(show, { timeout: 1000 }) : window.setTimeout(show, 0);
    }, staggerMs);
    return () => {
      window.clearTimeout(timer);
      if (idle !== null) (typeof window.cancelIdleCallback === 'function' ? window.cancelIdleCallback : window.clearTimeout)(idle);
    };
  }, [html, shown, staggerMs]);

  const relayout = useCallback(() => {
    const doc = frameRef.current?.contentDocument;
    if (!doc?.documentElement) return;
    setHeight(Math.max(200, Math.ceil(doc.documentElement.getBoundingClientRect().height)));
  }, []);

  const onLoad = useCallback(() => {
    const doc = frameRef.current?.contentDocument;
    if (!doc) return;
    // Links inside the preview go nowhere: the page is a picture of the site, not a browser.
    doc.addEventListener('click', (e) => {
      if ((e.target as Element | null)?.closest?.('a, area')) e.preventDefault();
    });
    doc.addEventListener('load', relayout, true);
    relayout();
  }, [relayout]);

  // The box's 1 px border on each side.
  const scale = fitScale(widthPx, available - 2);
  return (
    // The slot takes the full width it is given; the bordered box inside shrinks to the scaled page.
    <div ref={boxRef} className="preview-frame-slot">
      <div className="preview-frame-box">
        <div className="preview-frame-scaler" style={{ width: widthPx * scale, height: height * scale }}>
          <iframe
            ref={frameRef}
            className="preview-frame"
            title={title}
            sandbox="allow-same-origin"
            referrerPolicy="no-referrer"
            srcDoc={shown}
            data-width={widthPx}
            style={{ width: widthPx, height, transform: scale < 1 ? `scale(${scale})` : undefined }}
            onLoad={onLoad}
          />
        </div>
      </div>
    </div>
  );
}
