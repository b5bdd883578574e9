import type { IpcMainInvokeEvent } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { CALL_NAMES } from '../../../../core/contract/contract';
import { ok, type Result } from '../../../../core/contract/result';
import { registerContractHandlers } from '../../../../electron/main/ipc-registrar';

type Handler = (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<unknown>;

function fakeIpc() {
  const handlers = new Map<string, Handler>();
  return {
    handlers,
    handle: (channel: string, handler: Handler) => {
      if (handlers.has(channel)) throw new Error(`second handler for ${channel}`);
      handlers.set(channel, handler);
    },
    removeHandler: (channel: string) => handlers.delete(channel),
  };
}

const event = (id: number, url: string, parent: unknown = null, frame = true) =>
  ({ sender: { id }, senderFrame: frame ? { parent, url } : null }) as unknown as IpcMainInvokeEvent;

function setup(dispatch = vi.fn(async (name: string, args: unknown): Promise<Result<unknown>> => ok({ name, args }))) {
  const ipc = fakeIpc();
  const afterCall = vi.fn();
  const log = vi.fn();
  const unregister = registerContractHandlers(ipc, { backend: { dispatch }, isOurWebContents: (id) => id === 1, afterCall, log });
  return { ipc, dispatch, afterCall, log, unregister };
}

describe('registerContractHandlers', () => {
  it('registers exactly one copydesk:<name> channel per contract call', () => {
    const { ipc } = setup();
    expect([...ipc.handlers.keys()].sort()).toEqual(CALL_NAMES.map((n) => `copydesk:${n}`).sort());
  });

  it('dispatches calls from our main frame', async () => {
    const { ipc, dispatch, afterCall } = setup();
    const result = await ipc.handlers.get('copydesk:articles.get')!(event(1, 'app://copydesk/index.html'), { id: 'abcdef' });
    expect(result).toEqual({ ok: true, value: { name: 'articles.get', args: { id: 'abcdef' } } });
    expect(dispatch).toHaveBeenCalledWith('articles.get', { id: 'abcdef' });
    expect(afterCall).toHaveBeenCalledWith('articles.get', result);
  });

  it.each([
    ['another webContents', event(2, 'app://copydesk/index.html')],
    ['a subframe', event(1, 'app://copydesk/index.html', { url: 'app://copydesk/' })],
    ['a foreign origin', event(1, 'https://evil.example/')],
    ['a vanished frame', event(1, 'app://copydesk/', null, false)],
  ])('refuses %s with FORBIDDEN and never dispatches', async (_what, e) => {
    const { ipc, dispatch, log } = setup();
    const result = (await ipc.handlers.get('copydesk:settings.get')!(e, {})) as Result<unknown>;
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.code).toBe('FORBIDDEN');
    expect(dispatch).not.toHaveBeenCalled();
    expect(log).toHaveBeenCalled();
  });

  it('turns a throwing dispatch into an INTERNAL result instead of rejecting', async () => {
    const { ipc } = setup(vi.fn(async () => {
      throw new Error('boom');
    }));
    const result = (await ipc.handlers.get('copydesk:tags.list')!(event(1, 'app://copydesk/'), {})) as Result<unknown>;
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
  });

  it('survives a throwing afterCall', async () => {
    const ipc = fakeIpc();
    registerContractHandlers(ipc, {
      backend: { dispatch: async () => ok(1) },
      isOurWebContents: () => true,
      afterCall: () => {
        throw new Error('menu');
      },
      log: () => {},
    });
    await expect(ipc.handlers.get('copydesk:tags.list')!(event(1, 'app://copydesk/'), {})).resolves.toEqual(ok(1));
  });

  it('unregisters every channel', () => {
    const { ipc, unregister } = setup();
    unregister();
    expect(ipc.handlers.size).toBe(0);
  });
});
