/** Merges { '<path>/<lang>/<feature>.json': { key: … } } into { lang: { key: … } }; a key defined twice is an error. */
export function mergeLocaleFiles(files: Record<string, Record<string, unknown>>): Record<string, Record<string, unknown>> {
  const out: Record<string, Record<string, unknown>> = {};
  for (const [file, content] of Object.entries(files)) {
    const match = /\/([a-z]{2})\/[^/]+\.json$/.exec(file);
    if (!match) continue;
    const lang = match[1]!;
    const target = (out[lang] ??= {});
    for (const [key, value] of Object.entries(content)) {
      if (key in target) throw new Error(`Translation key "${key}" is defined twice (${file})`);
      target[key] = value;
    }
  }
  return out;
}
