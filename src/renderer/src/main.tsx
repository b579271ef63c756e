/**
 * The page of every view (index.html) but the web host's audience, which has a page of its own
 * (audience.html, audience-main.ts). Which view: in the desktop app the window's bridge says (main
 * gave each window its role's preload); on the web host the URL does (core/views.ts).
 */
import { viewOfUrl, type View } from '../../core/views';
import { readFirstSnapshot } from './first-snapshot';
import { startApp } from './start-app';
import './styles/all.css';

const view: View = window.lectern?.role ?? viewOfUrl(location);
startApp(view, { first: readFirstSnapshot() });
