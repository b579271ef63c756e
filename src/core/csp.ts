/**
 * The Content-Security-Policy of every HTML page Lectern serves, in the desktop app (the
 * `lectern://` protocol) and from the web host, so both run the renderer under the same rules.
 *
 * - Scripts only from the app itself: a speech can never bring code, and there is no inline script.
 * - Inline styles are allowed because reveal.js and React set `style` attributes for layout.
 * - Images and fonts from the app or `data:` URLs; video and audio from the app (a speech's clips,
 *   served under /media/); nothing from the network.
 * - `connect-src 'self'` lets the browser view open its WebSocket to the host that served it.
 * - No `<base>`, no form posts, and no framing of Lectern inside another page.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "media-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
