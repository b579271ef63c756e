/**
 * Starts a page's React app for its view (main.tsx and audience-main.ts call it). Each view but
 * the audience and the presenter loads its code on its own (dynamic import), so the audience page
 * never fetches, parses or keeps the code of pages it does not show.
 */
import { lazy, StrictMode, Suspense, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import type { FirstSnapshot } from './first-snapshot';
import type { View } from '../../core/views';
import { App } from './App';
import { startI18n } from './i18n';
import { loadCjkFontFor } from './fonts';
import { httpReportSource } from './report/report-source';
import { ipcTransport } from './transport/ipc';
import { webSocketTransport } from './transport/websocket';
import type { ShowTransport } from './transport/transport';
import { httpLinksSource, type LinksSource } from './connect/links-source';

export interface StartOptions {
  /** The snapshot shipped in the page (first-snapshot.ts): drawn at once, before the socket answers. */
  first?: FirstSnapshot | null;
  /** The audience's live deck shows its slide (the first slide drawn before React hands over). */
  onAudienceShown?: () => void;
}

/** How long a page that waits for its first paint to connect waits at most (ms). */
const CONNECT_AFTER_PAINT_MAX_MS = 3_000;

function pickTransportFor(view: View, first: FirstSnapshot | null, shown?: Promise<void>): ShowTransport {
  const bridge = window.lectern;
  if (bridge && bridge.role !== 'connect') return ipcTransport(bridge);
  const url = new URL('/ws', location.href);
  url.protocol = location.protocol === 'https:' ? 'wss:' : 'ws:';
  url.searchParams.set('view', view);
  // In LAN mode the page was opened with ?token=…; the socket must carry it too.
  const token = new URLSearchParams(location.search).get('token');
  if (token) url.searchParams.set('token', token);
  // the deck shipped in the page is not sent again on the socket (host/deck-tag.ts)
  const known = first?.deckTag ? { deck: first.snapshot.deck, deckTag: first.deckTag } : undefined;
  // a page with only the notes near its slide is sent the whole deck: once it has painted
  const openWhen =
    first?.notesIn && shown
      ? Promise.race([shown, new Promise<void>((r) => setTimeout(r, CONNECT_AFTER_PAINT_MAX_MS))])
      : undefined;
  return webSocketTransport(url.href, { known, openWhen });
}

/** The rehearsal report (web host): its own page, with the chart library in its own chunk. */
const ReportPage = lazy(() => import('./report/ReportPage').then((m) => ({ default: m.ReportPage })));
/** The LAN pages load their own chunks: the audience's first slide never waits for them. */
const RemotePage = lazy(() => import('./remote/RemotePage').then((m) => ({ default: m.RemotePage })));
const CrewPage = lazy(() => import('./crew/CrewPage').then((m) => ({ default: m.CrewPage })));
const FollowPage = lazy(() => import('./follow/FollowPage').then((m) => ({ default: m.FollowPage })));
const ConnectPage = lazy(() => import('./connect/ConnectPage').then((m) => ({ default: m.ConnectPage })));
const DelegatePage = lazy(() => import('./DelegatePage').then((m) => ({ default: m.DelegatePage })));

/** Where the links page asks: the Phone remote window's bridge, or the web host's API. */
function linksSource(): LinksSource {
  const bridge = window.lectern;
  return bridge?.role === 'connect' ? bridge : httpLinksSource();
}

function page(view: View, options: StartOptions, i18n: Awaited<ReturnType<typeof startI18n>>): ReactNode {
  let presenterShown = (): void => undefined;
  const shown = new Promise<void>((resolve) => (presenterShown = resolve));
  const pickTransport = (): ShowTransport => pickTransportFor(view, options.first ?? null, shown);
  switch (view) {
    case 'delegate':
      return (
        <Suspense fallback={null}>
          <DelegatePage transport={pickTransport()} />
        </Suspense>
      );
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
      return (
        <App
          role={view}
          transport={pickTransport()}
          first={options.first?.snapshot ?? null}
          onAudienceShown={options.onAudienceShown}
          onPresenterShown={presenterShown}
        />
      );
  }
}

export function startApp(view: View, options: StartOptions = {}): void {
  // the interface language's catalogue is a chunk of its own: the page renders once it is in
  void startI18n().then((i18n) => {
    // the interface's own words may need the CJK font (Chinese); a deck's are looked at in useShow
    loadCjkFontFor(JSON.stringify(i18n.getResourceBundle(i18n.language, 'translation')));
    const root = document.getElementById('root');
    if (root) {
      document.documentElement.dataset.view = view;
      createRoot(root).render(<StrictMode>{page(view, options, i18n)}</StrictMode>);
    }
  });
}
