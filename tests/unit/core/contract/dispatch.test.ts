import { describe, expect, it, vi } from 'vitest';
import { contract, CALL_NAMES } from '../../../../core/contract/contract';
import { createDispatcher, type Handlers } from '../../../../core/contract/dispatch';
import { AppError } from '../../../../core/contract/result';

function handlersWith(overrides: Partial<Handlers>): Handlers {
  const fallback = async () => {
    throw new Error('not under test');
  };
  return Object.fromEntries(CALL_NAMES.map((n) => [n, overrides[n] ?? fallback])) as Handlers;
}

describe('createDispatcher', () => {
  it('passes validated arguments to the handler and wraps the value', async () => {
    const get = vi.fn(async ({ id }: { id: string }) => ({ id }) as never);
    const dispatch = createDispatcher(handlersWith({ 'articles.get': get }));
    expect(await dispatch('articles.get', { id: 'abcdef-123' })).toEqual({ ok: true, value: { id: 'abcdef-123' } });
    expect(get).toHaveBeenCalledWith({ id: 'abcdef-123' });
  });

  it('refuses invalid arguments before any handler runs, naming the field', async () => {
    const save = vi.fn();
    const dispatch = createDispatcher(handlersWith({ 'articles.save': save }));
    const result = await dispatch('articles.save', { id: '../../etc/passwd', baseRev: 0, changes: {} });
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } });
    expect(!result.ok && result.error.message).toContain('id');
    expect(save).not.toHaveBeenCalled();
  });

  it('refuses unknown fields (strict arguments) and unknown calls', async () => {
    const dispatch = createDispatcher(handlersWith({}));
    expect(await dispatch('articles.get', { id: 'abcdef-123', admin: true })).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } });
    expect(await dispatch('__proto__', {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CALL' } });
    expect(await dispatch('constructor', {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CALL' } });
  });

  it('turns thrown AppErrors into typed errors and anything else into INTERNAL', async () => {
    const onUnexpected = vi.fn();
    const dispatch = createDispatcher(
      handlersWith({
        'articles.get': async () => {
          throw new AppError('NOT_FOUND', 'No such article.');
        },
        'tags.list': async () => {
          throw new TypeError('boom');
        },
      }),
      onUnexpected,
    );
    expect(await dispatch('articles.get', { id: 'abcdef-123' })).toEqual({ ok: false, error: { code: 'NOT_FOUND', message: 'No such article.' } });
    expect(await dispatch('tags.list', {})).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(onUnexpected).toHaveBeenCalledOnce();
  });

  it('documents every call and lists its error codes', () => {
    for (const name of CALL_NAMES) {
      expect(contract[name].doc.length, name).toBeGreaterThan(10);
      expect(Array.isArray(contract[name].errors)).toBe(true);
    }
  });
});
