import type { CopydeskBridge } from '../../../core/contract/bridge';
import type { Result } from '../../../core/contract/result';

/** Per-call options; a transport that cannot report upload progress (IPC) never calls onUploadProgress. */
export interface CallOptions {
  onUploadProgress?(fraction: number): void;
}

/** How a contract call reaches the back end: the preload bridge in Electron, HTTP in the web shell. */
export type Transport = (name: string, args: unknown, options?: CallOptions) => Promise<Result<unknown>>;

declare global {
  interface Window {
    copydesk?: CopydeskBridge;
  }
}

const TOKEN_KEY = 'copydesk.webToken';

/** Reads the launch token from ?token= once, keeps it for this tab and removes it from the address bar. */
export function takeWebToken(location: Location, storage: Storage, history: History): string | null {
  const params = new URLSearchParams(location.search);
  const fromUrl = params.get('token');
  if (fromUrl) {
    storage.setItem(TOKEN_KEY, fromUrl);
    params.delete('token');
    const rest = params.toString();
    history.replaceState(null, '', location.pathname + (rest ? `?${rest}` : '') + location.hash);
    return fromUrl;
  }
  return storage.getItem(TOKEN_KEY);
}

export function httpTransport(token: string | null, fetchImpl: typeof fetch = fetch): Transport {
  return async (name, args, options) => {
    if (options?.onUploadProgress && typeof XMLHttpRequest !== 'undefined') return xhrCall(name, args, token, options.onUploadProgress);
    let response: Response;
    try {
      response = await fetchImpl(`/api/${encodeURIComponent(name)}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-copydesk-token': token ?? '' },
        body: JSON.stringify(args ?? {}),
      });
    } catch {
      return unreachable;
    }
    try {
      return (await response.json()) as Result<unknown>;
    } catch {
      return { ok: false, error: { code: 'UNAVAILABLE', message: `The Copydesk service answered ${response.status} without a result.` } };
    }
  };
}

const unreachable: Result<unknown> = { ok: false, error: { code: 'UNAVAILABLE', message: 'The Copydesk service cannot be reached.' } };

/** fetch cannot report how much of a request body is sent; XMLHttpRequest's upload events can. */
function xhrCall(name: string, args: unknown, token: string | null, onProgress: (fraction: number) => void): Promise<Result<unknown>> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api/${encodeURIComponent(name)}`);
    xhr.setRequestHeader('content-type', 'application/json');
    xhr.setRequestHeader('x-copydesk-token', token ?? '');
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable && e.total > 0) onProgress(e.loaded / e.total);
    };
    xhr.onerror = () => resolve(unreachable);
    xhr.onload = () => {
      try {
        resolve(JSON.parse(xhr.responseText) as Result<unknown>);
      } catch {
        resolve({ ok: false, error: { code: 'UNAVAILABLE', message: `The Copydesk service answered ${xhr.status} without a result.` } });
      }
    };
    xhr.send(JSON.stringify(args ?? {}));
  });
}

export function bridgeTransport(bridge: CopydeskBridge): Transport {
  return (name, args) => bridge.call(name as never, args as never) as Promise<Result<unknown>>;
}
