import type { Locator, Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import type { WebShell } from './support/web-shell';

const para = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });
const body = { type: 'doc', content: Array.from({ length: 8 }, (_, i) => para(`${i + 1}. Der Stadtrat hat die Pläne für das neue Radnetz am Dienstag mit großer Mehrheit beschlossen.`)) };

async function openSeeded(page: Page, shell: WebShell, headline: string): Promise<string> {
  const created = await shell.call<{ id: string; rev: number }>('articles.create', {});
  const saved = await shell.call('articles.save', { id: created.value!.id, baseRev: created.value!.rev, changes: { headline, section: 'Lokales', author: 'Anna Schmidt', body } });
  expect(saved.ok).toBe(true);
  await page.goto(shell.url);
  await page.getByRole('button', { name: new RegExp(headline) }).click();
  await page.getByRole('radio', { name: 'Desktop', exact: true }).check();
  return created.value!.id;
}

const desktopFrame = (page: Page) => page.locator('iframe[title="Page preview, Desktop (1280 px)"]:not([tabindex="-1"])');
/** How wide the desktop page is drawn on screen (the frame is laid out at 1280 px and scaled to fit). */
const drawnWidth = async (frame: Locator) => (await frame.boundingBox())!.width;
const valueNow = async (separator: Locator) => Number(await separator.getAttribute('aria-valuenow'));

test('the split between editor and preview is dragged by keyboard and pointer, remembered, and reset by a double click', async ({ page, shell }) => {
  await openSeeded(page, shell, 'Radnetz für die Innenstadt');
  const separator = page.getByRole('separator', { name: 'Resize editor and preview' });
  await expect(separator).toHaveAttribute('aria-orientation', 'vertical');
  const frame = desktopFrame(page);
  await expect(frame).toBeVisible();
  const start = await drawnWidth(frame);
  const startValue = await valueNow(separator);
  expect(start).toBeLessThan(600);

  // Keyboard: each Left widens the preview by a step; the frame is drawn larger at once.
  await separator.focus();
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowLeft');
  await expect.poll(() => valueNow(separator)).toBe(startValue - 120);
  await expect.poll(() => drawnWidth(frame)).toBeGreaterThan(start + 100);
  await page.keyboard.press('Home');
  const min = Number(await separator.getAttribute('aria-valuemin'));
  await expect.poll(() => valueNow(separator)).toBe(min);
  await expect(separator).toHaveAttribute('aria-valuetext', /^Preview \d+ px wide$/);
  // At its narrowest the editor still shows its fields whole: nothing runs under the separator.
  const editorFits = () => page.locator('.article-editor').evaluate((el) => ({ right: Math.max(...[...el.querySelectorAll('input, select, textarea, .hint, button')].map((c) => c.getBoundingClientRect().right)), edge: document.querySelector('[role="separator"]')!.getBoundingClientRect().left }));
  await expect.poll(async () => { const f = await editorFits(); return f.right - f.edge; }).toBeLessThanOrEqual(1);
  await page.keyboard.press('End');
  await expect.poll(() => valueNow(separator)).toBe(Number(await separator.getAttribute('aria-valuemax')));
  const narrow = await drawnWidth(frame);
  expect(narrow).toBeLessThan(start);

  // Pointer: drag the separator from its middle to 300 px left of it.
  const before = await valueNow(separator);
  const box = (await separator.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + 100);
  await page.mouse.down();
  await page.mouse.move(box.x - 150, box.y + 100, { steps: 5 });
  await page.mouse.move(box.x - 300, box.y + 100, { steps: 5 });
  await page.mouse.up();
  const dragged = await valueNow(separator);
  expect(Math.abs(dragged - (before - 300 - box.width / 2))).toBeLessThanOrEqual(2);
  await expect.poll(() => drawnWidth(frame)).toBeGreaterThan(narrow + 250);
  const draggedWidth = await drawnWidth(frame);

  // Remembered across a reload.
  await page.reload();
  await page.getByRole('button', { name: /Radnetz für die Innenstadt/ }).click();
  await page.getByRole('radio', { name: 'Desktop', exact: true }).check();
  await expect.poll(() => valueNow(separator)).toBe(dragged);
  await expect.poll(() => drawnWidth(frame)).toBeCloseTo(draggedWidth, -1);

  // A double click puts it back where it started.
  await separator.dblclick();
  await expect.poll(() => valueNow(separator)).toBe(startValue);
  await expect.poll(() => drawnWidth(frame)).toBeCloseTo(start, -1);

  // Held to the window: at its widest, a narrower window still leaves the editor its minimum; wider again, it comes back.
  await separator.focus();
  await page.keyboard.press('Home');
  const widest = await valueNow(separator);
  const panelAtWidest = await separator.getAttribute('aria-valuetext');
  await page.setViewportSize({ width: 1250, height: 900 });
  await expect.poll(() => valueNow(separator)).toBe(widest);
  await expect.poll(async () => { const f = await editorFits(); return f.right - f.edge; }).toBeLessThanOrEqual(1);
  expect(await separator.getAttribute('aria-valuetext')).not.toBe(panelAtWidest);
  await page.setViewportSize({ width: 1400, height: 900 });
  await expect(separator).toHaveAttribute('aria-valuetext', panelAtWidest!);
});

test('the full-width preview covers the workspace and Esc brings the editor back, focus following', async ({ page, shell }) => {
  await openSeeded(page, shell, 'Radnetz in voller Breite');
  const frame = desktopFrame(page);
  await expect(frame).toBeVisible();
  const beside = await drawnWidth(frame);
  await page.getByRole('button', { name: 'Full width', exact: true }).click();
  const back = page.getByRole('button', { name: 'Back to editor' });
  await expect(back).toBeFocused();
  await expect(page.getByLabel('Headline', { exact: true })).toBeHidden();
  await expect(page.getByRole('separator')).toBeHidden();
  await expect.poll(() => drawnWidth(frame)).toBeGreaterThan(Math.max(beside * 1.8, 1000));

  await page.keyboard.press('Escape');
  await expect(page.getByLabel('Headline', { exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Full width', exact: true })).toBeFocused();
  await expect.poll(() => drawnWidth(frame)).toBeCloseTo(beside, -1);

  // The button returns as well, and the draft typed before is still there.
  await page.getByLabel('Headline', { exact: true }).fill('Radnetz, wieder im Editor');
  await page.getByRole('button', { name: 'Full width', exact: true }).click();
  await expect(frame.contentFrame().locator('h1')).toHaveText('Radnetz, wieder im Editor');
  await back.click();
  await expect(page.getByLabel('Headline', { exact: true })).toHaveValue('Radnetz, wieder im Editor');
});

test('the preview opens in a tab of its own that follows the draft live, without the launch token', async ({ page, shell }) => {
  const apiCallsOf = new Map<Page, string[]>();
  page.context().on('request', (r) => {
    if (!r.url().includes('/api/')) return;
    const p = r.frame().page();
    apiCallsOf.set(p, [...(apiCallsOf.get(p) ?? []), r.url()]);
  });
  const id = await openSeeded(page, shell, 'Radnetz im eigenen Tab');
  const [tab] = await Promise.all([page.context().waitForEvent('page'), page.getByRole('button', { name: 'Open in new tab' }).click()]);
  await tab.waitForLoadState();
  expect(new URL(tab.url()).search).toBe(`?view=preview&article=${id}`);
  const tabFrame = tab.locator('iframe[title="Page preview, Desktop (1280 px)"]');
  await expect(tabFrame.contentFrame().locator('h1')).toHaveText('Radnetz im eigenen Tab');
  await expect(tab.getByRole('status')).toHaveText('Follows the editor as you type');
  await expect(tab).toHaveTitle('Preview: Radnetz im eigenen Tab');
  // The page fills the tab: the desktop width is drawn (nearly) at full size.
  expect(await drawnWidth(tabFrame)).toBeGreaterThan(1200);

  await page.getByLabel('Headline', { exact: true }).fill('Radnetz: der Stadtrat stimmt zu');
  await expect(tabFrame.contentFrame().locator('h1')).toHaveText('Radnetz: der Stadtrat stimmt zu');
  await expect(tab).toHaveTitle('Preview: Radnetz: der Stadtrat stimmt zu');

  // Hostile markup typed into the headline stays text in the tab as well.
  await page.getByLabel('Headline', { exact: true }).fill('<img src=x onerror=alert(1)> Radnetz & <b>Co</b>');
  await expect(tabFrame.contentFrame().locator('h1')).toHaveText('<img src=x onerror=alert(1)> Radnetz & <b>Co</b>');
  await expect(tabFrame.contentFrame().locator('h1 img, h1 b')).toHaveCount(0);
  await page.getByLabel('Headline', { exact: true }).fill('Radnetz: der Stadtrat stimmt zu');
  await expect(tabFrame.contentFrame().locator('h1')).toHaveText('Radnetz: der Stadtrat stimmt zu');

  // Device switching and the time control work in the tab on their own.
  await tab.getByRole('radio', { name: 'Phone', exact: true }).check();
  await expect(tab.locator('iframe[title="Page preview, Phone (375 px)"]').contentFrame().locator('h1')).toHaveText('Radnetz: der Stadtrat stimmt zu');
  await tab.getByRole('group', { name: 'Preview time' }).getByLabel('Preview date').fill('2026-06-10');
  await expect(tab.getByRole('button', { name: 'Now' })).toHaveAttribute('aria-pressed', 'false');

  // The tab holds no launch token and makes no contract call: it only listens to the editor.
  expect(tab.url()).not.toContain(shell.token);
  expect(await tab.evaluate(() => JSON.stringify({ ...sessionStorage }))).not.toContain(shell.token);
  expect(apiCallsOf.get(tab) ?? []).toEqual([]);

  // When the editor goes away, the tab says so and keeps the last state.
  await page.close();
  await expect(tab.getByRole('status')).toHaveText(/The editor closed this article/);
  await expect(tab.locator('iframe[title="Page preview, Phone (375 px)"]').contentFrame().locator('h1')).toHaveText('Radnetz: der Stadtrat stimmt zu');
});
