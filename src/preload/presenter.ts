/** Preload of the presenter window (the speaker's screen): `window.lectern` with role 'presenter'. */
import { presenterBridge, exposeBridge } from './bridge';

exposeBridge(presenterBridge());
