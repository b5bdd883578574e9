// @vitest-environment jsdom
import { act } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { Client } from '../../../../renderer/src/client/client';
import { createPolledStore } from '../../../../renderer/src/client/polled-store';
import { fakeClient, render, settingsAs } from '../workflow/render-helpers';

const pause = (ms: number) => act(() => new Promise<void>((r) => setTimeout(r, ms)));

describe('a polled store', () => {
  it('asks once for all who show it, keeps the value when a call fails, and stops when nobody shows it', async () => {
    let answer: number | Error = 1;
    const read = vi.fn(async () => {
      if (answer instanceof Error) throw answer;
      return answer;
    });
    const store = createPolledStore(0, 40, read);
    const Show = ({ client, label }: { client: Client; label: string }) => <span>{`${label}:${store.use(client)}`}</span>;
    const { client } = fakeClient({}, settingsAs('editor'));
    const view = await render(
      <>
        <Show client={client} label="bell" />
        <Show client={client} label="screen" />
      </>,
      client,
    );
    await pause(10);
    expect(view.container.textContent).toBe('bell:1screen:1');
    expect(read).toHaveBeenCalledTimes(1); // two components, one call

    answer = new Error('offline');
    await pause(60);
    expect(read.mock.calls.length).toBeGreaterThanOrEqual(2);
    expect(view.container.textContent).toBe('bell:1screen:1');

    answer = 7;
    await pause(100);
    expect(view.container.textContent).toBe('bell:7screen:7');

    view.unmount();
    await pause(50);
    const calls = read.mock.calls.length;
    await pause(150);
    expect(read).toHaveBeenCalledTimes(calls);
  });
});
