/*
 * Small, pure helpers for the HTML that WordPress stores: entity decoding and a tolerant
 * tokenizer. Enough for what the WordPress mapping reads back (its own markup plus what a
 * WordPress editor typically adds); not a general HTML parser.
 */

const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0',
  auml: 'ä', ouml: 'ö', uuml: 'ü', Auml: 'Ä', Ouml: 'Ö', Uuml: 'Ü', szlig: 'ß',
  eacute: 'é', egrave: 'è', agrave: 'à', ccedil: 'ç',
  ndash: '–', mdash: '—', hellip: '…', laquo: '«', raquo: '»', bdquo: '„', ldquo: '“', rdquo: '”',
  lsquo: '‘', rsquo: '’', sbquo: '‚', euro: '€', copy: '©', reg: '®', trade: '™', middot: '·', shy: '\u00ad',
};

/** Decodes character references (named, decimal, hex); unknown or broken ones stay as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/g, (whole, ref: string) => {
    if (ref.startsWith('#')) {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return whole;
      return String.fromCodePoint(code);
    }
    return NAMED[ref] ?? whole;
  });
}

/** Text of an HTML fragment: tags and comments removed, entities decoded, whitespace collapsed. */
export function htmlToPlainText(html: string): string {
  const noComments = html.replace(/<!--[\s\S]*?(?:-->|$)/g, '');
  const blocksAsSpace = noComments.replace(/<\/?(?:p|div|br|li|h[1-6]|blockquote|figure|figcaption)\b[^>]*>/gi, ' ');
  return decodeEntities(blocksAsSpace.replace(/<[^>]*>?/g, '')).replace(/\s+/g, ' ').trim();
}

export type HtmlToken =
  | { kind: 'text'; text: string }
  | { kind: 'open'; name: string; attrs: Record<string, string>; selfClosing: boolean }
  | { kind: 'close'; name: string }
  | { kind: 'comment'; text: string };

const ATTR = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;

function parseAttrs(source: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const m of source.matchAll(ATTR)) {
    const name = (m[1] ?? '').toLowerCase();
    if (!name || name in attrs) continue;
    attrs[name] = decodeEntities(m[2] ?? m[3] ?? m[4] ?? '');
  }
  return attrs;
}

/** Splits HTML into text, tags and comments. Text is entity-decoded. Never throws. */
export function tokenizeHtml(html: string): HtmlToken[] {
  const tokens: HtmlToken[] = [];
  let i = 0;
  const pushText = (raw: string) => {
    if (raw) tokens.push({ kind: 'text', text: decodeEntities(raw) });
  };
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) {
      pushText(html.slice(i));
      break;
    }
    pushText(html.slice(i, lt));
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      tokens.push({ kind: 'comment', text: html.slice(lt + 4, end < 0 ? html.length : end) });
      i = end < 0 ? html.length : end + 3;
      continue;
    }
    const m = /^<(\/?)([A-Za-z][A-Za-z0-9-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/.exec(html.slice(lt, lt + 20_000));
    if (!m) {
      pushText('<');
      i = lt + 1;
      continue;
    }
    const name = (m[2] ?? '').toLowerCase();
    const rest = m[3] ?? '';
    if (m[1]) tokens.push({ kind: 'close', name });
    else tokens.push({ kind: 'open', name, attrs: parseAttrs(rest.replace(/\/\s*$/, '')), selfClosing: /\/\s*$/.test(rest) });
    i = lt + m[0].length;
  }
  return tokens;
}
