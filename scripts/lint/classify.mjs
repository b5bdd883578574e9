// Where a file sits and where an import specifier points, for the layering rule. Relative
// specifiers are resolved to a repo path before they are checked, so `../../electron/main/x`
// is the electron/main folder whichever file writes it; bare ones are checked by package name.
import { isBuiltin } from 'node:module';
import path from 'node:path';
import { LAYERS, UNRESTRICTED } from './layers.mjs';

const posix = path.posix;
const inside = (repoPath, folder) => repoPath === folder || repoPath.startsWith(`${folder}/`);

/** A file's path relative to the repo root with '/' separators, or null outside the repo. */
export function repoPathOf(root, filename) {
  const relative = path.relative(root, filename).split(path.sep).join('/');
  if (relative === '' || relative.startsWith('../') || relative === '..' || path.isAbsolute(relative)) return null;
  return relative;
}

/** The layer a repo path belongs to: the longest matching folder of the table, or undefined. */
export function layerOf(repoPath) {
  return LAYERS.filter((layer) => inside(repoPath, layer.folder)).sort((a, b) => b.folder.length - a.folder.length)[0];
}

/** True for files the table leaves free: top-level config files and the UNRESTRICTED folders. */
export const isUnrestricted = (repoPath) => !repoPath.includes('/') || UNRESTRICTED.some((folder) => inside(repoPath, folder));

/** `@tiptap/react/menus` -> `@tiptap/react`, `electron/main` -> `electron`. */
export function packageName(specifier) {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/**
 * What a specifier written in `fromRepoPath` points to:
 * { kind: 'builtin' | 'package', name } or { kind: 'path', repoPath } or { kind: 'outside' }.
 */
export function targetOf(root, fromRepoPath, specifier) {
  const bare = specifier.replace(/[?#].*$/, '');
  if (bare.startsWith('.') || path.isAbsolute(bare)) {
    const repoPath = path.isAbsolute(bare) ? repoPathOf(root, bare) : posix.join(posix.dirname(fromRepoPath), bare);
    if (repoPath === null || repoPath === '..' || repoPath.startsWith('../')) return { kind: 'outside' };
    return { kind: 'path', repoPath: repoPath.replace(/\/$/, '') };
  }
  if (isBuiltin(bare)) return { kind: 'builtin', name: bare };
  return { kind: 'package', name: packageName(bare) };
}

const allowsPackage = (layer, name) =>
  layer.packages.some((entry) => (entry.endsWith('/*') ? name.startsWith(entry.slice(0, -1)) : entry === name));

/** null when `layer` may import `target`, else a description of what it reaches. */
export function forbiddenReach(layer, target) {
  switch (target.kind) {
    case 'builtin':
      return layer.node ? null : `the node builtin '${target.name}'`;
    case 'package':
      return allowsPackage(layer, target.name) ? null : `the npm package '${target.name}'`;
    case 'outside':
      return 'a file outside the repository';
    default: {
      if (layer.folders.some((folder) => inside(target.repoPath, folder))) return null;
      const owner = layerOf(target.repoPath)?.folder ?? target.repoPath.split('/')[0];
      return target.repoPath.includes('/') ? `the ${owner}/ folder (${target.repoPath})` : `the top-level file ${target.repoPath}`;
    }
  }
}

/** "core/, zod, date-fns" — the allowlist of a layer, for error messages. */
export function allowlistOf(layer) {
  const folders = layer.folders.map((folder) => `${folder}/`);
  const node = layer.node ? ['node builtins'] : [];
  return [...folders, ...node, ...layer.packages].join(', ');
}
