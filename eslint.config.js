// Folders are layers (see README "Architecture"). These rules fail `npm test` when a file
// reaches into a layer it may not depend on. Never relax them to make code fit.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import { builtinModules } from 'node:module';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

const forbid = (message, names = [], groups = []) => [
  'error',
  {
    paths: names.map((name) => ({ name, message })),
    patterns: groups.map((group) => ({ group: [group], message })),
  },
];

export default tseslint.config(
  { ignores: ['node_modules/**', 'build/**', 'dist/**', 'release/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['**/*.mjs', '**/*.cjs', 'scripts/**'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
  {
    files: ['core/**'],
    rules: {
      'no-restricted-imports': forbid(
        'core/ is pure TypeScript: no node, electron, DOM, React, or other layers.',
        [...nodeBuiltins, 'electron', 'react', 'react-dom', 'dompurify', 'lowdb', 'fastify'],
        ['**/electron/**', '**/renderer/**', '**/site/**', 'react/*', 'lowdb/*'],
      ),
    },
  },
  {
    files: ['renderer/src/**'],
    rules: {
      'no-restricted-imports': forbid(
        'renderer/ is DOM only: it talks to the app through the contract client.',
        [...nodeBuiltins, 'electron', 'lowdb', 'fastify'],
        ['**/electron/**', '**/site/**', 'lowdb/*'],
      ),
    },
  },
  {
    files: ['renderer/src/**/*.tsx', 'renderer/src/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
  {
    // Services run in Electron and in the plain-Node web shell, so they must not import electron.
    files: ['backend/**', 'web-shell/**'],
    rules: {
      'no-restricted-imports': forbid(
        "Only electron/main/ may import 'electron'; the back end must also run in the web shell.",
        ['electron'],
        ['**/renderer/**', '**/site/**'],
      ),
    },
  },
  {
    // The hosts' shared composition code: may start the embedded reference site (site/).
    files: ['host-common/**'],
    rules: {
      'no-restricted-imports': forbid(
        "host-common/ composes the back end and the embedded site for both hosts; it never imports 'electron' or the renderer.",
        ['electron'],
        ['**/renderer/**'],
      ),
    },
  },
  {
    files: ['electron/main/**'],
    rules: {
      'no-restricted-imports': forbid('The main process never imports the renderer or the site.', [], ['**/renderer/**', '**/site/**']),
    },
  },
  {
    files: ['electron/preload/**'],
    rules: {
      'no-restricted-imports': forbid(
        'The preload exposes the contract and nothing else.',
        [...nodeBuiltins],
        ['**/electron/main/**', '**/renderer/**', '**/site/**'],
      ),
    },
  },
  {
    files: ['site/**'],
    rules: {
      'no-restricted-imports': forbid('site/ may import core/, never electron/ or renderer/.', ['electron'], ['**/electron/**', '**/renderer/**']),
    },
  },
);
