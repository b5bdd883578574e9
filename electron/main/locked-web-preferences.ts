/**
 * The renderer hardening every Copydesk window shares (Electron's security checklist): isolated,
 * sandboxed, no Node, no webviews, no navigation by dropping a file. Each window adds its own
 * preload (or none) and spellcheck.
 */
export const LOCKED_WEB_PREFERENCES = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
  navigateOnDragDrop: false,
  safeDialogs: true,
} as const;
