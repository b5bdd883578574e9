import { runWhenMain } from './report';
/**
 * Preview benchmark: re-rendering the page of a 3,000-word article with 8 ad slots (placeAds +
 * renderArticleMain, what the Preview tab does after a pause in typing) against Tiptap's own
 * HTML serialisation of the bare body (what generateHTML does: ProseMirror node from JSON, then
 * getHTMLFromFragment with the body schema of renderer/src/editor/body-extensions.ts, under jsdom).
 * Goal: the preview costs at most 1.5x Tiptap's serialisation. Run directly with
 * `npx tsx tests/bench/preview.bench.ts`.
 */
import path from 'node:path';
import { createRequire } from 'node:module';
import type { AdConfig, AdSlot } from '../../core/ads/model';
import { DEFAULT_AD_SETTINGS, SAMPLE_CAMPAIGNS } from '../../core/ads/index';
import { placeAds } from '../../core/ads/placement';
import { newArticleFields, type Article } from '../../core/article/article';
import type { BodyDoc, BodyNode } from '../../core/article/body-schema';
import { readFileSync } from 'node:fs';
import { renderArticleMain, renderArticlePage } from '../../core/render/article-page';
import { bodyPlainText, countWords } from '../../core/text/body-text';
import type { RenderContext } from '../../core/render/context';

type Report = (section: string, rows: Array<Record<string, string | number>>) => void;

const WARMUP = 60;
const RUNS = 400;
const ms = (n: number) => Math.round(n * 1000) / 1000;

function percentile(samples: number[], q: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)] ?? NaN;
}

function measure(run: () => unknown): { p50: number; p95: number } {
  for (let i = 0; i < WARMUP; i++) run();
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    run();
    samples.push(performance.now() - start);
  }
  return { p50: percentile(samples, 0.5), p95: percentile(samples, 0.95) };
}

const VOCAB = ['Stadtrat', 'beschließt', 'neue', 'Radwege', 'für', 'die', 'Innenstadt', 'und', 'Anwohner', 'fordern', 'mehr', 'Tempo', 'beim', 'Ausbau', 'der', 'Strecken'];
const text = (words: number, seed: number) => Array.from({ length: words }, (_, i) => VOCAB[(i * 7 + seed) % VOCAB.length]).join(' ');
const inline = (t: string): BodyNode[] => [
  { type: 'text', text: t.slice(0, 120) },
  { type: 'text', text: ' wichtig ', marks: [{ type: 'bold' }] },
  { type: 'text', text: 'Quelle', marks: [{ type: 'link', attrs: { href: 'https://www.example.org/quelle' } }] },
  { type: 'text', text: ` ${t.slice(120)}` },
];

/** 3,000 words: 46 paragraphs, subheadings, a quote and a list, with 2 of the editor's ad blocks. */
export function benchBody(): BodyDoc {
  const content: BodyNode[] = [];
  let words = 0;
  for (let i = 0; words < 3000; i++) {
    if (i % 10 === 5) content.push({ type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: `Abschnitt ${i / 5}` }] });
    if (i === 12) content.push({ type: 'blockquote', content: [{ type: 'paragraph', content: [{ type: 'text', text: text(25, i) }] }] });
    if (i === 20) content.push({ type: 'bulletList', content: [1, 2, 3].map((n) => ({ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: text(8, n) }] }] })) });
    if (i === 2 || i === 30) content.push({ type: 'adSlot', attrs: { slotId: null, size: null } });
    const n = 62;
    content.push({ type: 'paragraph', content: inline(text(n, i)) });
    words += n + 2;
  }
  return { type: 'doc', content } as BodyDoc;
}

/** 8 ads: top, end, sidebar and three after-paragraph rules from the inventory, plus the 2 manual blocks in the body. */
export function benchConfig(): AdConfig {
  const slots: AdSlot[] = [
    { id: 'top', name: 'Top', position: { kind: 'top' }, sizes: ['728x90', '320x50'], label: '', enabled: true, allowedCategories: [] },
    ...[12, 18, 36].map((p): AdSlot => ({ id: `p${p}`, name: `Nach Absatz ${p}`, position: { kind: 'afterParagraph', paragraph: p }, sizes: ['300x250'], label: '', enabled: true, allowedCategories: [] })),
    { id: 'end', name: 'Ende', position: { kind: 'end' }, sizes: ['300x250'], label: '', enabled: true, allowedCategories: [] },
    { id: 'sidebar', name: 'Seitenleiste', position: { kind: 'sidebar' }, sizes: ['300x250'], label: '', enabled: true, allowedCategories: [] },
  ];
  return { slots, campaigns: SAMPLE_CAMPAIGNS, settings: { ...DEFAULT_AD_SETTINGS, maxAdsPer1000Words: 4 } };
}

export async function runPreviewBench(report: Report): Promise<void> {
  const body = benchBody();
  const config = benchConfig();
  const article: Article = {
    ...newArticleFields('de', 'Lokales'),
    headline: 'Radwege für die Innenstadt',
    teaser: 'Der Stadtrat beschließt ein neues Netz.',
    author: 'Anna Schmidt',
    tags: ['Verkehr', 'Stadtrat'],
    source: 'Pressemitteilung der Stadt',
    body,
    id: 'bench-article',
    rev: 1,
    bodySchema: 1,
    status: 'draft',
    schedule: null,
    statusHistory: [],
    createdAt: '2026-06-01T08:00:00Z',
    updatedAt: '2026-06-01T08:00:00Z',
  } as Article;
  const now = new Date('2026-06-10T20:00:00Z');
  const ctx: RenderContext = { siteName: 'Copydesk News', siteLanguage: 'de', timeZone: 'Europe/Berlin', now, mediaUrl: (id) => `/media/${id}`, tagUrl: (t) => `/tag/${t}` };

  const preview = () => {
    const { placements } = placeAds({ article, slots: config.slots, campaigns: config.campaigns, settings: config.settings, now, seed: 'bench:1', timeZone: 'Europe/Berlin', overrides: [] });
    return renderArticleMain({ article, placements, ctx });
  };
  const themeCss = readFileSync(path.resolve(import.meta.dirname, '../../resources/theme/site.css'), 'utf8');
  const fullPage = () => {
    const { placements } = placeAds({ article, slots: config.slots, campaigns: config.campaigns, settings: config.settings, now, seed: 'bench:1', timeZone: 'Europe/Berlin', overrides: [] });
    return renderArticlePage({ article, placements, ctx: { ...ctx, themeCss } });
  };
  const placed = placeAds({ article, slots: config.slots, campaigns: config.campaigns, settings: config.settings, now, seed: 'bench:1', timeZone: 'Europe/Berlin' });

  // Tiptap needs a DOM to serialise; the body schema comes from the editor's own extensions.
  // jsdom ships no types of its own (and @types/jsdom is not installed).
  const { JSDOM } = createRequire(import.meta.url)('jsdom') as { JSDOM: new (html: string) => { window: Window } };
  const dom = new JSDOM('<!doctype html><html><body></body></html>');
  const g = globalThis as Record<string, unknown>;
  for (const key of ['window', 'document', 'navigator', 'Node', 'HTMLElement', 'Element', 'DocumentFragment', 'XMLSerializer']) {
    if (!(key in g)) Object.defineProperty(g, key, { value: (dom.window as unknown as Record<string, unknown>)[key], configurable: true, writable: true });
  }
  const { getSchema, getHTMLFromFragment } = await import('@tiptap/core');
  const { Node: PMNode } = await import('@tiptap/pm/model');
  const { bodyExtensions } = await import('../../renderer/src/editor/body-extensions');
  const schema = getSchema(bodyExtensions());
  const tiptapGenerate = () => getHTMLFromFragment(PMNode.fromJSON(schema, body).content, schema);
  const pmDoc = PMNode.fromJSON(schema, body);
  const tiptapSerialiseOnly = () => getHTMLFromFragment(pmDoc.content, schema);

  const words = countWords(bodyPlainText(body));
  const ours = measure(preview);
  const page = measure(fullPage);
  const tiptap = measure(tiptapGenerate);
  const serialiseOnly = measure(tiptapSerialiseOnly);
  report(`preview re-render, ${words}-word article, ${placed.placements.length} ads placed (${RUNS} runs)`, [
    { what: 'preview: placeAds + renderArticleMain', p50_ms: ms(ours.p50), p95_ms: ms(ours.p95), html_kb: Math.round(preview().length / 1024) },
    { what: 'preview tab: placeAds + renderArticlePage (theme inlined)', p50_ms: ms(page.p50), p95_ms: ms(page.p95), html_kb: Math.round(fullPage().length / 1024) },
    { what: 'tiptap: fromJSON + getHTMLFromFragment (generateHTML)', p50_ms: ms(tiptap.p50), p95_ms: ms(tiptap.p95), html_kb: Math.round(tiptapGenerate().length / 1024) },
    { what: 'tiptap: getHTMLFromFragment only (editor.getHTML)', p50_ms: ms(serialiseOnly.p50), p95_ms: ms(serialiseOnly.p95), html_kb: Math.round(tiptapSerialiseOnly().length / 1024) },
    { what: 'preview / tiptap generateHTML (goal <= 1.5)', p50_ms: ms(ours.p50 / tiptap.p50), p95_ms: ms(ours.p95 / tiptap.p95), html_kb: '' },
    { what: 'preview / tiptap getHTML', p50_ms: ms(ours.p50 / serialiseOnly.p50), p95_ms: ms(ours.p95 / serialiseOnly.p95), html_kb: '' },
  ]);
}

runWhenMain(import.meta.url, runPreviewBench);
