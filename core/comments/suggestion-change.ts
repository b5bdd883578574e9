import { z } from 'zod';
import { SUGGESTION_CONTEXT_LENGTH, SUGGESTION_MAX_LENGTH } from './suggestion';
import { bodyAnchorSchema } from './thread';

/** What a suggestion's author sends: the body range, the text that replaces it, the context of an insertion point. */
export const suggestionChangeSchema = z.object({
  anchor: bodyAnchorSchema,
  insert: z.string().max(SUGGESTION_MAX_LENGTH),
  before: z.string().max(SUGGESTION_CONTEXT_LENGTH).optional(),
});
export type SuggestionChange = z.infer<typeof suggestionChangeSchema>;

/** POST …/suggestions/{threadId}/settle. */
export const suggestionSettleSchema = z.object({ outcome: z.enum(['accepted', 'rejected']) }).strict();
