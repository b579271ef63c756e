/**
 * `lectern serve` as a real process (issue #17, 2): a speech that is, or becomes, a named pipe
 * never hangs it; later saves are still reloaded; and it stops on SIGTERM by itself.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { makeFifo, unjamFifos } from '../helpers/fifo';
import { decodeTerminalQr } from '../helpers/qr-decode';
import { projectRoot } from '../helpers/show-host';
import { tempDir } from '../helpers/temp';

interface Running {
  child: ChildProcess;
  out: () => string;
  err: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

function lectern(args: string[]): Running {
  const child = spawn(process.execPath, [join(projectRoot, 'bin', 'lectern.mjs'), ...args], {
    env: { ...process.env, LECTERN_DATA_DIR: tempDir('serve-data') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  return { child, out: () => out, err: () => err, exited };
}

let running: Running | null = null;
test.afterEach(async () => {
  // A test that failed leaves nothing running, and no reader stuck on a pipe.
  if (running && running.child.exitCode === null && running.child.signalCode === null)
    running.child.kill('SIGKILL');
  running = null;
  await unjamFifos();
});

test('serve refuses a named pipe as its speech, at once, with the reason', async () => {
  const pipe = makeFifo(tempDir('serve-fifo'), 'talk.md');
  running = lectern(['serve', pipe, '--port', '0']);
  expect(await running.exited).toEqual({ code: 1, signal: null });
  expect(running.err()).toContain('talk.md:1:1: it is a named pipe, not a regular file');
});

test('a named pipe swapped in while serving is reported, the next save reloads, and SIGTERM stops it', async () => {
  const dir = tempDir('serve-swap');
  const speech = join(dir, 'talk.md');
  writeFileSync(speech, '# Before\n\nThe first version.\n');
  running = lectern(['serve', speech, '--port', '0']);
  await expect.poll(running.out, { timeout: 20_000 }).toContain('Presenter:');

  unlinkSync(speech);
  makeFifo(dir, 'talk.md');
  await expect.poll(running.err).toContain('it is a named pipe, not a regular file');

  unlinkSync(speech);
  writeFileSync(speech, '# After\n\nThe speaker saved again.\n\n## More\n\nAnd more.\n');
  await expect.poll(running.out).toContain(`Reloaded ${speech} (2 slides)`);

  running.child.kill('SIGTERM');
  expect(await running.exited).toEqual({ code: 0, signal: null });
  expect(running.err()).not.toContain('not stopped within');
});

test('serve --lan prints a link per role and a QR code that decodes to the phone remote’s link', async ({
  request,
}) => {
  running = lectern(['serve', '--lan', '--port', '0', '--fresh']);
  await expect.poll(running.out, { timeout: 20_000 }).toContain('Every link with its QR code');
  const out = running.out();
  const link = (name: string): string => out.match(new RegExp(`${name}:?\\s+(http\\S+)`))![1]!;
  const remote = link('Phone remote');
  expect(remote).toMatch(/\/remote\?token=[\w-]{24}$/);
  const printedQr = out.slice(
    out.indexOf('Scan to open the phone remote:\n') + 31,
    out.indexOf('  Every link'),
  );
  expect(decodeTerminalQr(printedQr)).toBe(remote);

  // Each link opens its page and no other (asked on loopback: the test never uses the LAN).
  const local = (url: string): string =>
    url.replace(/^http:\/\/[^/]+/, `http://127.0.0.1:${new URL(url).port}`);
  expect((await request.get(local(remote))).status()).toBe(200);
  const follow = link('Follow live');
  expect((await request.get(local(follow))).status()).toBe(200);
  expect((await request.get(local(follow).replace('/follow', '/remote'))).status()).toBe(403);
  expect(
    new Set(
      [remote, follow, link('Stage manager'), link('On the LAN[^\\n]*\\n\\s+Presenter')].map((u) =>
        new URL(u).searchParams.get('token'),
      ),
    ).size,
  ).toBe(4);
  running.child.kill('SIGTERM');
  expect(await running.exited).toEqual({ code: 0, signal: null });
});
