/**
 * The desktop app's resume question: after a crash or a restart with the same speech, Lectern asks
 * whether to carry on where the show was (core/journal.ts decides whether there is anything to ask).
 */
import { dialog } from 'electron';
import { describeResume, type ResumeCandidate } from '../core/journal';

export async function askToResume(
  candidate: Extract<ResumeCandidate, { resumable: true }>,
  now: number,
): Promise<boolean> {
  const why = candidate.crashed
    ? 'Lectern did not close normally last time.'
    : 'You were presenting this speech last time.';
  const changed = candidate.speechChanged
    ? '\n\nThe speech has been edited since, so the slide may have moved.'
    : '';
  const { response } = await dialog.showMessageBox({
    type: 'question',
    title: 'Lectern',
    message: describeResume(candidate.state, now),
    detail: `${why}${changed}`,
    buttons: ['Resume', 'Start from the Beginning'],
    defaultId: 0,
    cancelId: 1,
    noLink: true,
  });
  return response === 0;
}
