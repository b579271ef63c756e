import { main } from '../../src/cli/index';

/** Runs the `lectern` CLI in-process, capturing what it writes and its exit code. */
export async function runCli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(args, { out: (text) => void (out += text), err: (text) => void (err += text) });
  return { code, out, err };
}
