import { describe, expect, it } from 'vitest';
import { AppError } from '../../../../core/contract/result';
import { storageFailed } from '../../../../backend/storage/storage-error';

const fsError = (code: string) => Object.assign(new Error(`${code}: raw message`), { code });

describe('storageFailed', () => {
  it('names what failed and why in plain words', () => {
    const err = storageFailed('Reading article abc123', fsError('EACCES'));
    expect(err).toBeInstanceOf(AppError);
    expect(err.code).toBe('STORAGE_FAILED');
    expect(err.message).toBe('Reading article abc123 failed: permission denied (EACCES)');
  });

  it('leads with a full disk and says what to do and what is kept', () => {
    const err = storageFailed('Saving article abc123', fsError('ENOSPC'), 'Free some space; your text is kept and saved again automatically.');
    expect(err.code).toBe('STORAGE_FAILED');
    expect(err.details).toEqual({ code: 'ENOSPC' });
    expect(err.message).toBe('The disk is full: Saving article abc123 failed (ENOSPC). Free some space; your text is kept and saved again automatically.');
    expect(storageFailed('Saving settings.json', fsError('EDQUOT')).message).toBe(
      'The disk quota is used up: Saving settings.json failed (EDQUOT). Free some space on the disk and try again; what was saved before is kept.',
    );
  });

  it('falls back to the original message for unknown codes', () => {
    expect(storageFailed('Reading x', fsError('EWHATEVER')).message).toBe('Reading x failed: EWHATEVER: raw message (EWHATEVER)');
  });

  it('passes AppErrors through unchanged', () => {
    const original = new AppError('CONFLICT', 'changed elsewhere');
    expect(storageFailed('Saving', original)).toBe(original);
  });
});
