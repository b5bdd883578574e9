import { describe, expect, it } from 'vitest';
import { AppError } from '../../../../core/contract/result';
import { storageFailed } from '../../../../backend/storage/storage-error';

const fsError = (code: string) => Object.assign(new Error(`${code}: raw message`), { code });

describe('storageFailed', () => {
  it('names what failed and why in plain words', () => {
    const err = storageFailed('Saving article abc123', fsError('ENOSPC'));
    expect(err).toBeInstanceOf(AppError);
    expect(err.code).toBe('STORAGE_FAILED');
    expect(err.message).toBe('Saving article abc123 failed: disk full (ENOSPC)');
  });

  it('falls back to the original message for unknown codes', () => {
    expect(storageFailed('Reading x', fsError('EWHATEVER')).message).toBe('Reading x failed: EWHATEVER: raw message (EWHATEVER)');
  });

  it('passes AppErrors through unchanged', () => {
    const original = new AppError('CONFLICT', 'changed elsewhere');
    expect(storageFailed('Saving', original)).toBe(original);
  });
});
