import type { ReactNode } from 'react';
import { useT } from '../i18n';
import type { ConnectionStatus } from '../transport/transport';

/** What the LAN pages (remote, crew, follow) show before the talk has arrived, or once their link was replaced. */
export function NotConnected({ status }: { status: ConnectionStatus }): ReactNode {
  const t = useT();
  return <div className="lan-gone">{t(status === 'replaced' ? 'remote.replaced' : 'remote.connecting')}</div>;
}

/** "Reconnecting…" while the page has lost the host (it keeps showing the last it knew). */
export function Reconnecting({ status }: { status: ConnectionStatus }): ReactNode {
  const t = useT();
  if (status === 'open') return null;
  return (
    <div className="lan-status" role="status">
      {t('remote.reconnecting')}
    </div>
  );
}
