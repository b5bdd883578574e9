import { describe, expect, it } from 'vitest';
import { exclusive, queueWrite } from '../../../../backend/storage/file-queue';

const tick = () => new Promise((r) => setTimeout(r, 5));

describe('queueWrite', () => {
  it('never runs two writes of one file at once and coalesces the queued ones into the newest', async () => {
    const written: string[] = [];
    let running = 0;
    let maxRunning = 0;
    const write = async (_file: string, text: string) => {
      maxRunning = Math.max(maxRunning, ++running);
      await tick();
      written.push(text);
      running--;
    };
    const first = queueWrite('/tmp/q-test-a.json', 'one', write);
    await Promise.resolve();
    await Promise.resolve();
    const rest = ['two', 'three', 'four'].map((t) => queueWrite('/tmp/q-test-a.json', t, write));
    await Promise.all([first, ...rest]);
    expect(maxRunning).toBe(1);
    expect(written).toEqual(['one', 'four']);
  });

  it('lets different files write in parallel', async () => {
    let running = 0;
    let maxRunning = 0;
    const write = async () => {
      maxRunning = Math.max(maxRunning, ++running);
      await tick();
      running--;
    };
    await Promise.all([queueWrite('/tmp/q-test-b.json', 'x', write), queueWrite('/tmp/q-test-c.json', 'y', write)]);
    expect(maxRunning).toBe(2);
  });
});

describe('exclusive', () => {
  it('waits for a running write of the same file', async () => {
    const events: string[] = [];
    const write = queueWrite('/tmp/q-test-d.json', 'x', async () => {
      await tick();
      events.push('write done');
    });
    const read = exclusive('/tmp/q-test-d.json', async () => {
      events.push('read');
    });
    await Promise.all([write, read]);
    expect(events).toEqual(['write done', 'read']);
  });
});
