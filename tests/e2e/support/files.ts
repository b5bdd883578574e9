import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { fixtureImage } from './editor';

export interface FileBytes {
  name: string;
  type: string;
  base64: string;
}

export const imageFile = (fixture: string, name = fixture): FileBytes => ({ name, type: 'image/png', base64: readFileSync(fixtureImage(fixture)).toString('base64') });

/**
 * Drops files on `target` as a browser does when files are dragged from the desktop:
 * dragenter, dragover and drop with a DataTransfer holding Files, at a point inside the target
 * (offset from its top left corner).
 */
export async function dropFiles(target: Locator, files: FileBytes[], offset = { x: 4, y: 4 }): Promise<void> {
  const box = (await target.boundingBox())!;
  await target.evaluate(
    (el, { files: list, x, y }) => {
      const transfer = new DataTransfer();
      for (const f of list) transfer.items.add(new File([Uint8Array.from(atob(f.base64), (c) => c.charCodeAt(0))], f.name, { type: f.type }));
      for (const type of ['dragenter', 'dragover', 'drop']) {
        el.dispatchEvent(new DragEvent(type, { dataTransfer: transfer, clientX: x, clientY: y, bubbles: true, cancelable: true }));
      }
    },
    { files, x: box.x + offset.x, y: box.y + offset.y },
  );
}

/** Pastes files (and no text) into the focused element, as after "Copy image" in a browser. */
export async function pasteFiles(page: Page, files: FileBytes[]): Promise<void> {
  await page.evaluate((list) => {
    const transfer = new DataTransfer();
    for (const f of list) transfer.items.add(new File([Uint8Array.from(atob(f.base64), (c) => c.charCodeAt(0))], f.name, { type: f.type }));
    document.activeElement!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
  }, files);
}

/** Holds every media.put until release() is called, so that a test can act while uploads run. */
export async function holdUploads(page: Page): Promise<{ release(): void; held(): number }> {
  let release: () => void = () => {};
  const gate = new Promise<void>((resolve) => (release = resolve));
  let held = 0;
  await page.route('**/api/media.put', async (route) => {
    held++;
    await gate;
    await route.continue();
  });
  return { release: () => release(), held: () => held };
}
