/** Preload of the Phone remote window: `window.lectern` with role 'connect' (the LAN pages' links only). */
import { connectBridge, exposeBridge } from './bridge';

exposeBridge(connectBridge());
