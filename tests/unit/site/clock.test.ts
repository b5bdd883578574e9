import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { clockFromEnv } from '../../../site/clock';

const dir = mkdtempSync(path.join(os.tmpdir(), 'copydesk-clock-'));
afterEach(() => vi.useRealTimers());

describe('the shared test clock', () => {
  it('is off unless a test asks for it', () => {
    expect(clockFromEnv({}, 'site')).toBeUndefined();
  });

  it('follows the offset a test writes into COPYDESK_CLOCK_FILE while the process runs', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    vi.useFakeTimers({ now: new Date('2026-12-02T08:00:00Z') });
    const file = path.join(dir, 'offset');
    const now = clockFromEnv({ COPYDESK_CLOCK_FILE: file }, 'site')!;
    expect(now().toISOString()).toBe('2026-12-02T08:00:00.000Z'); // no file yet: no shift
    writeFileSync(file, String(36 * 3600_000));
    vi.advanceTimersByTime(1000); // the file is read again at most every 200 ms
    expect(now().toISOString()).toBe('2026-12-03T20:00:01.000Z');
    rmSync(dir, { recursive: true, force: true });
  });
});
