/** Preload of the audience window (the projector): `window.lectern` with role 'audience'. */
import { exposeBridge } from './bridge';

exposeBridge('audience');
