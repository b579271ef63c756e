import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export interface BuiltPages {
  /** The build has the audience's own page (audience.html: reveal.js first, React after). */
  hasAudiencePage: boolean;
  /** URL paths of the Latin text font, preloaded by the audience page (its first slide uses it). */
  fonts: string[];
}

/** What the built renderer (out/renderer) offers the web host, looked at once when it starts. */
export function builtPages(rendererDir: string): BuiltPages {
  const assets = join(rendererDir, 'assets');
  const files = existsSync(assets) ? readdirSync(assets) : [];
  return {
    hasAudiencePage: existsSync(join(rendererDir, 'audience.html')),
    fonts: files
      .filter((f) => /^noto-sans-latin-wght-normal-[\w-]+\.woff2$/.test(f))
      .map((f) => `/assets/${f}`),
  };
}
