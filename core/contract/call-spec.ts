import { z } from 'zod';
import type { ErrorCode } from './result';

/** One call between UI and back end: its arguments, its result and the errors it may return. */
export interface CallSpec<A extends z.ZodType = z.ZodType, R extends z.ZodType = z.ZodType> {
  args: A;
  result: R;
  errors: readonly ErrorCode[];
  /** One line for the README's contract table and for error messages. */
  doc: string;
}

export const call = <A extends z.ZodType, R extends z.ZodType>(spec: CallSpec<A, R>) => spec;
export const noArgs = z.object({}).strict();
