// @vitest-environment jsdom
import { act, useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { GrowingTextarea } from '../../../../renderer/src/editor/GrowingTextarea';
import { fakeClient, render, settingsAs } from '../workflow/render-helpers';

function Field({ oneParagraph, onEnter }: { oneParagraph?: boolean; onEnter?(): void }) {
  const [value, setValue] = useState('Hafen meldet');
  return <GrowingTextarea aria-label="Headline" value={value} onChange={setValue} oneParagraph={oneParagraph} onEnter={onEnter} />;
}

const { client } = fakeClient({}, settingsAs('editor'));
const key = (el: HTMLElement, k: string) => el.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true }));
function paste(el: HTMLTextAreaElement, text: string): boolean {
  const event = new Event('paste', { bubbles: true, cancelable: true }) as Event & { clipboardData: unknown };
  event.clipboardData = { getData: (type: string) => (type === 'text/plain' ? text : '') };
  return el.dispatchEvent(event);
}

describe('GrowingTextarea', () => {
  it('a one-paragraph field: Enter adds no line break and moves on; pasted line breaks become spaces at the caret', async () => {
    const onEnter = vi.fn();
    const view = await render(<Field oneParagraph onEnter={onEnter} />, client);
    const area = view.container.querySelector('textarea')!;
    expect(area.rows).toBe(1);
    let defaultKept = true;
    await act(async () => {
      defaultKept = key(area, 'Enter');
    });
    expect(defaultKept).toBe(false);
    expect(onEnter).toHaveBeenCalledOnce();
    area.setSelectionRange(5, 5);
    await act(async () => {
      paste(area, ' Rekord\r\numschlag\n');
    });
    expect(area.value).toBe('Hafen Rekord umschlag  meldet');
    view.unmount();
  });

  it('a teaser keeps its line breaks: Enter and paste are left to the browser', async () => {
    const view = await render(<Field />, client);
    const area = view.container.querySelector('textarea')!;
    expect(key(area, 'Enter')).toBe(true);
    expect(paste(area, 'a\nb')).toBe(true);
    expect(area.className).toContain('growing-textarea');
    view.unmount();
  });
});
