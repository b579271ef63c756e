/**
 * The layer rules (eslint.config.js) hold on real files: a forbidden import fails lint however
 * its path is spelled, and the allowed ones pass. Linted as if the code stood at `filePath`.
 */
import { ESLint } from 'eslint';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: root });
});

async function problems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(root, filePath) });
  return result!.messages.filter((m) => m.severity === 2).map((m) => `${m.ruleId}: ${m.message}`);
}

describe('layers are enforced by folder', () => {
  it.each([
    ['src/renderer/src/audience/x.ts', "import { openShow } from '../../../host/open-show';\nvoid openShow;"],
    ['src/renderer/src/x.ts', "import { startWebHost } from '../../server/web-host';\nvoid startWebHost;"],
    ['src/renderer/src/x.ts', "import { registerShowIpc } from '../../main/ipc';\nvoid registerShowIpc;"],
    ['src/core/x.ts', "import { readSpeechFile } from '../host/speech-file';\nvoid readSpeechFile;"],
    ['src/core/speech/x.ts', "import { main } from '../../cli/index';\nvoid main;"],
    ['src/host/x.ts', "import { createShowWindow } from '../main/windows';\nvoid createShowWindow;"],
    ['src/host/x.ts', "import { startWebHost } from '../server/web-host';\nvoid startWebHost;"],
    ['src/server/x.ts', "import { attachWindow } from '../main/ipc';\nvoid attachWindow;"],
    ['src/preload/x.ts', "import { openShow } from '../host/open-show';\nvoid openShow;"],
    ['src/host/x.ts', "import { App } from '../renderer/src/App';\nvoid App;"],
    ['src/renderer/src/slide/x.ts', "import { useShow } from '../useShow';\nvoid useShow;"],
  ])('%s may not import %s', async (file, code) => {
    expect(await problems(file, code)).toEqual([expect.stringMatching(/^import-x\/no-restricted-paths: /)]);
  });

  it.each([
    ['src/host/x.ts', "import { app } from 'electron';\nvoid app;"],
    ['src/server/x.ts', "import { ipcMain } from 'electron';\nvoid ipcMain;"],
    ['src/cli/x.ts', "import { app } from 'electron/main';\nvoid app;"],
    ['src/core/x.ts', "import { readFileSync } from 'node:fs';\nvoid readFileSync;"],
    ['src/core/x.ts', "import { createElement } from 'react';\nvoid createElement;"],
    ['src/renderer/src/x.ts', "import { ipcRenderer } from 'electron';\nvoid ipcRenderer;"],
  ])('%s may not use the platform package in %s', async (file, code) => {
    expect(await problems(file, code)).toEqual([expect.stringMatching(/^no-restricted-imports: /)]);
  });

  it.each([
    ['src/host/x.ts', "import { buildDeck } from '../core/speech';\nvoid buildDeck;"],
    ['src/server/x.ts', "import { openShow } from '../host/open-show';\nvoid openShow;"],
    ['src/cli/x.ts', "import { startWebHost } from '../server/web-host';\nvoid startWebHost;"],
    [
      'src/main/x.ts',
      "import { openShow } from '../host/open-show';\nimport { app } from 'electron';\nvoid openShow;\nvoid app;",
    ],
    ['src/renderer/src/x.ts', "import { viewOfUrl } from '../../core/views';\nvoid viewOfUrl;"],
    ['src/core/x.ts', "import { reduceShow } from './show';\nvoid reduceShow;"],
    [
      'src/host/x.ts',
      "import { SlideContent } from '../renderer/src/slide/SlideContent';\nvoid SlideContent;",
    ],
  ])('%s may import %s', async (file, code) => {
    expect(await problems(file, code)).toEqual([]);
  });
});
