import { lazy, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import type { ViewRole } from '../../core/contract';
import { App } from './App';
import { DelegatePage } from './DelegatePage';
import { httpReportSource } from './report/report-source';
import { ipcTransport } from './transport/ipc';
import { webSocketTransport } from './transport/websocket';
import type { ShowTransport } from './transport/transport';
import './styles/slides.css';
import './styles/preview.css';
import './styles/app.css';
import './styles/delegate.css';

/** Which view this page is: the Electron preload says so; on the web host the path or `?view=` does. */
function pickRole(): ViewRole {
  if (window.lectern) return window.lectern.role;
  const fromQuery = new URLSearchParams(location.search).get('view');
  const fromPath = location.pathname.replace(/^\/+|\/+$/g, '');
  return fromQuery === 'presenter' || fromPath === 'presenter' ? 'presenter' : 'audience';
}

function pickTransport(): ShowTransport {
  if (window.lectern) return ipcTransport(window.lectern);
  const url = new URL('/ws', location.href);
  url.protocol = location.protocol === 'https:' ? 'wss:' : 'ws:';
  // In LAN mode the page was opened with ?token=…; the socket must carry it too.
  const token = new URLSearchParams(location.search).get('token');
  if (token) url.searchParams.set('token', token);
  return webSocketTransport(url.href);
}

/** The rehearsal report (web host): its own page, with the chart library in its own chunk. */
const ReportPage = lazy(() => import('./report/ReportPage').then((m) => ({ default: m.ReportPage })));

function isReport(): boolean {
  if (window.lectern) return false;
  const fromPath = location.pathname.replace(/^\/+|\/+$/g, '');
  return new URLSearchParams(location.search).get('view') === 'report' || fromPath === 'report';
}

/** The delegate viewer: `/delegate` on the web host, `?view=delegate` in a desktop window. */
function isDelegate(): boolean {
  const fromPath = location.pathname.replace(/^\/+|\/+$/g, '');
  return new URLSearchParams(location.search).get('view') === 'delegate' || fromPath === 'delegate';
}

const root = document.getElementById('root');
if (root && isDelegate()) {
  document.documentElement.dataset.view = 'delegate';
  createRoot(root).render(
    <StrictMode>
      <DelegatePage transport={pickTransport()} />
    </StrictMode>,
  );
} else if (root && isReport()) {
  document.documentElement.dataset.view = 'report';
  createRoot(root).render(
    <StrictMode>
      <Suspense fallback={<div className="loading">Loading rehearsals…</div>}>
        <ReportPage source={httpReportSource()} />
      </Suspense>
    </StrictMode>,
  );
} else if (root) {
  const role = pickRole();
  document.documentElement.dataset.view = role;
  createRoot(root).render(
    <StrictMode>
      <App role={role} transport={pickTransport()} />
    </StrictMode>,
  );
}
