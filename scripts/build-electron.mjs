// Bundles the Electron main process and the preload with esbuild:
//   electron/main/main.ts  -> build/electron/main.cjs
//   electron/preload/preload.ts -> build/electron/preload.cjs (one self-contained file: sandboxed
//   preloads can only require 'electron' and a few builtins)
// and copies the window icon next to them.
// Usage: node scripts/build-electron.mjs [--out <dir>]   (default build/electron; tests build elsewhere)
import { build } from 'esbuild';
import { copyFile, mkdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outFlag = process.argv.indexOf('--out');
const outDir = outFlag > 0 && process.argv[outFlag + 1] ? path.resolve(process.argv[outFlag + 1]) : path.join(root, 'build', 'electron');

/** Never bundled: Electron itself, and native modules (they are loaded from node_modules at run time). */
const NATIVE_EXTERNALS = ['electron', 'better-sqlite3', 'pg-native', 'fsevents', 'bufferutil', 'utf-8-validate'];

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node22',
  sourcemap: 'linked',
  logLevel: 'warning',
  metafile: true,
  absWorkingDir: root,
};

await mkdir(outDir, { recursive: true });

/** esbuild has already printed the errors; leave without a second stack trace. */
const orExit = (promise) =>
  promise.catch(() => {
    console.error('build:electron failed (see the errors above).');
    process.exit(1);
  });

await orExit(build({
  ...common,
  entryPoints: ['electron/main/main.ts'],
  outfile: path.join(outDir, 'main.cjs'),
  external: NATIVE_EXTERNALS,
  // ESM sources (ours and lowdb's) may read import.meta.url; give them the bundle's own URL.
  define: { 'import.meta.url': '__copydeskImportMetaUrl' },
  banner: { js: "const __copydeskImportMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
}));

const preload = await orExit(build({
  ...common,
  entryPoints: ['electron/preload/preload.ts'],
  outfile: path.join(outDir, 'preload.cjs'),
  external: ['electron'],
  // It carries the contract's schemas (zod) and is parsed at every window load.
  minify: true,
}));

// A sandboxed preload that requires anything but 'electron' fails at run time, silently for the
// user (no bridge). Refuse to build one.
const imports = Object.values(preload.metafile.outputs).flatMap((o) => o.imports.filter((i) => i.external).map((i) => i.path));
const stray = imports.filter((p) => p !== 'electron');
if (stray.length > 0) {
  console.error(`The preload must be self-contained but requires: ${[...new Set(stray)].join(', ')}`);
  process.exit(1);
}

// The web shell as one ESM file: it starts in a fraction of the time tsx needs to compile the
// sources, which the e2e suite (one web shell per test) feels. `npm run web` keeps using tsx.
await orExit(build({
  ...common,
  format: 'esm',
  entryPoints: ['web-shell/main.ts'],
  outfile: path.join(root, 'build', 'web-shell', 'main.mjs'),
  external: NATIVE_EXTERNALS,
  // CommonJS dependencies (fastify) call require() for Node builtins.
  banner: { js: "import { createRequire as __copydeskCreateRequire } from 'node:module'; const require = __copydeskCreateRequire(import.meta.url);" },
}));

const icon = path.join(root, 'resources', 'icons', 'icon.png');
if (existsSync(icon)) await copyFile(icon, path.join(outDir, 'icon.png'));

console.log(`Built ${path.relative(root, outDir) || outDir}/main.cjs and preload.cjs, and build/web-shell/main.mjs`);
