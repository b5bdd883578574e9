/**
 * What both targets' HTTP clients share to stay safe against a hostile or broken site: answers
 * are read with a size limit and under the request's timeout (the body too, not only the
 * headers), and redirects are never followed (fetch runs with `redirect: 'manual'`), so the
 * token or password never travels to another host.
 */

/** The most a JSON answer may weigh: anything bigger is refused before it is all read. */
export const MAX_ANSWER_BYTES = 20 * 1024 * 1024;

/** The answer was larger than the limit (reading stopped there). */
export class AnswerTooLarge extends Error {
  constructor(readonly limitBytes: number) {
    super(`the answer is larger than ${Math.round(limitBytes / (1024 * 1024))} MB`);
    this.name = 'AnswerTooLarge';
  }
}

/** Where a redirect answer points (absolute), or null when `res` is not a redirect. */
export function redirectTarget(res: Response, requestUrl: string | URL): string | null {
  if (res.status < 300 || res.status > 399 || res.status === 304) return null;
  const location = res.headers.get('location');
  if (!location) return '(no Location header)';
  try {
    return new URL(location, requestUrl).toString();
  } catch {
    return location;
  }
}

/** Drops an answer's body without reading it (frees the connection). */
export function discardBody(res: Response): void {
  res.body?.cancel().catch(() => undefined);
}

/**
 * Reads a body as UTF-8 text. Rejects with AnswerTooLarge past `limitBytes` (from
 * Content-Length at once, else while streaming) and with `signal.reason` when the signal aborts
 * mid-body (a body that never ends); the stream is cancelled either way.
 */
export async function readBounded(res: Response, signal: AbortSignal, limitBytes = MAX_ANSWER_BYTES): Promise<string> {
  const declared = Number(res.headers.get('content-length') ?? NaN);
  if (Number.isFinite(declared) && declared > limitBytes) {
    discardBody(res);
    throw new AnswerTooLarge(limitBytes);
  }
  if (!res.body) return '';
  const reader = res.body.getReader();
  let onAbort = () => undefined as void;
  const aborted = new Promise<never>((_resolve, reject) => {
    onAbort = () => reject(signal.reason);
    if (signal.aborted) onAbort();
    else signal.addEventListener('abort', onAbort, { once: true });
  });
  aborted.catch(() => undefined);
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await Promise.race([reader.read(), aborted]);
      if (done) break;
      size += value.byteLength;
      if (size > limitBytes) throw new AnswerTooLarge(limitBytes);
      chunks.push(value);
    }
  } catch (err) {
    reader.cancel().catch(() => undefined);
    throw err;
  } finally {
    signal.removeEventListener('abort', onAbort);
  }
  return new TextDecoder().decode(Buffer.concat(chunks));
}
