/**
 * Where the renderer lives and which URLs count as "ours".
 *
 * Packaged and built: `lectern://app/index.html?view=…`, served by protocol.ts from out/renderer.
 * In development (`electron-vite dev`): the Vite dev server at ELECTRON_RENDERER_URL, same query.
 * No Electron import here, so the rules are unit-tested (app-url.test.ts).
 */
import type { UiLanguage } from '../core/ui-language';
import type { View, ViewRole } from '../core/views';

/** The privileged custom scheme; registered in protocol.ts. */
export const APP_SCHEME = 'lectern';
/** The one host of the scheme. Being a standard scheme, `lectern://app` is a real origin. */
export const APP_HOST = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/**
 * The page a window loads. `devServer` is electron-vite's ELECTRON_RENDERER_URL, passed only when
 * the app is not packaged, so a packaged app can never be pointed at a network page by the environment.
 * `lang` is the interface language (ui-language.ts), which the page speaks (renderer/src/i18n).
 */
export function rendererUrl(view: View, devServer?: string, lang?: UiLanguage): string {
  const base = devServer ? new URL('index.html', withSlash(devServer)) : new URL(`${APP_ORIGIN}/index.html`);
  base.searchParams.set('view', view);
  if (lang) base.searchParams.set('lang', lang);
  return base.toString();
}

/** The black page a window falls back to when its renderer keeps crashing (fallback-page.ts). */
export function fallbackUrl(view: ViewRole): string {
  return `${APP_ORIGIN}/fallback.html?view=${view}`;
}

/** The origins our windows may show: the app's, and the dev server's during development. */
export function trustedOrigins(devServer?: string): string[] {
  return devServer ? [APP_ORIGIN, originOf(new URL(devServer))] : [APP_ORIGIN];
}

/** True when `url` is a page of ours. Malformed URLs are not. */
export function isTrustedUrl(url: string, origins: readonly string[]): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return origins.includes(originOf(parsed));
}

/**
 * scheme://host[:port]. Not `URL.origin`: Node's URL does not know that Chromium treats our
 * registered scheme as standard, and reports the origin of every `lectern:` URL as "null".
 */
function originOf(url: URL): string {
  return `${url.protocol}//${url.host}`;
}

function withSlash(url: string): string {
  return url.endsWith('/') ? url : `${url}/`;
}
