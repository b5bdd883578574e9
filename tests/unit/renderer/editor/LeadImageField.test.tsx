// @vitest-environment jsdom
import { act, useRef, useState } from 'react';
import { beforeAll, describe, expect, it } from 'vitest';
import type { LeadImage } from '../../../../core/article/article';
import { LeadImageField } from '../../../../renderer/src/editor/LeadImageField';
import type { UploadImage } from '../../../../renderer/src/editor/image-upload';
import { setupI18n } from '../../../../renderer/src/i18n/setup';
import { fakeClient, render, settingsAs } from '../workflow/render-helpers';

beforeAll(async () => {
  await setupI18n('en');
});

let latest: LeadImage;
/** Holds the lead image the way ArticleEditor's draft does: each change applied to the newest value. */
function Harness({ upload }: { upload: UploadImage }) {
  const [value, setValue] = useState<LeadImage>({ mediaId: null, alt: '', credit: '' });
  const ref = useRef(value);
  latest = ref.current;
  return (
    <LeadImageField
      value={value}
      upload={upload}
      onChange={(change) => {
        ref.current = change(ref.current);
        latest = ref.current;
        setValue(ref.current);
      }}
    />
  );
}

function type(input: HTMLInputElement, text: string) {
  Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, text);
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

describe('LeadImageField', () => {
  it('keeps the credit and alt text typed while the image uploads', async () => {
    let finish: (v: { mediaId: string; src: string }) => void = () => {};
    const upload: UploadImage = () => new Promise((resolve) => (finish = resolve));
    const view = await render(<Harness upload={upload} />, fakeClient({}, settingsAs('editor')).client);
    const file = view.container.querySelector<HTMLInputElement>('#field-lead-image')!;
    Object.defineProperty(file, 'files', { value: [new File([new Uint8Array([1])], 'hafen.png', { type: 'image/png' })], configurable: true });
    await act(async () => void file.dispatchEvent(new Event('change', { bubbles: true })));
    expect(view.container.querySelector('.upload-running')?.textContent).toContain('Uploading… hafen.png (1 KB)');

    await act(async () => type(view.container.querySelector<HTMLInputElement>('#field-image-credit')!, 'dpa / Max Mustermann'));
    await act(async () => type(view.container.querySelector<HTMLInputElement>('#field-lead-alt')!, 'Der Hafen'));
    await act(async () => finish({ mediaId: 'abc.png', src: '/media/abc.png' }));

    expect(latest).toEqual({ mediaId: 'abc.png', alt: 'Der Hafen', credit: 'dpa / Max Mustermann' });
    expect(view.container.querySelector<HTMLInputElement>('#field-image-credit')!.value).toBe('dpa / Max Mustermann');
    expect(view.container.querySelector('.lead-image-drop img')?.getAttribute('src')).toBe('/media/abc.png');
    expect(view.container.querySelector('.upload-running')).toBeNull();
    view.unmount();
  });

  it('says which file was refused and leaves the image as it was', async () => {
    const view = await render(<Harness upload={async () => null} />, fakeClient({}, settingsAs('editor')).client);
    const file = view.container.querySelector<HTMLInputElement>('#field-lead-image')!;
    Object.defineProperty(file, 'files', { value: [new File([new Uint8Array([1])], 'kaputt.png', { type: 'image/png' })], configurable: true });
    await act(async () => void file.dispatchEvent(new Event('change', { bubbles: true })));
    expect(view.container.querySelector('[role="alert"]')?.textContent).toBe('kaputt.png (1 KB): not uploaded; the reason is shown at the top of the window.Dismiss');
    expect(latest.mediaId).toBeNull();
    view.unmount();
  });
});
