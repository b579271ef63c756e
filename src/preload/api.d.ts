/**
 * What the preloads add to a window, for the renderer's type check (tsconfig.web.json includes
 * this file). Optional: in a browser, served by the web host, there is no bridge and the renderer
 * uses its WebSocket transport instead.
 */
import type { LecternBridge } from '../core/contract';

declare global {
  interface Window {
    lectern?: LecternBridge;
  }
}

export {};
