import { act, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import type { Settings } from '../../../../core/contract/contract';
import type { Client } from '../../../../renderer/src/client/client';
import { ClientContext } from '../../../../renderer/src/client/context';

(globalThis as Record<string, unknown>).IS_REACT_ACT_ENVIRONMENT = true;

export type Handler = (args: Record<string, unknown>) => unknown;

/** A client whose calls answer from `handlers` (ok) and record what was called. */
export function fakeClient(handlers: Record<string, Handler>, settings: Settings) {
  const calls: Array<{ name: string; args: Record<string, unknown> }> = [];
  const client: Client = {
    host: 'web',
    onMenuCommand: () => () => {},
    call: (async (name: string, args: Record<string, unknown>) => {
      calls.push({ name, args });
      if (name === 'settings.get') return { ok: true, value: settings };
      const handler = handlers[name];
      if (!handler) return { ok: false, error: { code: 'UNKNOWN_CALL', message: name } };
      const value = await handler(args);
      return value && typeof value === 'object' && 'ok' in value ? value : { ok: true, value };
    }) as Client['call'],
  };
  return { client, calls };
}

export async function render(node: ReactNode, client: Client): Promise<{ root: Root; container: HTMLElement; rerender(next: ReactNode): Promise<void>; unmount(): void }> {
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  await act(async () => root.render(<ClientContext.Provider value={client}>{node}</ClientContext.Provider>));
  await act(async () => {
    await new Promise((r) => setTimeout(r, 0));
  });
  return {
    root,
    container,
    rerender: async (next) => {
      await act(async () => root.render(<ClientContext.Provider value={client}>{next}</ClientContext.Provider>));
    },
    unmount: () => {
      act(() => root.unmount());
      container.remove();
    },
  };
}

export const settingsAs = (role: Settings['profile']['role'], name = 'Anna Schmidt'): Settings => ({
  uiLanguage: 'en',
  siteTimeZone: 'Europe/Berlin',
  defaultLanguage: 'de',
  profile: { name, role },
});
