import { lazy, StrictMode, Suspense, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { viewOfUrl, type View } from '../../core/views';
import { App } from './App';
import { startI18n } from './i18n';
import { loadCjkFontFor } from './fonts';
import { DelegatePage } from './DelegatePage';
import { httpReportSource } from './report/report-source';
import { ipcTransport } from './transport/ipc';
import { webSocketTransport } from './transport/websocket';
import type { ShowTransport } from './transport/transport';
import './styles/fonts.css';
import './styles/slides.css';
import './styles/preview.css';
import './styles/app.css';
import './styles/delegate.css';
import './styles/stage.css';

/**
 * Which view this page is: in the desktop app the window's bridge says (main gave each window its
 * role's preload); on the web host the URL does (core/views.ts, the same parser the host uses).
 */
const view: View = window.lectern?.role ?? viewOfUrl(location);

function pickTransport(): ShowTransport {
  if (window.lectern) return ipcTransport(window.lectern);
  const url = new URL('/ws', location.href);
  url.protocol = location.protocol === 'https:' ? 'wss:' : 'ws:';
  url.searchParams.set('view', view);
  // In LAN mode the page was opened with ?token=…; the socket must carry it too.
  const token = new URLSearchParams(location.search).get('token');
  if (token) url.searchParams.set('token', token);
  return webSocketTransport(url.href);
}

/** The rehearsal report (web host): its own page, with the chart library in its own chunk. */
const ReportPage = lazy(() => import('./report/ReportPage').then((m) => ({ default: m.ReportPage })));

const i18n = startI18n();
// the interface's own words may need the CJK font (Chinese); a deck's are looked at in useShow
loadCjkFontFor(JSON.stringify(i18n.getResourceBundle(i18n.language, 'translation')));

function page(): ReactNode {
  switch (view) {
    case 'delegate':
      return <DelegatePage transport={pickTransport()} />;
    case 'report':
      return (
        <Suspense fallback={<div className="loading">{i18n.t('report.loading')}</div>}>
          <ReportPage source={httpReportSource()} />
        </Suspense>
      );
    default:
      return <App role={view} transport={pickTransport()} />;
  }
}

const root = document.getElementById('root');
if (root) {
  document.documentElement.dataset.view = view;
  createRoot(root).render(<StrictMode>{page()}</StrictMode>);
}
