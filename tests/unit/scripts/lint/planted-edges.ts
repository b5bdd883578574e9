// The import edges planted by the layering test: each `file` is a path inside a layer (never
// written to disk: ESLint lints the text as if it lived there). `breaks` must fail the rule,
// `passes` must not.

export interface PlantedEdge {
  readonly file: string;
  readonly code: string;
  /** 'forbidden' (an edge off the allowlist), 'computed' (an import() it cannot check) or 'noLayer'. */
  readonly expect?: 'forbidden' | 'computed' | 'noLayer';
}

/** One forbidden npm package and one forbidden repo path per layer, planted in every import form. */
const perLayer: ReadonlyArray<{ file: string; pkg: string; path: string }> = [
  { file: 'core/planted.ts', pkg: 'react', path: '../backend/backend' },
  { file: 'backend/planted.ts', pkg: 'electron', path: '../electron/main/main-window' },
  { file: 'host-common/planted.ts', pkg: 'electron', path: '../renderer/src/client/client' },
  { file: 'electron/main/planted.ts', pkg: 'lowdb', path: '../../site/server' },
  { file: 'electron/preload/planted.ts', pkg: 'zod', path: '../main/backend' },
  { file: 'web-shell/planted.ts', pkg: 'electron', path: '../site/server' },
  { file: 'renderer/src/planted.ts', pkg: 'electron', path: '../../backend/backend' },
  { file: 'site/planted.ts', pkg: 'electron', path: '../backend/backend' },
];

const everyForm = ({ file, pkg, path }: (typeof perLayer)[number]): PlantedEdge[] => [
  { file, code: `import x from '${pkg}';\nexport { x };` },
  { file, code: `import type { X } from '${pkg}';\nexport type { X };` },
  { file, code: `export { x } from '${path}';` },
  { file, code: `export * from '${pkg}';` },
  { file, code: `export const load = () => import('${pkg}');` },
  { file, code: `export const load = () => import(\`${path}\`);` },
  { file, code: `export const m: unknown = require('${pkg}');` },
  { file, code: `import m = require('${path}');\nexport { m };` },
  { file, code: `import { y } from '${path}';\nexport { y };` },
  { file, code: `export type T = import('${pkg}').X;` },
  { file, code: `export const load = (name: string) => import(name);`, expect: 'computed' },
  { file, code: `export const load = (name: string): unknown => require(name);`, expect: 'computed' },
];

/** The audit's planted breaks that import edges can show (the globals are in layer-globals.test.ts). */
const audit: PlantedEdge[] = [
  { file: 'core/db/planted.ts', code: `import Database from 'better-sqlite3';\nexport { Database };` },
  { file: 'core/db/planted.ts', code: `import { Kysely } from 'kysely';\nexport { Kysely };` },
  { file: 'core/render/planted.ts', code: `import { useTranslation } from 'react-i18next';\nexport { useTranslation };` },
  { file: 'core/comments/planted.ts', code: `import { useEditor } from '@tiptap/react';\nexport { useEditor };` },
  { file: 'core/sync/planted.ts', code: `export const open = async () => (await import('electron')).shell;` },
  { file: 'core/time/planted.ts', code: `export const fs = () => import('node:fs');` },
  { file: 'core/planted.ts', code: `import { readFileSync } from 'node:fs';\nexport { readFileSync };` },
  { file: 'backend/app/planted.ts', code: `import { app } from 'electron/main';\nexport { app };` },
  { file: 'backend/articles/store/planted.ts', code: `import { x } from '../../../electron/main/main';\nexport { x };` },
  { file: 'electron/preload/planted.ts', code: `import { b } from '../main/backend';\nexport { b };` },
  { file: 'renderer/src/planted.ts', code: `import { ipcRenderer } from 'electron';\nexport { ipcRenderer };` },
];

/** More forbidden imports per layer (`{ x }` from each): builtins, subpaths, query suffixes, other layers, leaving the repo. */
const moreBySource: Record<string, string[]> = {
  'core/planted.ts': ['fs', '../tests/support/sync-failure', '../../outside', '../renderer/src/main', '@tiptap/pm/transform'],
  'backend/planted.ts': ['../host-common/data-paths', '../site/server', 'fastify'],
  'host-common/planted.ts': ['../web-shell/server', '../electron/main/host-config'],
  'electron/main/planted.ts': ['../preload/preload', '../../renderer/src/main', '../../web-shell/server'],
  'electron/preload/planted.ts': ['node:path', '../../backend/backend'],
  'web-shell/planted.ts': ['../renderer/src/main', 'electron/main'],
  'renderer/src/planted.ts': ['node:path', '../../host-common/data-paths', '../../electron/preload/preload', 'lowdb'],
  'renderer/src/preview/planted.ts': ['../../../site/public/theme.css?raw'],
  'site/planted.ts': ['../host-common/data-paths', '../web-shell/server', 'lowdb'],
};
const more: PlantedEdge[] = [
  ...Object.entries(moreBySource).flatMap(([file, specifiers]) => specifiers.map((spec) => ({ file, code: `import { x } from '${spec}';\nexport { x };` }))),
  { file: 'electron/shared/planted.ts', code: `export const x = 1;`, expect: 'noLayer' },
];

export const breaks: PlantedEdge[] = [...audit, ...perLayer.flatMap(everyForm), ...more];

export const passes: PlantedEdge[] = [
  { file: 'core/ads/planted.ts', code: `import { z } from 'zod';\nimport type { Article } from '../article/article';\nexport { z, type Article };` },
  { file: 'core/time/planted.ts', code: `import { de } from 'date-fns/locale';\nimport { tz } from '@date-fns/tz';\nexport { de, tz };` },
  { file: 'backend/planted.ts', code: `import fs from 'node:fs';\nimport path from 'path';\nimport { Low } from 'lowdb';\nimport { x } from '../core/article/article';\nexport { fs, path, Low, x };` },
  { file: 'backend/articles/store/planted.ts', code: `export { x } from '../../../core/contract';\nexport * from '../../storage/durable-write';` },
  { file: 'host-common/planted.ts', code: `import { x } from '../site/server';\nimport { y } from '../backend/backend';\nexport { x, y };` },
  { file: 'electron/main/planted.ts', code: `import { app } from 'electron';\nimport { BrowserWindow } from 'electron/main';\nimport { b } from '../../backend/backend';\nimport { h } from '../../host-common/data-paths';\nimport { w } from './main-window';\nexport { app, BrowserWindow, b, h, w };` },
  { file: 'electron/preload/planted.ts', code: `import { contextBridge } from 'electron';\nimport { c } from '../../core/contract/ipc-channels';\nimport { b } from '../../core/contract/bridge';\nexport { contextBridge, c, b };` },
  { file: 'web-shell/planted.ts', code: `import Fastify from 'fastify';\nimport { h } from '../host-common/data-paths';\nexport { Fastify, h };` },
  { file: 'renderer/src/editor/planted.tsx', code: `import { useState } from 'react';\nimport { useEditor } from '@tiptap/react';\nimport { x } from '../../../core/article/article';\nimport css from '../../../resources/theme/site.css?raw';\nexport { useState, useEditor, x, css };` },
  { file: 'site/db/planted.ts', code: `import { Kysely } from 'kysely';\nimport { x } from '../../core/article/article';\nexport const db = () => import('better-sqlite3');\nexport { Kysely, x };` },
  { file: 'tests/unit/planted.test.ts', code: `import { app } from 'electron';\nimport { x } from '../../renderer/src/main';\nexport { app, x };` },
  { file: 'scripts/planted.mjs', code: `import fs from 'node:fs';\nimport { x } from '../site/server';\nexport { fs, x };` },
];
