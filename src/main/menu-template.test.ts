import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { buildMenuTemplate } from './menu-template';
import { mainText } from './ui-language';

const actions = {
  openSpeech: vi.fn(),
  togglePresenter: vi.fn(),
  swapDisplays: vi.fn(),
  toggleRehearsal: vi.fn(),
  openDelegateView: vi.fn(),
  openPhoneRemote: vi.fn(),
  openPanel: vi.fn(),
  exportHandout: vi.fn(),
  exportPptx: vi.fn(),
  setUiLanguage: vi.fn(),
};
const english = { text: mainText('en').menu, uiLanguage: null };
const labels = (items: MenuItemConstructorOptions[]) => items.map((i) => i.label ?? i.role);
const submenu = (item: MenuItemConstructorOptions | undefined) =>
  (item?.submenu ?? []) as MenuItemConstructorOptions[];

describe('buildMenuTemplate', () => {
  it('follows macOS conventions: app menu first, Window menu last, Quit in the app menu', () => {
    const menu = buildMenuTemplate(actions, {
      platform: 'darwin',
      appName: 'Lectern',
      devTools: false,
      ...english,
    });
    expect(labels(menu)).toEqual(['Lectern', '&File', 'editMenu', '&View', 'windowMenu']);
    expect(submenu(menu[0]).some((i) => i.role === 'quit')).toBe(true);
    expect(submenu(menu[1]).some((i) => i.role === 'quit')).toBe(false);
  });

  it('puts Quit in File on Windows and Linux', () => {
    const menu = buildMenuTemplate(actions, {
      platform: 'win32',
      appName: 'Lectern',
      devTools: false,
      ...english,
    });
    expect(labels(menu)).toEqual(['&File', '&Edit', '&View']);
    expect(submenu(menu[0]).at(-1)?.role).toBe('quit');
    // Preferences… ends Edit here (on macOS it is in the app menu)
    expect(submenu(menu[1]).at(-1)?.label).toBe('Preferences…');
    expect(
      submenu(
        buildMenuTemplate(actions, { platform: 'darwin', appName: 'L', devTools: false, ...english })[0],
      ).some((i) => i.label === 'Preferences…'),
    ).toBe(true);
  });

  it('wires the show actions and offers DevTools only in development', () => {
    const menu = buildMenuTemplate(actions, {
      platform: 'linux',
      appName: 'Lectern',
      devTools: true,
      ...english,
    });
    const view = submenu(menu[2]);
    expect(labels(view)).toEqual([
      'Toggle Presenter Window',
      'Swap Displays',
      undefined,
      'Start or Finish Rehearsal',
      'Delegate View',
      'Phone Remote…',
      undefined,
      'Language',
      undefined,
      'Overview of Slides',
      'Keys…',
      undefined,
      'togglefullscreen',
      'reload',
      'toggleDevTools',
    ]);
    for (const item of [...submenu(menu[0]), ...submenu(menu[1]), ...view])
      (item.click as (() => void) | undefined)?.();
    expect(actions.openPanel.mock.calls).toEqual([['keys'], ['overview'], ['help']]);
    expect(actions.openSpeech).toHaveBeenCalledOnce();
    expect(actions.togglePresenter).toHaveBeenCalledOnce();
    expect(actions.swapDisplays).toHaveBeenCalledOnce();
    expect(actions.toggleRehearsal).toHaveBeenCalledOnce();
    expect(actions.openDelegateView).toHaveBeenCalledOnce();
    expect(actions.openPhoneRemote).toHaveBeenCalledOnce();
    expect(actions.exportHandout.mock.calls).toEqual([['notes'], ['slides']]);
    expect(actions.exportPptx).toHaveBeenCalledOnce();
  });

  it('offers every interface language by its own name, the choice checked, in the interface’s words', () => {
    const menu = buildMenuTemplate(actions, {
      platform: 'linux',
      appName: 'Lectern',
      devTools: false,
      text: mainText('ru').menu,
      uiLanguage: 'zh',
    });
    expect(labels(menu)).toEqual(['&Файл', '&Правка', '&Вид']);
    const language = submenu(menu[2]).find((item) => item.label === 'Язык');
    const items = submenu(language);
    expect(labels(items)).toEqual([
      'Как в системе',
      undefined,
      'English',
      '中文（简体）',
      'Русский',
      'Español',
      'Français',
      'العربية',
    ]);
    expect(items.filter((item) => item.checked).map((item) => item.label)).toEqual(['中文（简体）']);
    (items.find((item) => item.label === 'العربية')!.click as () => void)();
    (items[0]!.click as () => void)();
    expect(actions.setUiLanguage.mock.calls).toEqual([['ar'], [null]]);
  });
});
