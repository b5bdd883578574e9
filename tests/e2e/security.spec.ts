import { request } from 'node:http';
import { body, expectSaved, newArticle } from './support/editor';
import { expect, test } from './support/fixtures';

const HOSTILE = [
  '<p>Harmlos <b>fett</b><img src="http://127.0.0.2:9/pixel.png" onerror="window.__pwned=1;alert(1)">',
  '<script>window.__pwned=2;alert(2)</script>',
  '<a href="javascript:window.__pwned=3" onclick="alert(3)">klick mich</a>',
  '<iframe src="http://127.0.0.2:9/frame"></iframe><style>body{display:none}</style>',
  '<svg onload="alert(4)"><circle r="4"/></svg><form action="http://127.0.0.2:9/"><input name="q"></form></p>',
  '<p style="color:red" class="MsoNormal">Word-Absatz<o:p></o:p></p>',
].join('');

test('hostile HTML pasted into the body or typed into the headline does not execute', async ({ page, shell }) => {
  const dialogs: string[] = [];
  const foreignRequests: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('request', (r) => {
    if (!r.url().startsWith(shell.origin) && !r.url().startsWith('data:')) foreignRequests.push(r.url());
  });
  await page.goto(shell.url);
  await newArticle(page);
  await page.getByLabel('Headline', { exact: true }).fill('<img src=x onerror="window.__pwned=5;alert(5)"><script>alert(6)</script>');
  await body(page).click();
  await body(page).evaluate((el, html) => {
    const data = new DataTransfer();
    data.setData('text/html', html);
    data.setData('text/plain', 'Harmlos fett klick mich');
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, HOSTILE);
  await expectSaved(page);

  const editor = body(page);
  await expect(editor).toContainText('Harmlos');
  await expect(editor).toContainText('klick mich');
  await expect(editor).toContainText('Word-Absatz');
  await expect(editor.locator('strong')).toHaveText('fett');
  await expect(editor.locator('script, iframe, img, svg, form, style, [onerror], [onclick], [style]')).toHaveCount(0);
  await expect(editor.locator('a[href^="javascript"]')).toHaveCount(0);
  // The headline is text, shown as text in the list and never parsed as HTML.
  await expect(page.getByRole('navigation', { name: 'Articles' }).locator('.item-title')).toHaveText('<img src=x onerror="window.__pwned=5;alert(5)"><script>alert(6)</script>');

  // And after a reload from the stored copy, nothing runs either.
  await page.reload();
  await page.getByRole('navigation', { name: 'Articles' }).locator('.item').first().click();
  await expect(body(page)).toContainText('Word-Absatz');
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(dialogs).toEqual([]);
  expect(foreignRequests).toEqual([]);
});

test('the contract refuses calls without the launch token and bad arguments with a clear error', async ({ shell }) => {
  const noToken = await fetch(`${shell.origin}/api/articles.list`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
  expect(noToken.status).toBe(401);
  // A DNS-rebinding page would arrive with its own host name: refused even with the token.
  const foreignHostStatus = await new Promise<number>((resolve, reject) => {
    const req = request(`${shell.origin}/api/articles.list`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-copydesk-token': shell.token, host: 'evil.example' },
    });
    req.on('response', (res) => resolve(res.statusCode ?? 0));
    req.on('error', reject);
    req.end('{}');
  });
  expect(foreignHostStatus).toBe(421);
  const bad = await shell.call('articles.save', { id: '../../etc/passwd', baseRev: -1, changes: { headline: 42 } });
  expect(bad.ok).toBe(false);
  expect(bad.error?.code).toBe('INVALID_ARGUMENT');
  expect(bad.error?.message).toMatch(/id/);
  const unknown = await shell.call('articles.dropAll', {});
  expect(unknown.error?.code).toBe('UNKNOWN_CALL');
});
