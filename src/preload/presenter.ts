/** Preload of the presenter window (the speaker's screen): `window.lectern` with role 'presenter'. */
import { exposeBridge } from './bridge';

exposeBridge('presenter');
