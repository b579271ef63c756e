/**
 * The paper a handout is printed on by default: Letter where it is the norm (the United States,
 * Canada, Mexico and a few others), A4 everywhere else. No Electron import: unit-tested.
 */
import type { Paper } from '../host/handout';

const LETTER_COUNTRIES = new Set([
  'US',
  'CA',
  'MX',
  'PH',
  'CL',
  'CO',
  'VE',
  'GT',
  'PR',
  'DO',
  'CR',
  'PA',
  'SV',
  'NI',
  'HN',
]);

/** `country` is an ISO 3166 code (Electron's app.getLocaleCountryCode()); unknown → A4. */
export function defaultPaper(country: string): Paper {
  return LETTER_COUNTRIES.has(country.toUpperCase()) ? 'letter' : 'a4';
}
