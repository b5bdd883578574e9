import type { BodyAnchor } from '../comments/thread';
import type { BodyTextPositions } from './body-text-positions';

/**
 * Places a body comment in the current body by its quote (when a thread arrives from the
 * site, or the body changed on another machine): the occurrence of the quote nearest to the
 * anchor's old position wins. When the quote is gone (or empty) the thread is kept, marked
 * orphaned, collapsed to its old position (clamped into the body): never dropped.
 */
export function relocateAnchor(anchor: BodyAnchor, body: BodyTextPositions): BodyAnchor {
  const { quote } = anchor;
  let best: { from: number; to: number } | null = null;
  if (quote.length > 0) {
    for (let i = body.text.indexOf(quote); i !== -1; i = body.text.indexOf(quote, i + 1)) {
      const found = { from: body.starts[i]!, to: body.ends[i + quote.length - 1]! };
      if (!best || Math.abs(found.from - anchor.from) < Math.abs(best.from - anchor.from)) best = found;
    }
  }
  if (best && best.to > best.from) {
    const { orphaned: _gone, ...rest } = anchor;
    return { ...rest, from: best.from, to: best.to };
  }
  const at = Math.min(Math.max(0, anchor.from), body.size);
  return { ...anchor, from: at, to: at, orphaned: true };
}
