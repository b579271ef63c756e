import type { TFunction } from 'i18next';
import type { CommandResult } from '../../../core/commands';

/**
 * What a phone or the stage manager's page says when the laptop refuses a command, in the
 * reader's language. The host's own words are English and technical; the reader needs to know
 * whether to wait (429), to look at the laptop (503: not connected, or a save failing), or that
 * the show has moved on without them (409: a cue someone else acknowledged). Only the refusals a
 * page cannot cause by itself (400, 403) keep the host's words, after a translated lead.
 */
export function refusalText(t: TFunction, result: CommandResult): string | null {
  if (result.ok) return null;
  switch (result.status) {
    case 429:
      return t('refused.busy');
    case 503:
      return t('refused.unavailable');
    case 409:
      return t('refused.conflict');
    default:
      return t('refused.other', { detail: result.error });
  }
}
