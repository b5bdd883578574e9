// The preload's test.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CALL_NAMES } from '../../../../core/contract/contract';

const electron = vi.hoisted(() => {
  const listeners = new Map<string, Set<(...args: unknown[]) => void>>();
  return {
    exposed: {} as Record<string, unknown>,
    listeners,
    invoke: vi.fn(async (channel: string, args: unknown) => ({ ok: true, value: { channel, args } })),
  };
});

vi.mock('electron', () => ({
  contextBridge: {
    exposeInMainWorld: (key: string, api: unknown) => {
      electron.exposed[key] = api;
    },
  },
  ipcRenderer: {
    invoke: electron.invoke,
    on: (channel: string, listener: (...args: unknown[]) => void) => {
      if (!electron.listeners.has(channel)) electron.listeners.set(channel, new Set());
      electron.listeners.get(channel)!.add(listener);
    },
    removeListener: (channel: string, listener: (...args: unknown[]) => void) => {
      electron.listeners.get(channel)?.delete(listener);
    },
  },
}));

interface Bridge {
  call(name: string, args: unknown): Promise<{ ok: boolean; value?: unknown; error?: { code: string } }>;
  onMenuCommand(cb: (command: string) => void): () => void;
  host: string;
}

const emit = (channel: string, ...args: unknown[]) => electron.listeners.get(channel)?.forEach((l) => l({ sender: 'secret' }, ...args));

describe('preload bridge', () => {
  let bridge: Bridge;
  beforeEach(async () => {
    await import('../../../../electron/preload/preload');
    bridge = electron.exposed.copydesk as Bridge;
    electron.invoke.mockClear();
  });

  it('exposes exactly call, onMenuCommand and host', () => {
    expect(Object.keys(electron.exposed)).toEqual(['copydesk']);
    expect(Object.keys(bridge).sort()).toEqual(['call', 'host', 'onMenuCommand']);
    expect(bridge.host).toBe('electron');
  });

  it('forwards every contract call on its own channel', async () => {
    for (const name of CALL_NAMES) {
      await expect(bridge.call(name, { a: 1 })).resolves.toEqual({ ok: true, value: { channel: `copydesk:${name}`, args: { a: 1 } } });
    }
    expect(electron.invoke).toHaveBeenCalledTimes(CALL_NAMES.length);
  });

  it.each(['nope', 'constructor', '__proto__', 'toString', '', 'copydesk:articles.get'])('refuses %s without touching IPC', async (name) => {
    const result = await bridge.call(name, {});
    expect(result).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CALL' } });
    expect(electron.invoke).not.toHaveBeenCalled();
  });

  it('turns an IPC failure into a Result instead of a rejection', async () => {
    electron.invoke.mockRejectedValueOnce(new Error('No handler registered'));
    await expect(bridge.call('tags.list', {})).resolves.toMatchObject({ ok: false, error: { code: 'UNAVAILABLE' } });
  });

  it('delivers known menu commands without the IPC event, and unsubscribes', () => {
    const seen: unknown[][] = [];
    const off = bridge.onMenuCommand((...args) => seen.push(args));
    emit('copydesk-menu:command', 'save');
    emit('copydesk-menu:command', 'rm -rf');
    expect(seen).toEqual([['save']]);
    off();
    emit('copydesk-menu:command', 'find');
    expect(seen).toEqual([['save']]);
  });
});
