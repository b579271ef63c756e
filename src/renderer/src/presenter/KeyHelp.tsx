import type { ReactNode } from 'react';
import { KEY_GROUPS, keyHelpRows } from '../../../core/key-help';
import type { KeyBinding } from '../../../core/keys';
import { useT } from '../i18n';

export interface KeyHelpProps {
  /** The speaker's key table (keys.json applied). */
  table: readonly KeyBinding[];
  /** keys.json is in use (some keys differ from the defaults). */
  custom: boolean;
  onClose: () => void;
}

/** Every key, generated from the one key table with the speaker's own keys (core/key-help.ts). */
export function KeyHelp({ table, custom, onClose }: KeyHelpProps): ReactNode {
  const t = useT();
  const rows = keyHelpRows(table);
  return (
    <div className="overlay" role="dialog" aria-label={t('keyHelp.title')} data-testid="key-help">
      <header className="overlay-head">
        <h2>{t('keyHelp.title')}</h2>
        {custom ? <span data-testid="key-help-custom">{t('keyHelp.custom')}</span> : null}
        <button type="button" onClick={onClose}>
          {t('keyHelp.close')}
        </button>
      </header>
      <div className="key-help">
        {KEY_GROUPS.map((group) => {
          const groupRows = rows.filter((r) => r.group === group);
          if (groupRows.length === 0) return null;
          return (
            <section key={group}>
              <h3>{t(`keyHelp.groups.${group}`)}</h3>
              <table>
                <tbody>
                  {groupRows.map((row) => (
                    <tr key={row.name} data-action={row.name}>
                      <td className="keys">
                        {row.keys.map((k) => (
                          <kbd key={k}>{k}</kbd>
                        ))}
                      </td>
                      <td>
                        {t(`keyHelp.actions.${row.name}`)}
                        {row.gesture ? (
                          <span className="gesture"> — {t(`keyHelp.gestures.${row.name}`)}</span>
                        ) : null}
                        {!row.presenterOnly ? (
                          <span className="where"> · {t('keyHelp.where.both')}</span>
                        ) : null}
                      </td>
                    </tr>
                  ))}
                  {group === 'move' ? (
                    <tr data-action="goto">
                      <td className="keys">
                        <kbd>1</kbd>
                        <kbd>2</kbd>
                        <kbd>Enter</kbd>
                      </td>
                      <td>{t('keyHelp.numberLabel')}</td>
                    </tr>
                  ) : null}
                </tbody>
              </table>
            </section>
          );
        })}
      </div>
    </div>
  );
}
