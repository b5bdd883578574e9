import type { z } from 'zod';
import { contract, isCallName, type CallName, type Contract } from './contract';
import { jsonLimitsProblem } from './json-limits';
import { AppError, fail, ok, type Result } from './result';

/** The implementation of every call, with arguments already validated. */
export type Handlers = {
  [N in CallName]: (args: z.output<Contract[N]['args']>) => Promise<z.output<Contract[N]['result']>>;
};

export type Dispatch = (name: string, rawArgs: unknown) => Promise<Result<unknown>>;

function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((i) => `${i.path.join('.') || 'arguments'}: ${i.message}`)
    .join('; ');
}

/**
 * Validates the arguments of a call against the contract, runs its handler and turns every
 * outcome, thrown or not, into a Result value. Used by the Electron registrar and the web shell
 * alike, so both hosts reject the same bad input in the same words.
 */
export function createDispatcher(handlers: Handlers, onUnexpected: (name: string, err: unknown) => void = () => {}): Dispatch {
  return async (name, rawArgs) => {
    if (!isCallName(name)) return fail('UNKNOWN_CALL', `There is no call named "${String(name).slice(0, 60)}".`);
    const spec = contract[name];
    // Checked first: the schemas recurse, and input nested deeply enough would overflow the stack.
    const tooBig = jsonLimitsProblem(rawArgs);
    if (tooBig) return fail('INVALID_ARGUMENT', `Invalid arguments for ${name}: ${tooBig}`);
    const parsed = spec.args.safeParse(rawArgs ?? {});
    if (!parsed.success) {
      return fail('INVALID_ARGUMENT', `Invalid arguments for ${name}: ${describeIssues(parsed.error)}`, parsed.error.issues.slice(0, 10));
    }
    try {
      const handler = handlers[name] as (args: unknown) => Promise<unknown>;
      return ok(await handler(parsed.data));
    } catch (err) {
      if (err instanceof AppError) return fail(err.code, err.message, err.details);
      onUnexpected(name, err);
      return fail('INTERNAL', `${name} failed unexpectedly: ${err instanceof Error ? err.message : String(err)}`);
    }
  };
}
