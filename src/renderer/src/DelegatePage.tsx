import type { ReactNode } from 'react';
import { DelegateView } from './delegate/DelegateView';
import type { ShowTransport } from './transport/transport';
import { useShow } from './useShow';
import { useDeckStyle } from './slide/useDeckStyle';
import { useT } from './i18n';

/**
 * The delegate viewer as a live page (/delegate, View › Delegate View): follows the host's deck,
 * so a speech edited on disk reloads here too. The view itself is shared with the exported file.
 */
export function DelegatePage({ transport }: { transport: ShowTransport }): ReactNode {
  const t = useT();
  const { snapshot } = useShow(transport);
  useDeckStyle(snapshot?.deck);
  if (!snapshot) return <div className="loading">{t('delegate.loading')}</div>;
  return <DelegateView deck={snapshot.deck} />;
}
