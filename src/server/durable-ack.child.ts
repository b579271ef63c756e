/**
 * Child process for durable-ack.test.ts: a show assembled and served like `lectern serve`
 * (openShow, then the web host), keeping its rehearsals in the data folder given as the first
 * argument. Prints the port once it listens, then serves until it is killed.
 */
import { makeDeck } from '../../tests/helpers/decks';
import { openShow } from '../host/open-show';
import { startWebHost } from './web-host';

const dataDir = process.argv[2]!;
const show = await openShow({
  speech: { path: '/talks/ack.md', deck: makeDeck(4, 'ack') },
  dataDir,
  follow: false,
  resume: 'never',
});
// No pages are served here, only the API: any folder does as the renderer's.
const host = await startWebHost({ show, rendererDir: dataDir, port: 0 });
process.stdout.write(`${host.port}\n`);
