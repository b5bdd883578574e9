import path from 'node:path';

/**
 * Where the bundled main process finds its siblings. main.cjs lives in build/electron/, both in
 * the repo and inside app.asar, so everything is relative to it rather than to app.getAppPath()
 * (which differs between `electron .`, `electron build/electron/main.cjs` and a package).
 */
export interface BundlePaths {
  preload: string;
  rendererDir: string;
  icon: string;
  /** The folder holding package.json (the repo root or app.asar). */
  appRoot: string;
}

/** The paths for a bundle living in `bundleDir` (the directory of main.cjs). */
export function bundlePaths(bundleDir: string): BundlePaths {
  return {
    preload: path.join(bundleDir, 'preload.cjs'),
    rendererDir: path.join(bundleDir, '..', 'renderer'),
    icon: path.join(bundleDir, 'icon.png'),
    appRoot: path.join(bundleDir, '..', '..'),
  };
}
