import { useState, type ReactNode } from 'react';
import type { HostProblem } from '../../../core/contract';
import { useT } from '../i18n';

/**
 * What the host cannot keep right now (a rehearsal run not saved, the journal, the data folder),
 * from the snapshot, so the presenter page in a browser and the desktop app's presenter window
 * show the same thing. It stays until the host resolves it; the speaker may hide it, and it comes
 * back as soon as the problems change. The messages are the host's (English for now, like
 * every message from the host); the button is the interface's.
 */
export function HostProblems({ problems }: { problems: HostProblem[] }): ReactNode {
  const shown = problems.map((p) => `${p.kind}: ${p.message}`).join('\n');
  const [hidden, setHidden] = useState<string | null>(null);
  const t = useT();
  if (problems.length === 0 || hidden === shown) return null;
  return (
    <div className="host-problems" role="alert" data-testid="host-problems">
      <ul>
        {problems.map((problem) => (
          <li key={problem.kind} data-kind={problem.kind}>
            {problem.message}
          </li>
        ))}
      </ul>
      <button type="button" onClick={() => setHidden(shown)} data-testid="host-problems-hide">
        {t('presenter.hostProblems.hide')}
      </button>
    </div>
  );
}
