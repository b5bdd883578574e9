import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { newArticleFields, type ArticleFields } from '../../../../../core/article/article';
import type { BodyDoc } from '../../../../../core/article/body-schema';
import { AppError, type ErrorCode } from '../../../../../core/contract/result';

/** The store fixtures folder (tests/fixtures/store). */
export const FIXTURES = fileURLToPath(new URL('../../../../fixtures/store/', import.meta.url));

/** A fresh empty directory under the OS temp dir; remove it with `removeDir`. */
export const makeTempDir = (label = 'store'): Promise<string> => mkdtemp(path.join(os.tmpdir(), `copydesk-${label}-`));

export const removeDir = (dir: string): Promise<void> => rm(dir, { recursive: true, force: true });

/** A body of one paragraph per given text. */
export const bodyOf = (...paragraphs: string[]): BodyDoc => ({
  type: 'doc',
  content: paragraphs.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })),
});

/** Valid editor fields with a German headline and body, overridable. */
export function sampleFields(overrides: Partial<ArticleFields> = {}): ArticleFields {
  return {
    ...newArticleFields('de', 'Aktuelle News'),
    headline: 'Bundestag debattiert über den Haushalt',
    teaser: 'Die Opposition kritisiert die Pläne scharf.',
    author: 'Max Muster',
    body: bodyOf('Die Abgeordneten stritten stundenlang über Schulden.', 'Eine Einigung ist nicht in Sicht.'),
    tags: ['Politik', 'Haushalt'],
    ...overrides,
  };
}

/** Awaits `promise` and checks that it rejected with an AppError of `code`; returns the error. */
export async function expectAppError(promise: Promise<unknown>, code: ErrorCode): Promise<AppError> {
  const err = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AppError);
  expect((err as AppError).code).toBe(code);
  return err as AppError;
}
