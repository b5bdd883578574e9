import { describe, expect, it } from 'vitest';
import { addReply, commentThreadSchema, createThread, openThreads, reopenThread, resolveThread } from '../../../../core/comments/thread';

const NOW = new Date('2026-05-04T10:00:00.000Z');
const LATER = new Date('2026-05-04T11:00:00.000Z');

describe('comment threads', () => {
  const thread = createThread({ kind: 'body', from: 5, to: 13, quote: 'Stadtrat' }, { id: 'thread-1', author: 'Ben Meyer', text: ' Welcher Stadtrat? ', now: NOW });

  it('starts open, without replies, with the trimmed text', () => {
    expect(thread).toMatchObject({ author: 'Ben Meyer', text: 'Welcher Stadtrat?', replies: [], resolved: null, createdAt: NOW.toISOString() });
    expect(commentThreadSchema.parse(thread)).toEqual(thread);
  });

  it('rejects empty comments and empty body ranges', () => {
    expect(() => createThread({ kind: 'field', field: 'headline' }, { id: 'thread-2', author: 'Ben', text: '   ', now: NOW })).toThrow();
    expect(() => createThread({ kind: 'body', from: 5, to: 5, quote: '' }, { id: 'thread-3', author: 'Ben', text: 'x', now: NOW })).toThrow();
  });

  it('collects replies in order and resolves and reopens', () => {
    const replied = addReply(thread, { id: 'reply-1', author: 'Anna Schmidt', text: 'Der Kölner.', now: LATER });
    expect(replied.replies.map((r) => [r.author, r.text])).toEqual([['Anna Schmidt', 'Der Kölner.']]);
    expect(thread.replies).toEqual([]);
    const resolved = resolveThread(replied, 'Ben Meyer', LATER);
    expect(resolved.resolved).toEqual({ by: 'Ben Meyer', at: LATER.toISOString() });
    expect(openThreads([resolved])).toEqual([]);
    expect(reopenThread(resolved).resolved).toBeNull();
  });

  it('reopens a resolved thread when someone replies', () => {
    const resolved = resolveThread(thread, 'Ben Meyer', LATER);
    expect(addReply(resolved, { id: 'reply-2', author: 'Anna', text: 'Doch noch was.', now: LATER }).resolved).toBeNull();
  });

  it('lists open threads oldest first', () => {
    const newer = createThread({ kind: 'adSlot', slotId: 'top' }, { id: 'thread-9', author: 'Cem', text: 'Anzeige zu nah.', now: LATER });
    expect(openThreads([newer, thread]).map((t) => t.id)).toEqual(['thread-1', 'thread-9']);
  });
});
