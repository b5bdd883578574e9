import { describe, expect, it } from 'vitest';
import { transitionRequestSchema } from '../../../../core/workflow/request';

describe('transitionRequestSchema', () => {
  it('accepts a status change with note and schedule', () => {
    const request = { id: 'article-1', baseRev: 3, action: 'schedule', note: 'Morgen früh', schedule: { publishAt: '2026-05-05T04:00:00Z' } };
    expect(transitionRequestSchema.parse(request)).toEqual(request);
  });

  it('refuses scheduler-only actions and a caller-supplied actor from the UI or the API', () => {
    expect(transitionRequestSchema.safeParse({ id: 'article-1', baseRev: 3, action: 'auto_publish' }).success).toBe(false);
    const spoofed = { id: 'article-1', baseRev: 3, action: 'approve', actor: { name: 'x', role: 'publisher' } };
    expect(transitionRequestSchema.safeParse(spoofed).success).toBe(false);
  });

  it('refuses an inconsistent schedule before it reaches the workflow', () => {
    const request = { id: 'article-1', baseRev: 3, action: 'schedule', schedule: { publishAt: '2026-05-05T04:00:00Z', expireAt: '2026-05-05T03:00:00Z' } };
    expect(transitionRequestSchema.safeParse(request).success).toBe(false);
  });
});
