// The layer table of the `copydesk/layering` rule: an ALLOWLIST per layer (see README
// "Architecture"). A file's layer is the longest `folder` that contains it; it may import only
// the repo `folders`, the npm `packages` ('@scope/*' allows a whole scope) and, if `node` is
// true, node builtins. Never widen an entry to make code fit: move the code instead.

/** Pure npm packages core/ is built on; every layer that may use core may use them too. */
const PURE = ['zod', 'date-fns', '@date-fns/tz'];

/** Server-side npm packages of the plain-Node back end. */
const BACKEND = ['lowdb', 'steno', 'minisearch'];

/** A layer: its folder, what it is for, the repo folders and npm packages it may import, and whether node builtins. */
const layer = (folder, about, folders, packages, node) => ({ folder, about, folders: [...folders, folder], packages, node });

export const LAYERS = [
  layer('core', 'pure TypeScript: no node, electron, DOM, React or database packages', [], PURE, false),
  // better-sqlite3: the search index's cache file (backend/articles/search), loaded on first use.
  layer('backend', 'plain Node modules run by both hosts, so never electron', ['core'], [...PURE, ...BACKEND, 'better-sqlite3'], true),
  layer('host-common', 'what both hosts share; never electron or the renderer', ['core', 'backend', 'site'], [...PURE, ...BACKEND, 'fastify'], true),
  layer('electron/main', 'the Electron main process', ['core', 'backend', 'host-common'], ['electron', ...PURE], true),
  layer('electron/preload', 'the preload exposes the contract and nothing else', ['core'], ['electron'], false),
  layer('web-shell', 'the Fastify host; never electron or the renderer', ['core', 'backend', 'host-common'], [...PURE, ...BACKEND, 'fastify'], true),
  layer(
    'renderer',
    'the React UI, DOM only: it talks to the app through the contract client',
    ['core', 'resources'],
    [...PURE, 'react', 'react-dom', 'i18next', 'react-i18next', '@tiptap/*', 'dompurify'],
    false,
  ),
  layer('site', 'the reference web site; never the back end, the hosts or electron', ['core', 'resources'], [...PURE, 'fastify', 'kysely', 'better-sqlite3', 'pg'], true),
];

/** Folders whose files may import anything (tools, tests, assets' generators). */
export const UNRESTRICTED = ['tests', 'scripts', 'resources'];
