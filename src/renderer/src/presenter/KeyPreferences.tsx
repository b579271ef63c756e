import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { KEY_PROFILES, resolveKeyTable, type KeySettings } from '../../../core/key-profiles';
import { keyLabels } from '../../../core/key-help';
import { keyBindings, type KeyBinding } from '../../../core/keys';
import { useT } from '../i18n';

export interface KeyPreferencesProps {
  /** The speaker's table now (keys.json applied). */
  table: readonly KeyBinding[];
  /** Writes keys.json (host-validated); resolves to the keys in use, or the reason it was refused. */
  save: (config: { keys: Record<string, string[]> }) => Promise<KeySettings>;
  onClose: () => void;
}

/** The keys that differ from the defaults: what keys.json needs to say. */
function changes(keys: Record<string, string[]>): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const b of keyBindings) {
    const mine = keys[b.name] ?? b.keys;
    if (mine.length !== b.keys.length || mine.some((k, i) => k !== b.keys[i])) out[b.name] = mine;
  }
  return out;
}

/**
 * Preferences › Keys: every action with its keys, a key added by pressing it, removed with ×, a
 * clicker profile to start from, and Save, which writes keys.json through the host (the same
 * validation as the file; a refusal is shown and nothing is written).
 */
export function KeyPreferences({ table, save, onClose }: KeyPreferencesProps): ReactNode {
  const t = useT();
  const initial = useMemo(() => Object.fromEntries(table.map((b) => [b.name, [...b.keys]])), [table]);
  const [keys, setKeys] = useState<Record<string, string[]>>(initial);
  const [recording, setRecording] = useState<string | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  // While recording, the next key press is the key, whatever it is (the show's keys wait).
  useEffect(() => {
    if (!recording) return;
    const onKey = (event: KeyboardEvent): void => {
      event.preventDefault();
      event.stopImmediatePropagation();
      if (['Shift', 'Control', 'Alt', 'Meta'].includes(event.key)) return;
      setKeys((current) => {
        const own = current[recording] ?? [];
        return own.includes(event.key) ? current : { ...current, [recording]: [...own, event.key] };
      });
      setRecording(null);
    };
    window.addEventListener('keydown', onKey, { capture: true });
    return () => window.removeEventListener('keydown', onKey, { capture: true });
  }, [recording]);

  const applyProfile = (name: string): void => {
    const profile = KEY_PROFILES[name];
    const resolved = resolveKeyTable(profile?.keys ?? {});
    setKeys(Object.fromEntries(resolved.map((b) => [b.name, [...b.keys]])));
  };

  const onSave = async (): Promise<void> => {
    const result = await save({ keys: changes(keys) });
    setMessage(
      result.problem ? { ok: false, text: result.problem } : { ok: true, text: t('preferences.saved') },
    );
  };

  return (
    <div className="overlay" role="dialog" aria-label={t('preferences.title')} data-testid="key-preferences">
      <header className="overlay-head">
        <h2>{t('preferences.title')}</h2>
        <label>
          {t('preferences.profile')}{' '}
          <select data-testid="key-profile" defaultValue="" onChange={(e) => applyProfile(e.target.value)}>
            <option value="">{t('preferences.defaults')}</option>
            {Object.entries(KEY_PROFILES).map(([name, profile]) => (
              <option key={name} value={name} title={profile.label}>
                {name}
              </option>
            ))}
          </select>
        </label>
        <button type="button" data-testid="key-save" onClick={() => void onSave()}>
          {t('preferences.save')}
        </button>
        <button type="button" onClick={onClose} data-testid="key-preferences-close">
          {t('preferences.close')}
        </button>
      </header>
      {message ? (
        <div
          className={message.ok ? 'drop-notice' : 'keys-problem'}
          role="status"
          data-testid="key-save-result"
        >
          {message.text}
        </div>
      ) : null}
      <div className="key-prefs">
        <table>
          <tbody>
            {keyBindings.map((b) => (
              <tr key={b.name} data-action={b.name}>
                <td>{t(`keyHelp.actions.${b.name}`)}</td>
                <td>
                  {(keys[b.name] ?? []).map((key, i) => (
                    <kbd key={key}>
                      {keyLabels([key])[0]}{' '}
                      <button
                        type="button"
                        aria-label={t('preferences.remove', { key: keyLabels([key])[0] })}
                        onClick={() =>
                          setKeys((c) => ({ ...c, [b.name]: c[b.name]!.filter((_, j) => j !== i) }))
                        }
                      >
                        ×
                      </button>
                    </kbd>
                  ))}
                </td>
                <td>
                  <button
                    type="button"
                    className={recording === b.name ? 'recording' : undefined}
                    data-testid={`key-add-${b.name}`}
                    onClick={() => setRecording(recording === b.name ? null : b.name)}
                  >
                    {recording === b.name ? t('preferences.press') : t('preferences.add')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
