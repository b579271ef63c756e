/**
 * Pacing of what the author structured. A heading's section is the author's slide, and so is the
 * title slide's prose before the first heading; but a slide the speaker talks over for minutes is
 * no slide a presenter can follow (judge19: a Markdown keynote whose "## Prevention" ran 294 s,
 * its title slide 251 s). So:
 * - a heading's section of prose only (no screen content of the author's) that runs longer than
 *   the planner's hard limit is planned by time as unstructured prose is, its heading titling its
 *   first slide;
 * - the prose before the first heading keeps its opening lines (salutations, thanks, header lines)
 *   on the title slide, and the rest, when longer than one slide holds, is planned by time.
 * Notes stay whole and in order: paragraphs only move between slides.
 */
import type { Section } from './model';
import { HARD_MAX, ONE_SLIDE_MAX } from './plan';
import { isOpening } from './speech-parts';
import { maskForScreen, tidyMasked } from './mask';
import { isHeaderLine, structureKind } from './structure';
import { speakingSeconds } from './words';

/** How many of the first paragraphs are the speech's opening (at most eight), kept on the title slide. */
export function openingCount(section: Section): number {
  let i = 0;
  // (a transcript's speaker label and a stage direction are not said: "VICE PRESIDENT HARRIS:  Good
  // afternoon, everyone." greets the room as "Good afternoon, everyone." does)
  const opening = (text: string) => {
    const t = tidyMasked(maskForScreen(text));
    return isOpening(t) || structureKind(t) !== null || (i === 0 && isHeaderLine(t));
  };
  // (an editor's headnote, set apart by the reader as never on screen, stays whole: plain.ts)
  while (
    i < section.paras.length &&
    ((i < 8 && opening(section.paras[i]!.text)) || section.paras[i]!.spokenOnly)
  )
    i++;
  return i;
}

/** What a section takes to say (a headnote or a dateline in it is not said, model.ts `unsaid`). */
export const secondsOf = (section: Pick<Section, 'paras'>, wpm: number): number =>
  section.paras.reduce((s, p) => s + (p.unsaid ? 0 : speakingSeconds(p.text, wpm)), 0);

/** The sections, with over-long author's sections left to the planner (see the module comment). */
export function pacedSections(sections: readonly Section[], wpm: number): Section[] {
  const out: Section[] = [];
  for (const [at, s] of sections.entries()) {
    if (s.layout === 'title' && at === 0 && sections.length > 1) {
      const keep = openingCount(s);
      const rest = s.paras.slice(keep);
      if (rest.length && secondsOf({ paras: rest }, wpm) > ONE_SLIDE_MAX) {
        out.push(
          { ...s, paras: s.paras.slice(0, keep) },
          { paras: rest, pos: rest[0]!.pos, plannable: true },
        );
        continue;
      }
    }
    const authors = s.layout === undefined && !s.plannable && s.screen === undefined && s.title !== undefined;
    out.push(authors && secondsOf(s, wpm) > HARD_MAX ? { ...s, plannable: true } : s);
  }
  return out;
}
