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

/** Turns a file-system error into STORAGE_FAILED saying what failed, e.g. "Saving article x failed: disk full (ENOSPC)". */
export function storageFailed(action: string, err: unknown): AppError {
  if (err instanceof AppError) return err;
  const code = (err as NodeJS.ErrnoException | null)?.code;
  const words = code ? (PLAIN_WORDS[code] ?? (err as Error).message) : err instanceof Error ? err.message : String(err);
  return new AppError('STORAGE_FAILED', `${action} failed: ${words}${code ? ` (${code})` : ''}`, code ? { code } : undefined);
}
