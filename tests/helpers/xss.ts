/**
 * The XSS corpus (tests/fixtures/xss-vectors.txt) and the traps that notice a vector running,
 * navigating or fetching: shared by the live views' test (xss.spec.ts) and the exported files'
 * test (xss-exports.spec.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { projectRoot } from './show-host';

export const vectors = readFileSync(join(projectRoot, 'tests', 'fixtures', 'xss-vectors.txt'), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '' && !line.startsWith('# '));

function chunks<T>(list: readonly T[], size: number): T[][] {
  return Array.from({ length: Math.ceil(list.length / size) }, (_, i) =>
    list.slice(i * size, (i + 1) * size),
  );
}

/** Every vector in every context a speech offers. Headings start slides in a Markdown speech. */
export function xssSpeech(): string {
  const cell = (v: string): string => v.replace(/\\/g, '\\\\').replace(/\|/g, '\\|');
  const code = (v: string): string => `\`\` ${v.replace(/`/g, "'")} \`\``;
  return [
    '# A talk that tries everything',
    '',
    'Good morning. Every line below is an attack, and every one of them must stay plain text.',
    '',
    ...vectors.map((v) => `## ${v}\n${v}\n`),
    // The other contexts in sections of 25 vectors: slides of a size a real talk has.
    ...chunks(vectors, 25).flatMap((group, n) => [
      `## Lists ${n + 1}`,
      '',
      ...group.map((v) => `- ${v}`),
      '',
      `## Links and images ${n + 1}`,
      '',
      ...group.map((v, i) => `- [link ${i} ${v}](${v}) and ![${v}](${v})`),
      '',
      `## Table ${n + 1}`,
      '',
      '| vector | as code |',
      '| --- | --- |',
      ...group.map((v) => `| ${cell(v)} | ${cell(code(v))} |`),
      '',
      `## Code ${n + 1}`,
      '',
      '~~~~html',
      ...group,
      '~~~~',
      '',
    ]),
    'Thank you.',
    '',
  ].join('\n');
}

/**
 * Installed before any page script: every way a vector could show it ran ends in `__xssReport`
 * (a Playwright binding, so a hit is recorded even if the page navigates away afterwards).
 */
export function installTrap(): void {
  const w = window as unknown as Record<string, unknown> & {
    __xssReport?: (how: string) => void;
    __cspViolations: string[];
  };
  const hit = (how: string): void => {
    try {
      w.__xssReport?.(how);
    } catch {
      // the binding is gone while the page unloads; the navigation check catches that case
    }
  };
  const fixed = (name: string, value: unknown): void => {
    Object.defineProperty(window, name, { value, writable: false, configurable: false });
  };
  fixed('__xss', (n: unknown) => hit(`__xss(${String(n)})`));
  for (const name of ['alert', 'confirm', 'prompt', 'print']) fixed(name, () => hit(name));
  Object.defineProperty(window, 'xssHit', {
    set: (v: unknown) => hit(`xssHit=${String(v)}`),
    get: () => undefined,
    configurable: false,
  });
  w.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', (event) => {
    w.__cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`);
  });
}

/**
 * Fires the events that inline handlers wait for (hover, focus, pointer, animation, toggle) on every
 * element of the page: a handler that got into the DOM runs now instead of waiting for a pointer.
 * Not `click`: a legitimate https link would navigate, which is no XSS.
 */
export function poke(scope: string): void {
  const types = [
    'mouseover',
    'mouseenter',
    'pointerenter',
    'focus',
    'focusin',
    'animationstart',
    'toggle',
    'load',
    'error',
  ];
  for (const element of Array.from(document.querySelectorAll(scope))) {
    for (const type of types) element.dispatchEvent(new Event(type));
  }
}

export interface Watch {
  executions: string[];
  navigations: string[];
  offsite: string[];
}

/**
 * Records on `seen` whatever a page does that a vector could make it do. `isHome(url)` says which
 * requests are the page's own (the web host, or the exported file itself).
 */
export async function watch(
  page: Page,
  isHome: (url: URL) => boolean,
  name: string,
  seen: Watch,
): Promise<void> {
  await page.exposeBinding('__xssReport', (_source, how: string) => seen.executions.push(`${name}: ${how}`));
  await page.addInitScript(installTrap);
  page.on('dialog', (dialog) => {
    seen.executions.push(`${name}: dialog ${dialog.type()} ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('framenavigated', (frame) =>
    seen.navigations.push(`${name}: ${frame === page.mainFrame() ? 'main' : 'subframe'} ${frame.url()}`),
  );
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol === 'data:' || url.protocol === 'blob:') return; // not the network
    if (!isHome(url)) seen.offsite.push(`${name}: ${request.url()}`);
  });
  page.on('popup', (popup) => seen.navigations.push(`${name}: popup ${popup.url()}`));
}
