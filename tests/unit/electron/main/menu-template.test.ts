import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { buildMenuTemplate } from '../../../../electron/main/menu-template';
import { menuLanguage } from '../../../../electron/main/menu-labels';

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

const build = (over: Partial<Parameters<typeof buildMenuTemplate>[0]> = {}) => {
  const sendCommand = vi.fn();
  const template = buildMenuTemplate({ language: 'en', platform: 'linux', isDev: false, sendCommand, showAbout: vi.fn(), ...over });
  return { template, items: flatten(template), sendCommand };
};

describe('buildMenuTemplate', () => {
  it('has File, Edit, View, Window and Help', () => {
    expect(build().template.map((m) => m.label)).toEqual(['File', 'Edit', 'View', 'Window', 'Help']);
    expect(build({ language: 'de' }).template.map((m) => m.label)).toEqual(['Datei', 'Bearbeiten', 'Ansicht', 'Fenster', 'Hilfe']);
  });

  it('puts the app menu first on macOS and Quit in File elsewhere', () => {
    expect(build({ platform: 'darwin' }).template[0]).toEqual({ role: 'appMenu' });
    expect(build({ platform: 'darwin' }).items.some((i) => i.role === 'quit')).toBe(false);
    expect(build({ platform: 'win32' }).items.some((i) => i.role === 'quit')).toBe(true);
  });

  it('sends the renderer commands with the usual accelerators', () => {
    const { items, sendCommand } = build();
    const byAccel = (a: string) => items.find((i) => i.accelerator === a);
    for (const [accel, command] of [
      ['CmdOrCtrl+N', 'new-article'],
      ['CmdOrCtrl+S', 'save'],
      ['CmdOrCtrl+F', 'find'],
    ] as const) {
      const item = byAccel(accel);
      expect(item, accel).toBeDefined();
      (item!.click as () => void)();
      expect(sendCommand).toHaveBeenLastCalledWith(command);
    }
  });

  it('has the editing and view roles', () => {
    const roles = build().items.map((i) => i.role).filter(Boolean);
    for (const role of ['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll', 'resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen', 'close', 'windowMenu', 'help']) {
      expect(roles).toContain(role);
    }
  });

  it('offers reload and DevTools only in development', () => {
    const prodRoles = build({ isDev: false }).items.map((i) => i.role);
    expect(prodRoles).not.toContain('reload');
    expect(prodRoles).not.toContain('toggleDevTools');
    const devRoles = build({ isDev: true }).items.map((i) => i.role);
    expect(devRoles).toContain('reload');
    expect(devRoles).toContain('toggleDevTools');
  });

  it('labels every non-separator item in both languages', () => {
    for (const language of ['de', 'en'] as const) {
      const unlabeled = build({ language, platform: 'linux' }).items.filter((i) => i.type !== 'separator' && !i.label);
      expect(unlabeled).toEqual([]);
    }
  });
});

describe('menuLanguage', () => {
  it('prefers COPYDESK_LANG, then the setting, then the OS locale', () => {
    expect(menuLanguage('en', 'de', 'de-DE')).toBe('en');
    expect(menuLanguage(null, 'en', 'de-DE')).toBe('en');
    expect(menuLanguage(null, 'system', 'de-AT')).toBe('de');
    expect(menuLanguage(null, undefined, 'fr-FR')).toBe('en');
  });
});
