import { describe, expect, it } from 'vitest';
import { KeyedLock } from '../../../../backend/storage/keyed-lock';

const tick = () => new Promise((r) => setTimeout(r, 5));

describe('KeyedLock', () => {
  it('runs tasks of one key one after another, even when one fails', async () => {
    const lock = new KeyedLock();
    const events: string[] = [];
    const a = lock.run('x', async () => {
      events.push('a start');
      await tick();
      events.push('a end');
      throw new Error('boom');
    });
    const b = lock.run('x', async () => {
      events.push('b');
    });
    await expect(a).rejects.toThrow('boom');
    await b;
    expect(events).toEqual(['a start', 'a end', 'b']);
  });

  it('runs different keys in parallel and reports idle when all are done', async () => {
    const lock = new KeyedLock();
    const events: string[] = [];
    void lock.run('x', async () => {
      await tick();
      events.push('x');
    });
    void lock.run('y', async () => {
      events.push('y');
    });
    await lock.idle();
    expect(events).toEqual(['y', 'x']);
  });
});
