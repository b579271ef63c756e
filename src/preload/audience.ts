/** Preload of the audience window (the projector): `window.lectern` with role 'audience' (reads, and moves the deck). */
import { audienceBridge, exposeBridge } from './bridge';

exposeBridge(audienceBridge());
