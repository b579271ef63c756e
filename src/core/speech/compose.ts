/**
 * Sections → slides. Keeps the author's title and screen content where given; otherwise derives
 * a numbered list (enumerations), key figures, or a key sentence, within the on-screen budget.
 * Notes are every spoken paragraph of the section, in order, joined by a blank line.
 */
import {
  blocksText,
  type Block,
  type Diagnostic,
  type Slide,
  type SlideLayout,
  type SpeechMeta,
} from '../deck';
import { enumerationRuns, isLeadIn, listItem, MAX_ITEMS } from './enumeration';
import { findFigures, MAX_FIGURES } from './figures';
import { textInline, type Section, type SpeechModel } from './model';
import { isClosing } from './speech-parts';
import { markSteps } from '../steps';
import { countWords, countWordsByScript } from './words';
import { deriveTitle, keySentence, shortTitle } from './titles';

/** Words on screen (title + blocks) that a derived slide stays within. */
export const MAX_SCREEN_WORDS = 40;

/** Words on screen for the budget: CJK characters count half (two characters ≈ one word). */
export function screenWords(text: string): number {
  const c = countWordsByScript(text);
  return c.other + c.cjk / 2;
}

/** The closing line becomes a slide of its own when it ends a longer section. */
export function splitClosing(sections: Section[]): Section[] {
  const last = sections[sections.length - 1];
  const closing = last?.paras[last.paras.length - 1];
  if (!last || !closing || last.layout || !isClosing(closing.text)) return sections;
  if (last.paras.length === 1 && last.screen === undefined)
    return [...sections.slice(0, -1), { ...last, layout: 'closing' }];
  if (last.paras.length === 1) return sections;
  const rest: Section = { ...last, paras: last.paras.slice(0, -1) };
  return [...sections.slice(0, -1), rest, { layout: 'closing', paras: [closing], pos: closing.pos }];
}

/** The title slide's blocks from the meta (subtitle, speaker, role, organisation, event, date). */
export function titleBlocks(meta: SpeechMeta): Block[] {
  const blocks: Block[] = [];
  if (meta.subtitle) blocks.push({ type: 'paragraph', children: textInline(meta.subtitle) });
  if (meta.speaker)
    blocks.push({ type: 'paragraph', children: [{ type: 'strong', children: textInline(meta.speaker) }] });
  for (const line of [meta.role, meta.organisation, [meta.event, meta.date].filter(Boolean).join(' · ')]) {
    if (line) blocks.push({ type: 'paragraph', children: textInline(line) });
  }
  return blocks;
}

function layoutOf(blocks: Block[]): SlideLayout {
  if (!blocks.length) return 'section';
  if (blocks.length === 1 && blocks[0]?.type === 'figures') return 'figures';
  if (blocks.length === 1 && blocks[0]?.type === 'list' && blocks[0].ordered) return 'list';
  return 'content';
}

interface Derived {
  title: string;
  blocks: Block[];
  layout: SlideLayout;
}

function derive(section: Section): Derived {
  const paras = section.paras.filter((p) => !p.spokenOnly);
  const first = paras[0];
  let title =
    section.title !== undefined
      ? shortTitle(section.title)
      : first
        ? deriveTitle(first.inlines, first.text)
        : '';
  const runs = enumerationRuns(paras.map((p) => p.text));
  const run = runs[0];
  if (run) {
    const [start, end] = run;
    const lead = start > 0 && isLeadIn(paras[start - 1]?.text ?? '') ? paras[start - 1] : undefined;
    if (section.title === undefined && lead) title = deriveTitle(lead.inlines, lead.text);
    const budget = MAX_SCREEN_WORDS - screenWords(title);
    const items: Block[][] = [];
    let used = 0;
    for (const p of paras.slice(start, end).slice(0, MAX_ITEMS)) {
      const item = listItem(p.text);
      used += screenWords(item);
      if (items.length >= 2 && used > budget) break;
      items.push([{ type: 'paragraph', children: textInline(item) }]);
    }
    return { title, blocks: [{ type: 'list', ordered: true, items }], layout: 'list' };
  }
  const figures = findFigures(
    paras
      .map((p) => p.text)
      .join('\n\n')
      .slice(0, 20_000),
    MAX_FIGURES,
  );
  if (figures.length) return { title, blocks: [{ type: 'figures', items: figures }], layout: 'figures' };
  if (section.title !== undefined || !first) return { title, blocks: [], layout: 'section' };
  const key = keySentence(first.text, title, MAX_SCREEN_WORDS - countWords(title) - 2);
  return { title, blocks: key ? [{ type: 'paragraph', children: textInline(key) }] : [], layout: 'content' };
}

/** Builds the slides (without timing) from a speech model. */
export function composeSlides(
  model: SpeechModel,
  file: string,
  warnings: Diagnostic[],
): Omit<Slide, 'plannedSeconds'>[] {
  const sections = splitClosing(model.sections);
  return sections.map((section, i) => {
    let title: string;
    let blocks: Block[];
    let layout: SlideLayout;
    if (section.layout === 'title') {
      title = section.title ?? model.meta.title;
      blocks = [...titleBlocks(model.meta), ...(section.screen ?? [])];
      layout = 'title';
    } else if (section.layout === 'closing') {
      title = section.title ?? shortTitle(section.paras[0]?.text ?? '');
      blocks = section.screen ?? [];
      layout = 'closing';
    } else if (section.screen !== undefined) {
      const first = section.paras.find((p) => !p.spokenOnly);
      title =
        section.title !== undefined
          ? shortTitle(section.title)
          : first
            ? deriveTitle(first.inlines, first.text)
            : '';
      blocks = section.screen;
      layout = layoutOf(blocks);
      const onScreen = Math.round(screenWords(blocksText(blocks)) + screenWords(title));
      if (onScreen > MAX_SCREEN_WORDS * 1.5) {
        warnings.push({
          severity: 'warning',
          file,
          line: section.pos.line,
          column: section.pos.column,
          message: `${onScreen} words on screen; slides read best with at most ~${MAX_SCREEN_WORDS}`,
        });
      }
    } else {
      ({ title, blocks, layout } = derive(section));
    }
    const notes = section.paras.map((p) => p.text).join('\n\n');
    // Step reveals: the slide's own `<!-- steps -->`, else the speech's `steps: lists`.
    blocks = markSteps(blocks, section.steps ?? model.meta.steps === 'lists');
    return {
      id: `s${i}`,
      layout,
      title,
      blocks,
      screenText: [title, blocksText(blocks)].filter(Boolean).join('\n'),
      notes,
      words: countWords(notes),
      source: section.pos,
    };
  });
}
