/** The plain text of body blocks as they cross the contract (for the conflict resolver). */
export function blockText(node: unknown): string {
  if (!node || typeof node !== 'object') return '';
  const n = node as { type?: string; text?: string; content?: unknown[]; attrs?: Record<string, unknown> };
  if (typeof n.text === 'string') return n.text;
  if (n.type === 'figure') return `[${String(n.attrs?.caption ?? n.attrs?.alt ?? 'Bild')}]`;
  if (n.type === 'adSlot') return '[Anzeige]';
  const inner = (n.content ?? []).map(blockText);
  return n.type === 'paragraph' || n.type === 'heading' ? inner.join('') : inner.join('\n');
}

/** A field's value as text: strings as they are, anything else as compact JSON. */
export function valueText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean' || typeof value === 'number') return String(value);
  return JSON.stringify(value);
}
