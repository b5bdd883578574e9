import { articleFieldsSchema, type ArticleFields } from './article';

/** The names of the fields an editor writes, in the schema's order. */
export const EDITOR_FIELD_KEYS = Object.keys(articleFieldsSchema.shape) as ReadonlyArray<keyof ArticleFields>;

/**
 * The editor fields of an article (or of anything carrying them), without what the app, the
 * workflow or the site manage themselves. Keys come in the schema's order, so two copies of the
 * same fields serialise to the same bytes.
 */
export function editorFieldsOf(article: ArticleFields): ArticleFields {
  const out: Record<string, unknown> = {};
  for (const key of EDITOR_FIELD_KEYS) out[key] = article[key];
  return out as ArticleFields;
}

/** Only the editor fields that `changes` sets, so a caller cannot smuggle in `rev`, `id` or `status`. */
export function pickEditorFields(changes: Partial<ArticleFields>): Partial<ArticleFields> {
  const picked: Record<string, unknown> = {};
  for (const key of EDITOR_FIELD_KEYS) if (changes[key] !== undefined) picked[key] = changes[key];
  return picked as Partial<ArticleFields>;
}
