/** "harbour.png (120 KB)": what the upload status shows of a file, sized in the UI's language. */
export function fileLabel(file: Pick<File, 'name' | 'size'>, locale: string): string {
  const format = (n: number, unit: string) => `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(n)} ${unit}`;
  const size = file.size >= 1024 * 1024 ? format(file.size / (1024 * 1024), 'MB') : format(Math.max(1, Math.round(file.size / 1024)), 'KB');
  return `${file.name} (${size})`;
}
