/**
 * `npm run bench`: every benchmark in one process, each comparing against its baseline run
 * side by side (ratios, not absolute timings, are the verdict). BENCH_ONLY=store,preview
 * picks some; BENCH_ARTICLES shrinks the store benchmark for a quick look; BENCH_TEAM_ARTICLES=10000
 * gives the team round its full size (default 1,000).
 */
import { markdownReport, type Report } from './report';

type Bench = { name: string; load: () => Promise<(report: Report) => Promise<void>> };

const BENCHES: Bench[] = [
  { name: 'store', load: async () => (await import('./store.bench')).runStoreBench },
  { name: 'search', load: async () => (await import('./search.bench')).runSearchBench },
  { name: 'preview', load: async () => (await import('./preview.bench')).runPreviewBench },
  { name: 'sync', load: async () => (await import('./sync.bench')).runSyncBench },
  { name: 'site-pages', load: async () => (await import('./site-pages.bench')).runSitePagesBench },
  { name: 'wordpress', load: async () => (await import('./wordpress.bench')).runWordPressBench },
  { name: 'team', load: async () => (await import('./team.bench')).runTeamBench },
];

async function main(): Promise<void> {
  const only = process.env.BENCH_ONLY?.split(',').map((s) => s.trim());
  const report = markdownReport();
  console.log(`# Copydesk benchmarks (${new Date().toISOString()}, node ${process.version}, ${process.platform})`);
  for (const bench of BENCHES) {
    if (only && !only.includes(bench.name)) continue;
    const started = performance.now();
    console.log(`\n## ${bench.name}`);
    const run = await bench.load();
    await run(report);
    console.log(`\n(${bench.name}: ${((performance.now() - started) / 1000).toFixed(1)} s)`);
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
