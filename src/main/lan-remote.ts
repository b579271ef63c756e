/**
 * The desktop app's LAN pages (View › Phone Remote…): the same web host as `lectern serve --lan`
 * (server/web-host.ts), on the same show, started only when the speaker asks for it and stopped
 * when they say so or quit. Nothing of the show listens on the network before that.
 *
 * No Electron import: the Phone remote window's IPC handlers (ipc.ts) call this, and it is
 * unit-tested with a real host (lan-remote.test.ts).
 */
import type { LanStatus } from '../core/contract';
import type { LanRole } from '../core/lan-roles';
import type { WebHost } from '../server/web-host';

export interface LanRemoteOptions {
  /** Starts a LAN host on a port (0: any free one). */
  startHost: (port: number) => Promise<WebHost>;
  /** The port tried first (a phone that opened it before finds it again). Default 4317. */
  port?: number;
}

export interface LanRemote {
  status(): Promise<LanStatus>;
  start(): Promise<LanStatus>;
  stop(): Promise<LanStatus>;
  rotate(which: LanRole | 'all'): Promise<LanStatus>;
}

export function lanRemote(options: LanRemoteOptions): LanRemote {
  let host: WebHost | null = null;
  let starting: Promise<WebHost> | null = null;
  let problem: string | null = null;

  const status = async (): Promise<LanStatus> => ({
    running: host !== null,
    links: host ? await host.linksWithQr() : [],
    problem,
  });

  const start = async (): Promise<LanStatus> => {
    if (!host) {
      starting ??= options
        .startHost(options.port ?? 4317)
        // the usual port is taken (another Lectern, another program): any free one will do
        .catch((error: NodeJS.ErrnoException) => {
          if (error.code === 'EADDRINUSE') return options.startHost(0);
          throw error;
        });
      try {
        host = await starting;
        problem = null;
      } catch (error) {
        problem = `The phone remote could not start: ${(error as Error).message}`;
      } finally {
        starting = null;
      }
    }
    return status();
  };

  return {
    status,
    start,
    async stop() {
      const stopping = host;
      host = null;
      await stopping?.close();
      return status();
    },
    async rotate(which) {
      host?.rotate(which === 'all' ? ['remote', 'crew', 'follower'] : [which]);
      return status();
    },
  };
}
