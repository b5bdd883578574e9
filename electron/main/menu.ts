import { app, BrowserWindow, Menu } from 'electron';
import { MENU_COMMAND_CHANNEL, type MenuCommand } from '../../core/contract/ipc-channels';
import type { MenuLanguage } from './menu-labels';
import { buildMenuTemplate } from './menu-template';

/** Sets (or replaces, after a language change) the application menu. */
export function installApplicationMenu(language: MenuLanguage): void {
  const template = buildMenuTemplate({
    language,
    platform: process.platform,
    isDev: !app.isPackaged,
    sendCommand: (command: MenuCommand) => {
      const target = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
      target?.webContents.send(MENU_COMMAND_CHANNEL, command);
    },
    showAbout: () => app.showAboutPanel(),
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
