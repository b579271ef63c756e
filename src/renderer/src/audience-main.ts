/**
 * The web host's audience page (audience.html). When the host shipped the first snapshot and drew
 * the slide on screen into the page (host/first-page.tsx), reveal.js starts on that slide at once
 * and React, with everything else, is loaded only once the slide is painted; the live deck then
 * takes over (audience/first-slide.ts). Without them (a page from elsewhere) React starts at once.
 */
import { FIRST_SLIDE_ID } from '../../core/first-page';
import { paintFirstSlide } from './audience/first-slide';
import { readFirstSnapshot } from './first-snapshot';
import './styles/all.css';

const first = readFirstSnapshot();
const layer = document.getElementById(FIRST_SLIDE_ID);
const slide = first && layer ? paintFirstSlide(layer, first.snapshot) : null;
if (!slide) layer?.remove();

void (slide?.painted ?? Promise.resolve())
  .catch((error: unknown) => console.warn('[lectern] first slide:', error))
  .then(() => import('./start-app'))
  .then(({ startApp }) => startApp('audience', { first, onAudienceShown: () => slide?.handOver() }));
