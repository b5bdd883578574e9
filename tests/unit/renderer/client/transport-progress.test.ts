import { afterEach, describe, expect, it, vi } from 'vitest';
import { bridgeTransport, httpTransport } from '../../../../renderer/src/client/transport';

/** Just enough of XMLHttpRequest: sends, reports upload progress in two steps, answers. */
class FakeXhr {
  static last: FakeXhr | null = null;
  upload: { onprogress: ((e: { lengthComputable: boolean; loaded: number; total: number }) => void) | null } = { onprogress: null };
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  status = 200;
  responseText = '';
  url = '';
  headers: Record<string, string> = {};
  body = '';
  open(_method: string, url: string) {
    this.url = url;
  }
  setRequestHeader(name: string, value: string) {
    this.headers[name] = value;
  }
  send(body: string) {
    this.body = body;
    FakeXhr.last = this;
  }
}

afterEach(() => vi.unstubAllGlobals());

describe('upload progress', () => {
  it('goes through XMLHttpRequest in the web shell and reports the share sent', async () => {
    vi.stubGlobal('XMLHttpRequest', FakeXhr);
    const seen: number[] = [];
    const fetchImpl = vi.fn();
    const call = httpTransport('tok', fetchImpl as never)('media.put', { fileName: 'a.png', dataBase64: 'AAAA' }, { onUploadProgress: (f) => seen.push(f) });
    const xhr = FakeXhr.last!;
    expect([xhr.url, xhr.headers['x-copydesk-token'], JSON.parse(xhr.body).fileName]).toEqual(['/api/media.put', 'tok', 'a.png']);
    xhr.upload.onprogress!({ lengthComputable: true, loaded: 50, total: 200 });
    xhr.upload.onprogress!({ lengthComputable: true, loaded: 200, total: 200 });
    xhr.responseText = JSON.stringify({ ok: true, value: { id: 'x.png', mime: 'image/png', bytes: 3 } });
    xhr.onload!();
    expect(await call).toEqual({ ok: true, value: { id: 'x.png', mime: 'image/png', bytes: 3 } });
    expect(seen).toEqual([0.25, 1]);
    expect(fetchImpl).not.toHaveBeenCalled();
  });

  it('says the service cannot be reached when the request fails, and calls without progress still use fetch', async () => {
    vi.stubGlobal('XMLHttpRequest', FakeXhr);
    const failed = httpTransport(null)('media.put', {}, { onUploadProgress: () => {} });
    FakeXhr.last!.onerror!();
    expect(await failed).toMatchObject({ ok: false, error: { code: 'UNAVAILABLE' } });
    const fetchImpl = vi.fn(async () => new Response(JSON.stringify({ ok: true, value: 1 })));
    expect(await httpTransport(null, fetchImpl as never)('articles.list', {})).toEqual({ ok: true, value: 1 });
  });

  it('in Electron the bridge cannot tell progress: it is never reported (the UI shows an indeterminate bar)', async () => {
    const onUploadProgress = vi.fn();
    const bridge = { call: vi.fn(async () => ({ ok: true, value: {} })), onMenuCommand: vi.fn() };
    await bridgeTransport(bridge as never)('media.put', {}, { onUploadProgress });
    expect(bridge.call).toHaveBeenCalledWith('media.put', {});
    expect(onUploadProgress).not.toHaveBeenCalled();
  });
});
