// @vitest-environment jsdom
import i18next from 'i18next';
import { act, useState } from 'react';
import { beforeAll, describe, expect, it } from 'vitest';
import { setupI18n } from '../../../../renderer/src/i18n/setup';
import { TypedDateTimeField } from '../../../../renderer/src/time-input/TypedDateTimeField';
import { fakeClient, render, settingsAs } from '../workflow/render-helpers';

beforeAll(async () => {
  await setupI18n('de');
});

/** A field with its value kept by a parent, as the forms keep it; `seen` is what the form last got. */
async function field(kind: 'date' | 'time', initial: string) {
  const seen = { value: initial };
  function Host() {
    const [value, setValue] = useState(initial);
    return <TypedDateTimeField kind={kind} label={kind === 'date' ? 'Datum' : 'Uhrzeit'} value={value} onChange={(v) => ((seen.value = v), setValue(v))} />;
  }
  const view = await render(<Host />, fakeClient({}, settingsAs('publisher')).client);
  const input = view.container.querySelector<HTMLInputElement>('input')!;
  const type = (text: string) =>
    act(async () => {
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, text);
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
  const blur = () => act(async () => input.dispatchEvent(new FocusEvent('focusout', { bubbles: true })));
  const key = (k: string) => act(async () => input.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true })));
  const describedText = () =>
    (input.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .map((id) => document.getElementById(id)?.textContent ?? '')
      .join(' ');
  return { view, input, seen, type, blur, key, describedText };
}

describe('TypedDateTimeField', () => {
  it('regression (issue 12): shows German dates as 02.12.2026 and times on the 24-hour clock', async () => {
    const date = await field('date', '2026-12-02');
    expect(date.input.value).toBe('02.12.2026');
    const time = await field('time', '21:27');
    expect(time.input.value).toBe('21:27');
    expect(time.input.type).toBe('text');
    date.view.unmount();
    time.view.unmount();
  });

  it('reads a typed German date for the form and names its format for screen readers', async () => {
    const f = await field('date', '');
    expect(f.input.getAttribute('aria-label')).toBe('Datum');
    expect(f.describedText()).toContain('TT.MM.JJJJ');
    await f.type('3.4.2026');
    expect(f.seen.value).toBe('2026-04-03');
    await f.blur();
    expect(f.input.value).toBe('03.04.2026');
    f.view.unmount();
  });

  it('keeps an impossible date as typed and says why, in German', async () => {
    const f = await field('date', '2026-02-01');
    await f.type('30.02.2026');
    await f.blur();
    expect(f.input.value).toBe('30.02.2026');
    expect(f.input.getAttribute('aria-invalid')).toBe('true');
    expect(f.describedText()).toContain('„30.02.2026“ ist kein Datum. Bitte als TT.MM.JJJJ eingeben');
    expect(f.seen.value).toBe('30.02.2026');
    f.view.unmount();
  });

  it('steps with the arrow keys: a day, a month, 15 minutes, an hour', async () => {
    const d = await field('date', '2026-12-31');
    await d.key('ArrowUp');
    expect([d.input.value, d.seen.value]).toEqual(['01.01.2027', '2027-01-01']);
    await d.key('PageDown');
    expect(d.seen.value).toBe('2026-12-01');
    const t = await field('time', '23:50');
    await t.key('ArrowUp');
    expect(t.seen.value).toBe('00:05');
    await t.key('PageDown');
    expect(t.input.value).toBe('23:05');
    d.view.unmount();
    t.view.unmount();
  });

  it('in English shows 02/12/2026 and reads "9:27 pm" as 21:27', async () => {
    await act(async () => i18next.changeLanguage('en'));
    try {
      const d = await field('date', '2026-12-02');
      expect(d.input.value).toBe('02/12/2026');
      const t = await field('time', '');
      await t.type('9:27 pm');
      await t.blur();
      expect([t.input.value, t.seen.value]).toEqual(['21:27', '21:27']);
      expect(t.describedText()).toContain('HH:MM (24-hour)');
      d.view.unmount();
      t.view.unmount();
    } finally {
      await act(async () => i18next.changeLanguage('de'));
    }
  });
});
