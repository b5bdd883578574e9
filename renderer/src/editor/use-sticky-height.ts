import { useEffect, useRef } from 'react';

/**
 * Keeps `variable` on the returned element's node set to the height of its `selector` child
 * (the sticky header), so what sticks below it (the body toolbar) sits right under it
 * however many rows the header has at the moment. It is set on the scrolling pane as well:
 * its scroll padding keeps a focused field from scrolling in under the header.
 */
export function useStickyHeight<T extends HTMLElement>(selector: string, variable: string) {
  const ref = useRef<T>(null);
  useEffect(() => {
    const root = ref.current;
    const target = root?.querySelector<HTMLElement>(selector);
    if (!root || !target || typeof ResizeObserver === 'undefined') return;
    const pane = scrollingAncestor(root);
    const observer = new ResizeObserver(() => {
      for (const el of [root, pane]) el?.style.setProperty(variable, `${target.offsetHeight}px`);
    });
    observer.observe(target);
    return () => observer.disconnect();
  }, [selector, variable]);
  return ref;
}

function scrollingAncestor(el: HTMLElement): HTMLElement | null {
  for (let p = el.parentElement; p; p = p.parentElement) if (/auto|scroll/.test(getComputedStyle(p).overflowY)) return p;
  return null;
}
