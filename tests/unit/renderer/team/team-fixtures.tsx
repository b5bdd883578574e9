import { act } from 'react';
import { vi } from 'vitest';
import { newArticleFields, type Article, type ArticleStatus } from '../../../../core/article/article';
import type { TeamAccount } from '../../../../core/contract/calls/team';
import type { Role } from '../../../../core/workflow/roles';
import type { EditorSession } from '../../../../renderer/src/editor/editor-session';

/** A stored article in `status`, with whatever else the test needs. */
export const article = (status: ArticleStatus, extra: Partial<Article> = {}): Article => ({
  ...newArticleFields('de'),
  headline: 'Stadtwerke erhöhen die Preise',
  id: 'article-1',
  rev: 3,
  bodySchema: 1 as Article['bodySchema'],
  status,
  schedule: null,
  statusHistory: [],
  createdAt: '2026-03-01T10:00:00Z',
  updatedAt: '2026-03-01T10:00:00Z',
  ...extra,
});

/** The editor session the header and panels read, around a stored article. */
export function session(a: Article, reload = vi.fn(async () => {})): EditorSession {
  return { article: a, draft: a, editor: null, saveState: { kind: 'saved', at: null }, flush: async () => {}, reload, update: vi.fn() };
}

/** team.account's answer for an account on a site (demo: the embedded site's demo team). */
export const teamAccount = (role: Role, name: string, demo = false): TeamAccount => ({
  account: { id: `user-${role}`, name, role },
  siteUrl: 'http://127.0.0.1:4400',
  demo,
  demoAccounts: demo
    ? [
        { role: 'editor', name: 'Demo Redaktion' },
        { role: 'reviewer', name: 'Demo Prüfung' },
        { role: 'publisher', name: 'Demo Veröffentlichung' },
      ]
    : [],
});

/** Installs <dialog> methods jsdom lacks. */
export function installDialogPolyfill(): void {
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.open = true;
  };
  HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
    this.open = false;
  };
}

/** The button whose visible text is exactly `text`. */
export const button = (container: HTMLElement, text: string) => [...container.querySelectorAll('button')].find((b) => b.textContent?.trim() === text);

/** Sets a textarea's or input's value the way React notices. */
export function typeInto(el: HTMLTextAreaElement | HTMLInputElement, value: string): void {
  const proto = el instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  Object.getOwnPropertyDescriptor(proto, 'value')!.set!.call(el, value);
  el.dispatchEvent(new Event('input', { bubbles: true }));
}

/** Lets pending calls answer and React render, until `ready()` holds (or 1 s passed). */
export async function settle(ready: () => boolean = () => true): Promise<void> {
  for (let i = 0; i < 50; i++) {
    await act(async () => {
      await new Promise((r) => setTimeout(r, 20));
    });
    if (ready()) return;
  }
}
