import type { LecternBridge } from '../../../core/contract';
import type { ShowTransport } from './transport';

/** Transport over the preload's narrow bridge (Electron windows). */
export function ipcTransport(bridge: LecternBridge): ShowTransport {
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
    send(command) {
      void bridge.send(command);
    },
  };
}
