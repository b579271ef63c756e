/** Installs the application menu (its content is in menu-template.ts). */
import { app, Menu } from 'electron';
import type { UiLanguage } from '../core/ui-language';
import { buildMenuTemplate, type MenuActions } from './menu-template';
import { mainText } from './ui-language';

/**
 * (Re)installs the menu in the interface language `lang`; `choice` is what View › Language shows
 * checked (null: following the system).
 */
export function installMenu(
  actions: MenuActions,
  devTools: boolean,
  lang: UiLanguage,
  choice: UiLanguage | null,
): void {
  const template = buildMenuTemplate(actions, {
    platform: process.platform,
    appName: app.name,
    devTools,
    text: mainText(lang).menu,
    uiLanguage: choice,
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
