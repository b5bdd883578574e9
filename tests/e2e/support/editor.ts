import path from 'node:path';
import { expect, type Page } from '@playwright/test';

export const fixtureImage = (name: string) => path.resolve(import.meta.dirname, '../../fixtures/images', name);

/** The body editor (a contenteditable with the accessible name "Body"). */
export const body = (page: Page) => page.getByRole('textbox', { name: 'Body', exact: true });

/** Waits until the save indicator says the last change is durably stored. */
export async function expectSaved(page: Page): Promise<void> {
  await expect(page.locator('.save-status')).toHaveAttribute('data-state', 'saved', { timeout: 10_000 });
}

export async function newArticle(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'New article' }).click();
  await expect(page.getByLabel('Headline', { exact: true })).toBeFocused();
}
