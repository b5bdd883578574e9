// @vitest-environment jsdom
import { act } from 'react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { setupI18n } from '../../../../renderer/src/i18n/setup';
import { ZonedTimeForm } from '../../../../renderer/src/workflow/ZonedTimeForm';
import { fakeClient, render, settingsAs } from './render-helpers';

beforeAll(async () => {
  await setupI18n('de');
});

async function form(date: string, time: string) {
  const onSubmit = vi.fn();
  const view = await render(
    <ZonedTimeForm timeZone="Europe/Berlin" initialDate={date} initialTime={time} submitLabel="OK" onSubmit={onSubmit} />,
    fakeClient({}, settingsAs('publisher')).client,
  );
  const submit = async () => act(async () => view.container.querySelector<HTMLButtonElement>('button[type="submit"]')!.click());
  return { view, onSubmit, submit };
}

describe('ZonedTimeForm (German UI)', () => {
  it('refuses 02:30 on the night the clocks go forward, with the reason', async () => {
    const { view, onSubmit, submit } = await form('2026-03-29', '02:30');
    await submit();
    expect(onSubmit).not.toHaveBeenCalled();
    expect(view.container.querySelector('[role="alert"]')?.textContent).toMatch(/02:30 Uhr gibt es am 29\.03\.2026 in Europe\/Berlin nicht/);
    view.unmount();
  });

  it('asks which 02:30 is meant on the night the clocks go back and submits the chosen instant', async () => {
    const { view, onSubmit, submit } = await form('2026-10-25', '02:30');
    await submit();
    const radios = view.container.querySelectorAll<HTMLInputElement>('input[type="radio"]');
    expect([...radios].map((r) => r.parentElement!.textContent)).toEqual(['erste (MESZ, UTC+2)', 'zweite (MEZ, UTC+1)']);
    await act(async () => radios[0]!.click());
    await submit();
    expect(onSubmit).toHaveBeenCalledWith('2026-10-25T00:30:00.000Z');
    view.unmount();
  });

  it('turns an ordinary site time into UTC', async () => {
    const { view, onSubmit, submit } = await form('2026-07-01', '09:00');
    await submit();
    expect(onSubmit).toHaveBeenCalledWith('2026-07-01T07:00:00.000Z');
    view.unmount();
  });

  it('takes an optional embargo and expiry in the site zone and refuses an expiry before the release', async () => {
    const onSubmit = vi.fn();
    const view = await render(
      <ZonedTimeForm timeZone="Europe/Berlin" initialDate="2026-07-01" initialTime="09:00" submitLabel="OK" window={{}} onSubmit={onSubmit} />,
      fakeClient({}, settingsAs('publisher')).client,
    );
    const input = (label: string) => view.container.querySelector<HTMLInputElement>(`input[aria-label="${label}"]`)!;
    const type = async (el: HTMLInputElement, value: string) =>
      act(async () => {
        Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(el, value);
        el.dispatchEvent(new Event('input', { bubbles: true }));
      });
    const submit = async () => act(async () => view.container.querySelector<HTMLButtonElement>('button[type="submit"]')!.click());
    await type(input('Ablaufdatum'), '2026-06-30');
    await type(input('Ablaufzeit'), '12:00');
    await submit();
    expect(onSubmit).not.toHaveBeenCalled();
    expect(view.container.querySelector('[role="alert"]')?.textContent).toBeTruthy();

    await type(input('Ablaufdatum'), '2026-07-08');
    await type(input('Sperrfrist Datum'), '2026-07-01');
    await type(input('Sperrfrist Uhrzeit'), '08:00');
    await submit();
    expect(onSubmit).toHaveBeenCalledWith('2026-07-01T07:00:00.000Z', { embargoUntil: '2026-07-01T06:00:00.000Z', expireAt: '2026-07-08T10:00:00.000Z' });
    view.unmount();
  });

  it('regression (issue 12): in the evening it proposes tomorrow 06:00 in the site zone, shown as 03.12.2026 and 06:00', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-12-02T20:27:00Z')); // 21:27 in Berlin
    try {
      const onSubmit = vi.fn();
      const view = await render(<ZonedTimeForm timeZone="Europe/Berlin" submitLabel="OK" onSubmit={onSubmit} />, fakeClient({}, settingsAs('publisher')).client);
      const [date, time] = [...view.container.querySelectorAll<HTMLInputElement>('.zoned-fields input')];
      expect([date!.value, time!.value]).toEqual(['03.12.2026', '06:00']);
      await act(async () => view.container.querySelector<HTMLButtonElement>('button[type="submit"]')!.click());
      expect(onSubmit).toHaveBeenCalledWith('2026-12-03T05:00:00.000Z');
      view.unmount();
    } finally {
      vi.useRealTimers();
    }
  });
});
