import { AppError } from '../../core/contract/result';

// Letters (umlauts, ß and accents included, with combining marks), digits, spaces and . , ' - _ @ ( ).
const DISPLAY_NAME = /^[\p{L}\p{M}\p{N} .,'_@()-]{1,100}$/u;

/**
 * A person's display name as the site stores it: trimmed and in NFC, 1-100 characters of
 * letters, digits, spaces and `. , ' - _ @ ( )`. Anything else (control characters, `<`, `&`,
 * quotes other than the apostrophe) is INVALID_ARGUMENT.
 */
export function displayName(raw: string): string {
  const name = raw.normalize('NFC').trim();
  if (!DISPLAY_NAME.test(name)) {
    throw new AppError('INVALID_ARGUMENT', "A name has 1-100 letters, digits, spaces or . , ' - _ @ ( ) (no other characters).");
  }
  return name;
}

/** The name folded for comparison: "Anna Editor" and "anna editor" are the same person. */
export const userNameKey = (name: string): string => name.normalize('NFC').trim().toLowerCase();
