import type { ConnectBridge, LecternBridge } from '../../../core/contract';
import { unreachable, type ShowTransport } from './transport';

/** Transport over the preload's narrow bridge (Electron windows that show the talk). */
export function ipcTransport(bridge: Exclude<LecternBridge, ConnectBridge>): ShowTransport {
  return {
    connect(listener) {
      let stopped = false;
      const offState = bridge.onState((state) => listener.onState(state));
      const offSnapshot = bridge.onSnapshot((snapshot) => listener.onSnapshot(snapshot));
      listener.onStatus('connecting');
      bridge
        .getSnapshot()
        .then((snapshot) => {
          if (stopped) return;
          listener.onSnapshot(snapshot);
          listener.onStatus('open');
        })
        .catch(() => listener.onStatus('closed'));
      return () => {
        stopped = true;
        offState();
        offSnapshot();
      };
    },
    async send(command) {
      // The delegate viewer's bridge has no send: it only reads (main would refuse it anyway).
      if (!('send' in bridge)) return { ok: false, status: 403, error: 'this window only reads the talk' };
      try {
        return await bridge.send(command);
      } catch (error) {
        return unreachable(String((error as Error).message));
      }
    },
    async saveKeys(config) {
      if (bridge.role !== 'presenter')
        return { overrides: {}, problem: 'only the presenter window sets the keys' };
      try {
        return await bridge.saveKeys(config);
      } catch (error) {
        return { overrides: {}, problem: String((error as Error).message) };
      }
    },
  };
}
