/**
 * Preloaded into the reference site's process (`node --import tsx --import <this file>
 * site/main.ts`) when the site itself cannot read a test clock: shifts the process's wall clock
 * by the offset in ms that COPYDESK_CLOCK_FILE holds, the same file and meaning as the web
 * shell's test clock, so the site and every app see the same "now" when a test moves time.
 * Timers are untouched (they run on the monotonic clock); only `Date` reads the offset.
 */
import { readFileSync } from 'node:fs';

const file = process.env.COPYDESK_CLOCK_FILE;
if (file) {
  const RealDate = Date;
  const realNow = RealDate.now.bind(RealDate);
  let cached = { at: -Infinity, offset: 0 };
  const offset = (): number => {
    const now = realNow();
    if (now - cached.at > 200) {
      let value = 0;
      try {
        value = Number(readFileSync(file, 'utf8').trim()) || 0;
      } catch {
        // no file yet: no shift
      }
      cached = { at: now, offset: value };
    }
    return cached.offset;
  };
  class ShiftedDate extends RealDate {
    constructor(...args: unknown[]) {
      if (args.length === 0) super(realNow() + offset());
      else super(...(args as [string | number | Date]));
    }
    static override now(): number {
      return realNow() + offset();
    }
  }
  // `Date()` called as a function returns a string of now; keep that working too.
  const DateShim = new Proxy(ShiftedDate, {
    apply: () => new ShiftedDate().toString(),
  });
  globalThis.Date = DateShim as unknown as DateConstructor;
  console.warn('Copydesk site: test clock in use (COPYDESK_CLOCK_FILE, shifted by the e2e harness)');
}
