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
import { httpLinksSource, type LinksSource } from './connect/links-source';
import './styles/slides.css';
import './styles/preview.css';
import './styles/app.css';
import './styles/delegate.css';
import './styles/stage.css';
import './styles/cues.css';

/**
 * Which view this page is: in the desktop app the window's bridge says (main gave each window its
 * role's preload); on the web host the URL does (core/views.ts, the same parser the host uses).
 */
const view: View = window.lectern?.role ?? viewOfUrl(location);

function pickTransport(): ShowTransport {
  const bridge = window.lectern;
  if (bridge && bridge.role !== 'connect') return ipcTransport(bridge);
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
/** The LAN pages load their own chunks: the audience's first slide never waits for them. */
const RemotePage = lazy(() => import('./remote/RemotePage').then((m) => ({ default: m.RemotePage })));
const CrewPage = lazy(() => import('./crew/CrewPage').then((m) => ({ default: m.CrewPage })));
const FollowPage = lazy(() => import('./follow/FollowPage').then((m) => ({ default: m.FollowPage })));
const ConnectPage = lazy(() => import('./connect/ConnectPage').then((m) => ({ default: m.ConnectPage })));

/** Where the links page asks: the Phone remote window's bridge, or the web host's API. */
function linksSource(): LinksSource {
  const bridge = window.lectern;
  return bridge?.role === 'connect' ? bridge : httpLinksSource();
}

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
    case 'remote':
      return (
        <Suspense fallback={null}>
          <RemotePage transport={pickTransport()} />
        </Suspense>
      );
    case 'crew':
      return (
        <Suspense fallback={null}>
          <CrewPage transport={pickTransport()} />
        </Suspense>
      );
    case 'follow':
      return (
        <Suspense fallback={null}>
          <FollowPage transport={pickTransport()} />
        </Suspense>
      );
    case 'connect':
      return (
        <Suspense fallback={null}>
          <ConnectPage source={linksSource()} />
        </Suspense>
      );
    case 'audience':
    case 'presenter':
      return <App role={view} transport={pickTransport()} />;
  }
}

const root = document.getElementById('root');
if (root) {
  document.documentElement.dataset.view = view;
  createRoot(root).render(<StrictMode>{page()}</StrictMode>);
}
