import { mkdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildIsStale, delegateViewer, isStale } from './delegate-viewer-build';
import { VIEWER_FILES } from './delegate-viewer';
import { tempDir } from '../../tests/helpers/temp';

const root = tempDir('viewer-build');
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('isStale', () => {
  it.each([
    ['never built', null, [1], true],
    ['built, no inputs listed', 10, [], true],
    ['every input older', 10, [1, 5, 10], false],
    ['an input changed since', 10, [1, 11], true],
    ['an input is gone', 10, [1, null], true],
  ] as const)('%s', (_name, builtAt, inputs, stale) => {
    expect(isStale(builtAt, [...inputs])).toBe(stale);
  });
});

describe('buildIsStale', () => {
  const out = join(root, 'out', 'delegate-viewer');
  const at = (file: string, seconds: number) => utimesSync(file, seconds, seconds);
  const source = join(root, 'src', 'view.tsx');

  it('reads the build’s own list of inputs and their times', () => {
    expect(buildIsStale(out, root)).toBe(true); // nothing built
    mkdirSync(out, { recursive: true });
    mkdirSync(join(root, 'src'));
    writeFileSync(source, 'export {}');
    at(source, 1000);
    for (const name of [VIEWER_FILES.script, VIEWER_FILES.css]) writeFileSync(join(out, name), '');
    writeFileSync(join(out, VIEWER_FILES.inputs), JSON.stringify(['src/view.tsx']));
    at(join(out, VIEWER_FILES.inputs), 2000);
    expect(buildIsStale(out, root)).toBe(false);

    at(source, 3000); // edited after the build
    expect(buildIsStale(out, root)).toBe(true);
    at(source, 1000);
    rmSync(join(out, VIEWER_FILES.css)); // half a build
    expect(buildIsStale(out, root)).toBe(true);
    writeFileSync(join(out, VIEWER_FILES.css), '');
    rmSync(source); // an input gone: the sources moved on
    expect(buildIsStale(out, root)).toBe(true);
  });
});

describe('delegateViewer', () => {
  it('is React’s production build, with no path of the machine that built it', async () => {
    const { script, css } = await delegateViewer();
    const projectRoot = join(import.meta.dirname, '..', '..');
    expect(script).toContain('hydrateRoot');
    expect(script).not.toContain('jsxDEV');
    expect(script).not.toContain(projectRoot);
    expect(css).toContain('.lectern-slide');
    expect(css).toContain('.delegate-row');
  });
});
