// Folders are layers (see README "Architecture"). The copydesk/layering rule gives each layer
// an ALLOWLIST of what it may import (scripts/lint/layers.mjs) and fails `npm test` when a file
// reaches past it. Globals (document, process, Buffer) are caught by the per-layer tsconfigs
// (core/tsconfig.json, renderer/tsconfig.json). Never relax them to make code fit.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import layering from './scripts/lint/layering-rule.mjs';

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
    files: ['**/*.{ts,tsx,mts,cts,js,jsx,mjs,cjs}'],
    plugins: { copydesk: layering },
    rules: { 'copydesk/layering': 'error' },
  },
  {
    files: ['renderer/src/**/*.tsx', 'renderer/src/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
);
