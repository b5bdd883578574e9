import { describe, expect, it } from 'vitest';
import { AppError } from '../../../../core/contract/result';
import { tellTeam } from '../../../../backend/team/tell-team';
import { ANNA, fakeTeam } from './fake-team';

const op = { kind: 'article.delete', articleId: 'article-1' } as const;

describe('tellTeam', () => {
  it('queues only while a site is connected', async () => {
    const { channel, state } = fakeTeam(null);
    await tellTeam(channel, op, ANNA);
    expect(state.ops).toEqual([]);
    state.account = ANNA;
    await tellTeam(channel, op, ANNA);
    expect(state.ops).toEqual([{ op, by: ANNA }]);
  });

  it('turns a failure to queue into STORAGE_FAILED that says the step was done here', async () => {
    const { channel } = fakeTeam(ANNA);
    channel.enqueue = async () => {
      throw new AppError('STORAGE_FAILED', 'The disk is full.');
    };
    const err = await tellTeam(channel, op, ANNA).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect(err).toMatchObject({ code: 'STORAGE_FAILED', message: 'Done here, but it could not be queued for the site: The disk is full.', details: { messageDe: expect.stringContaining('Website'), cause: 'STORAGE_FAILED' } });
  });
});
