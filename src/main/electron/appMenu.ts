import type { MenuItemConstructorOptions } from 'electron';

/** View menu without reload and developer tools, for the shipped app. */
const PACKAGED_VIEW_MENU: MenuItemConstructorOptions[] = [
  { role: 'resetZoom' },
  { role: 'zoomIn' },
  { role: 'zoomOut' },
  { type: 'separator' },
  { role: 'togglefullscreen' },
];

/**
 * The application menu, built only from Electron roles so labels come from Electron and the OS rather than
 * from strings of ours that would need translating. Reload and developer tools exist only in development.
 */
export function appMenuTemplate(options: {
  platform: NodeJS.Platform;
  packaged: boolean;
}): MenuItemConstructorOptions[] {
  const view: MenuItemConstructorOptions = options.packaged
    ? { role: 'viewMenu', submenu: PACKAGED_VIEW_MENU }
    : { role: 'viewMenu' };
  return [
    ...(options.platform === 'darwin' ? [{ role: 'appMenu' } as const] : []),
    { role: 'fileMenu' },
    { role: 'editMenu' },
    view,
    { role: 'windowMenu' },
  ];
}
