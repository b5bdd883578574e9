import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../core/contract/ipc-channels';
import { MENU_LABELS, type MenuLanguage } from './menu-labels';

/** Inputs of the menu; pure data plus callbacks, so the template can be unit-tested. */
export interface MenuTemplateOptions {
  language: MenuLanguage;
  platform: NodeJS.Platform;
  /** Reload and DevTools only appear in development. */
  isDev: boolean;
  /** Sends a command to the renderer of the focused window. */
  sendCommand(command: MenuCommand): void;
  showAbout(): void;
}

/**
 * The application menu: File, Edit, View, Window, Help (plus the app menu on macOS) with the
 * usual roles and accelerators. Commands the renderer owns (new article, save, find) are sent
 * to it; everything else is an Electron role.
 */
export function buildMenuTemplate(o: MenuTemplateOptions): MenuItemConstructorOptions[] {
  const l = MENU_LABELS[o.language];
  const mac = o.platform === 'darwin';
  const command = (label: string, accelerator: string, cmd: MenuCommand): MenuItemConstructorOptions => ({
    label,
    accelerator,
    click: () => o.sendCommand(cmd),
  });

  const template: MenuItemConstructorOptions[] = [];
  if (mac) template.push({ role: 'appMenu' });
  template.push(
    {
      label: l.file,
      submenu: [
        command(l.newArticle, 'CmdOrCtrl+N', 'new-article'),
        command(l.save, 'CmdOrCtrl+S', 'save'),
        { type: 'separator' },
        { role: 'close', label: l.close },
        ...(mac ? [] : [{ type: 'separator' } as const, { role: 'quit', label: l.quit } as const]),
      ],
    },
    {
      label: l.edit,
      submenu: [
        { role: 'undo', label: l.undo },
        { role: 'redo', label: l.redo },
        { type: 'separator' },
        { role: 'cut', label: l.cut },
        { role: 'copy', label: l.copy },
        { role: 'paste', label: l.paste },
        { role: 'selectAll', label: l.selectAll },
        { type: 'separator' },
        command(l.find, 'CmdOrCtrl+F', 'find'),
      ],
    },
    {
      label: l.view,
      submenu: [
        ...(o.isDev
          ? [{ role: 'reload', label: l.reload } as const, { role: 'toggleDevTools', label: l.toggleDevTools } as const, { type: 'separator' } as const]
          : []),
        { role: 'resetZoom', label: l.resetZoom },
        { role: 'zoomIn', label: l.zoomIn },
        { role: 'zoomOut', label: l.zoomOut },
        { type: 'separator' },
        { role: 'togglefullscreen', label: l.toggleFullScreen },
      ],
    },
    {
      role: 'windowMenu',
      label: l.window,
      submenu: [
        { role: 'minimize', label: l.minimize },
        ...(mac ? [{ role: 'zoom', label: l.zoom } as const, { type: 'separator' } as const, { role: 'front' } as const] : []),
      ],
    },
    {
      role: 'help',
      label: l.help,
      submenu: [{ label: l.about, click: () => o.showAbout() }],
    },
  );
  return template;
}
