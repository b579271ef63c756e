/** Preload of the delegate viewer window: `window.lectern` with role 'delegate' (reading only). */
import { delegateBridge, exposeBridge } from './bridge';

exposeBridge(delegateBridge());
