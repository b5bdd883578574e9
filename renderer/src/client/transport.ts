import type { CopydeskBridge } from '../../../core/contract/bridge';
import type { Result } from '../../../core/contract/result';

/** How a contract call reaches the back end: the preload bridge in Electron, HTTP in the web shell. */
export type Transport = (name: string, args: unknown) => Promise<Result<unknown>>;

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
  return async (name, args) => {
    let response: Response;
    try {
      response = await fetchImpl(`/api/${encodeURIComponent(name)}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-copydesk-token': token ?? '' },
        body: JSON.stringify(args ?? {}),
      });
    } catch {
      return { ok: false, error: { code: 'UNAVAILABLE', message: 'The Copydesk service cannot be reached.' } };
    }
    try {
      return (await response.json()) as Result<unknown>;
    } catch {
      return { ok: false, error: { code: 'UNAVAILABLE', message: `The Copydesk service answered ${response.status} without a result.` } };
    }
  };
}

export function bridgeTransport(bridge: CopydeskBridge): Transport {
  return (name, args) => bridge.call(name as never, args as never) as Promise<Result<unknown>>;
}
