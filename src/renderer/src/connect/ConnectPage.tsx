import { useEffect, useState, type ReactNode } from 'react';
import type { LanStatus } from '../../../core/contract';
import type { LanRole } from '../../../core/lan-roles';
import { useT } from '../i18n';
import type { LinksSource } from './links-source';
import '../styles/connect.css';

/** The links shown, in the order a speaker hands them out. */
const SHOWN: LanRole[] = ['remote', 'crew', 'follower'];

/**
 * The Phone remote window (desktop: View › Phone Remote…; web host: /connect with the presenter's
 * token): the links, with QR codes, that open the phone remote, the stage manager's cues and the
 * live follow page, and a button to replace each (the old link stops working at once). In the
 * desktop app the LAN pages are served only after "Start", and "Stop" ends them.
 */
export function ConnectPage({ source }: { source: LinksSource }): ReactNode {
  const t = useT();
  const [status, setStatus] = useState<LanStatus | null>(null);
  const [busy, setBusy] = useState(false);
  const run = (action: () => Promise<LanStatus>): void => {
    setBusy(true);
    void action()
      .then(setStatus)
      .catch((error: unknown) =>
        setStatus({ running: false, links: [], problem: String((error as Error).message) }),
      )
      .finally(() => setBusy(false));
  };
  useEffect(() => {
    document.title = t('remote.links.title');
    void source.status().then(setStatus);
  }, [source, t]);

  if (!status) return <div className="connect">{t('remote.connecting')}</div>;
  return (
    <div className="connect" data-testid="connect">
      <header className="connect-head">
        <h1>{t('remote.links.title')}</h1>
        <p>{status.running ? t('remote.links.running') : t('remote.links.stopped')}</p>
        {status.problem ? (
          <p className="connect-problem" role="alert">
            {status.problem}
          </p>
        ) : null}
        <div className="connect-actions">
          {source.start && !status.running ? (
            <button
              type="button"
              data-testid="connect-start"
              disabled={busy}
              onClick={() => run(source.start!)}
            >
              {t('remote.links.start')}
            </button>
          ) : null}
          {status.running ? (
            <button
              type="button"
              data-testid="connect-rotate-all"
              disabled={busy}
              onClick={() => run(() => source.rotate('all'))}
            >
              {t('remote.links.rotateAll')}
            </button>
          ) : null}
          {source.stop && status.running ? (
            <button
              type="button"
              data-testid="connect-stop"
              disabled={busy}
              onClick={() => run(source.stop!)}
            >
              {t('remote.links.stop')}
            </button>
          ) : null}
        </div>
      </header>
      {status.running
        ? SHOWN.map((role) => {
            const link = status.links.find((l) => l.role === role);
            if (!link) return null;
            return (
              <section key={role} className="connect-link" data-testid={`connect-${role}`}>
                <h2>{t(`remote.links.${role}`)}</h2>
                <p className="connect-what">{t(`remote.links.${role}What`)}</p>
                <img className="connect-qr" src={link.qr} alt={t('remote.links.qr', { url: link.url })} />
                <p className="connect-url">
                  <code>{link.url}</code>
                </p>
                <button type="button" disabled={busy} onClick={() => run(() => source.rotate(role))}>
                  {t('remote.links.rotate')}
                </button>
              </section>
            );
          })
        : null}
    </div>
  );
}
