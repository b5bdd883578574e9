import { app, BrowserWindow, Menu } from 'electron';
import { MENU_COMMAND_CHANNEL, type MenuCommand } from '../../core/contract/ipc-channels';
import type { MenuLanguage } from './menu-labels';
import { buildMenuTemplate } from './menu-template';

const focusedOrFirst = () => BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0] ?? null;

/** Sets (or replaces, after a language change) the application menu; commands go to `editorWindow` (never a preview window). */
export function installApplicationMenu(language: MenuLanguage, editorWindow: () => BrowserWindow | null = focusedOrFirst): void {
  const template = buildMenuTemplate({
    language,
    platform: process.platform,
    isDev: !app.isPackaged,
    sendCommand: (command: MenuCommand) => {
      editorWindow()?.webContents.send(MENU_COMMAND_CHANNEL, command);
    },
    showAbout: () => app.showAboutPanel(),
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
