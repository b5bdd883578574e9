import { AppError } from '../../core/contract/result';

const PLAIN_WORDS: Record<string, string> = {
  ENOSPC: 'disk full',
  EDQUOT: 'disk quota exceeded',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'read-only file system',
  EMFILE: 'too many open files',
  ENFILE: 'too many open files',
  EIO: 'input/output error (failing disk?)',
  ENOENT: 'file or folder missing',
  ENOTDIR: 'a folder of the data directory is not a folder',
  EISDIR: 'a folder is in the way of the file',
  EBUSY: 'file is locked by another program',
  ENAMETOOLONG: 'path too long',
};

/**
 * A full disk is the one storage failure the user can fix alone, and nothing is lost by it
 * (every write goes to a temp file first), so it leads the message and says what to do.
 */
const FULL_DISK: Record<string, string> = {
  ENOSPC: 'The disk is full',
  EDQUOT: 'The disk quota is used up',
};

/** What a full disk means for a caller that does not say more (see storageFailed's `whenFull`). */
export const FREE_SOME_SPACE = 'Free some space on the disk and try again; what was saved before is kept.';

/**
 * Turns a file-system error into STORAGE_FAILED saying what failed, e.g. "Reading x failed:
 * permission denied (EACCES)". A full disk (ENOSPC, EDQUOT) reads "The disk is full: Saving
 * article x failed (ENOSPC). <whenFull>", where `whenFull` tells what happens to the user's data.
 */
export function storageFailed(action: string, err: unknown, whenFull = FREE_SOME_SPACE): AppError {
  if (err instanceof AppError) return err;
  const code = (err as NodeJS.ErrnoException | null)?.code;
  if (code && FULL_DISK[code]) return new AppError('STORAGE_FAILED', `${FULL_DISK[code]}: ${action} failed (${code}). ${whenFull}`, { code });
  const words = code ? (PLAIN_WORDS[code] ?? (err as Error).message) : err instanceof Error ? err.message : String(err);
  return new AppError('STORAGE_FAILED', `${action} failed: ${words}${code ? ` (${code})` : ''}`, code ? { code } : undefined);
}
