// The layer table of the `copydesk/layering` rule: an ALLOWLIST per layer (see README
// "Architecture"). A file's layer is the longest `folder` that contains it; it may import only
// the repo `folders`, the npm `packages` ('@scope/*' allows a whole scope) and, if `node` is
// true, node builtins. Never widen an entry to make code fit: move the code instead.

/** Pure npm packages core/ is built on; every layer that may use core may use them too. */
const PURE = ['zod', 'date-fns', '@date-fns/tz'];

/** Server-side npm packages of the plain-Node back end. */
const BACKEND = ['lowdb', 'steno', 'minisearch'];

export const LAYERS = [
  {
    folder: 'core',
    about: 'pure TypeScript: no node, electron, DOM, React or database packages',
    folders: ['core'],
    packages: PURE,
    node: false,
  },
  {
    folder: 'backend',
    about: 'plain Node modules run by both hosts, so never electron',
    folders: ['core', 'backend'],
    packages: [...PURE, ...BACKEND],
    node: true,
  },
  {
    folder: 'host-common',
    about: 'what both hosts share; never electron or the renderer',
    folders: ['core', 'backend', 'site', 'host-common'],
    packages: [...PURE, ...BACKEND, 'fastify'],
    node: true,
  },
  {
    folder: 'electron/main',
    about: 'the Electron main process',
    folders: ['core', 'backend', 'host-common', 'electron/main'],
    packages: ['electron', ...PURE],
    node: true,
  },
  {
    folder: 'electron/preload',
    about: 'the preload exposes the contract and nothing else',
    folders: ['core', 'electron/preload'],
    packages: ['electron'],
    node: false,
  },
  {
    folder: 'web-shell',
    about: 'the Fastify host; never electron or the renderer',
    folders: ['core', 'backend', 'host-common', 'web-shell'],
    packages: [...PURE, ...BACKEND, 'fastify'],
    node: true,
  },
  {
    folder: 'renderer',
    about: 'the React UI, DOM only: it talks to the app through the contract client',
    folders: ['core', 'renderer', 'resources'],
    packages: [...PURE, 'react', 'react-dom', 'i18next', 'react-i18next', '@tiptap/*', 'dompurify'],
    node: false,
  },
  {
    folder: 'site',
    about: 'the reference web site; never the back end, the hosts or electron',
    folders: ['core', 'site', 'resources'],
    packages: [...PURE, 'fastify', 'kysely', 'better-sqlite3', 'pg'],
    node: true,
  },
];

/** Folders whose files may import anything (tools, tests, assets' generators). */
export const UNRESTRICTED = ['tests', 'scripts', 'resources'];
