/** Installs the application menu (its content is in menu-template.ts). */
import { app, Menu } from 'electron';
import { buildMenuTemplate, type MenuActions } from './menu-template';

export function installMenu(actions: MenuActions, devTools: boolean): void {
  const template = buildMenuTemplate(actions, { platform: process.platform, appName: app.name, devTools });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
