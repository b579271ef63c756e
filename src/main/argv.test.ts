import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { speechPathFromArgv } from './argv';

const cwd = resolve('/home/ana/talks');

describe('speechPathFromArgv', () => {
  it('reads the speech after the app path in development (electron . talk.md)', () => {
    expect(speechPathFromArgv(['/x/electron', '.', 'talk.md'], { defaultApp: true, cwd })).toBe(
      resolve(cwd, 'talk.md'),
    );
  });

  it('reads the first argument of a packaged app', () => {
    expect(
      speechPathFromArgv(['/Applications/Lectern.app/Contents/MacOS/Lectern', '/tmp/a.txt'], {
        defaultApp: false,
        cwd,
      }),
    ).toBe(resolve('/tmp/a.txt'));
  });

  it('skips flags that Chromium, Playwright and the OS add', () => {
    const argv = [
      '/x/electron',
      '--inspect=0',
      '--remote-debugging-port=0',
      'out/main/index.js',
      '-psn_0_12345',
      'speech.md',
    ];
    expect(speechPathFromArgv(argv, { defaultApp: true, cwd })).toBe(resolve(cwd, 'speech.md'));
  });

  it('returns null when no speech is named', () => {
    expect(speechPathFromArgv(['/x/electron', '.'], { defaultApp: true, cwd })).toBeNull();
    expect(speechPathFromArgv(['/x/Lectern', '--no-sandbox'], { defaultApp: false, cwd })).toBeNull();
    expect(speechPathFromArgv([], { defaultApp: false, cwd })).toBeNull();
  });

  it('takes the file:// URLs a desktop file association passes (Exec=lectern %U)', () => {
    expect(
      speechPathFromArgv(['/usr/bin/lectern', 'file:///home/a/My%20Talk.md'], { defaultApp: false, cwd }),
    ).toBe('/home/a/My Talk.md');
    expect(
      speechPathFromArgv(['/usr/bin/lectern', 'file://remote-host/x.md'], { defaultApp: false, cwd }),
    ).toBeNull();
  });
});
