/**
 * The followers of the fan-out benchmark (fanout.ts), in a process of their own so their work
 * does not run on the host's event loop: `n` follower sockets and one presenter socket on
 * loopback. The presenter sends a slide change; the time from sending it to each follower
 * receiving the new place is measured here, on one clock. Talks to its parent by IPC:
 *   parent → { url, n, moves }    child → { ready } … { latencies: number[] } (ms)
 */
import WebSocket from 'ws';

const now = () => performance.now();

function open(url, origin) {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, { origin });
    ws.once('open', () => resolve(ws));
    ws.once('error', reject);
  });
}

process.once('message', async ({ url, n, moves }) => {
  const origin = url.replace(/^ws/, 'http').replace(/\/ws.*$/, '');
  const followers = [];
  for (let i = 0; i < n; i += 50)
    followers.push(
      ...(await Promise.all(
        Array.from({ length: Math.min(50, n - i) }, () => open(`${url}?view=follow`, origin)),
      )),
    );
  const presenter = await open(`${url}?view=presenter`, origin);
  process.send({ ready: true });
  await new Promise((resolve) => process.once('message', resolve));

  const latencies = [];
  let sentAt = 0;
  let target = -1;
  let waiting = 0;
  let done = () => undefined;
  for (const ws of followers)
    ws.on('message', (data) => {
      const message = JSON.parse(String(data));
      if (message.type !== 'follow-at' || message.at.index !== target) return;
      latencies.push(now() - sentAt);
      if (--waiting === 0) done();
    });
  for (let k = 1; k <= moves; k++) {
    target = k % 2 === 1 ? 1 : 0;
    waiting = followers.length;
    const all = new Promise((resolve) => (done = resolve));
    sentAt = now();
    presenter.send(JSON.stringify({ type: 'command', command: { type: 'goto', index: target } }));
    await all;
  }
  for (const ws of [...followers, presenter]) ws.terminate();
  // disconnect only once the (large) message is out: disconnecting at once can drop it
  process.send({ latencies }, () => process.disconnect());
});
