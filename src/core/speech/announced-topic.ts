/**
 * A sentence that opens a section only to announce its topic ("The fourth issue that I will
 * address is democracy."), when the slide's title is that topic already ("Democracy"): on screen
 * it says the title twice (render19: seven such slides in Obama's Cairo speech). The title says
 * the section's place instead ("Fourth issue: Democracy"), and the slide shows another line.
 */
import { enumerationMarker } from './enumeration';
import { isFunctionWord, LEADING_ARTICLE } from './lexicon';
import { isAgendaLine } from './signpost';
import { capitalize, foldWords, withoutJoiner, wordsOf } from './text';

/** Words an announcement may say besides its marker and its topic ("that I will address is"). */
const MAX_FRAME_WORDS = 10;
/** A title of at most this many words (the rule for titles). */
const MAX_TITLE_WORDS = 8;

/** Words of a section's heading said after its marker and a colon ("thrift institutions"). */
const MAX_HEADING_WORDS = 6;

/**
 * A section's heading said as one: its marker, a colon and a few words, the whole sentence
 * ("Number seven: thrift institutions.", "Number four: We need more capital.", Ford, 8 October
 * 1974): the title that says the section's place and topic ("Number seven: Thrift institutions"),
 * whatever the slide's title was; else null. Under its own topic it said the title twice, and
 * under another ("Seed corn") the topic was lost (judge22 fault 20).
 */
export function sectionHeading(opening: string): string | null {
  const said = headingOf(opening);
  if (!said) return null;
  const headline = `${capitalize(said.head.replace(LEADING_ARTICLE, ''))}: ${said.topic}`;
  return wordsOf(headline).length <= MAX_TITLE_WORDS ? headline : null;
}

/** The topic a section's heading says ("Thrift institutions" of "Number seven: thrift institutions."), or null. */
export function headingTopic(opening: string): string | null {
  return headingOf(opening)?.topic ?? null;
}

/** A heading's marker without its colon ("Number seven") and its topic, capitalised; or null. */
function headingOf(opening: string): { head: string; topic: string } | null {
  const said = opening.trim();
  const marker = enumerationMarker(said);
  if (!marker?.ordinal) return null;
  const head = said.slice(0, marker.length).trim();
  if (!/[:：]$/u.test(head)) return null;
  const rest = said
    .slice(marker.length)
    .trim()
    .replace(/[.!]+$/u, '');
  const n = wordsOf(rest).length;
  if (!n || n > MAX_HEADING_WORDS || /[.!?;:]/u.test(rest)) return null;
  return { head: head.replace(/[:：]$/u, ''), topic: capitalize(rest) };
}

/** The title that says the section's place, when `opening` only announces `title`; else null. */
export function announcedTopic(opening: string, title: string): string | null {
  const heading = sectionHeading(opening);
  if (heading) return heading;
  const marker = enumerationMarker(opening);
  if (!marker?.ordinal || !title.trim()) return null;
  const said = foldWords(opening);
  const topic = foldWords(title);
  if (!topic || !said.endsWith(` ${topic}`)) return null;
  // (the marker's own words, without a joining word and an article before them: "And the third area")
  const head = withoutJoiner(opening.trimStart().slice(0, marker.length).trim()).replace(LEADING_ARTICLE, '');
  const frame = wordsOf(said.slice(0, said.length - topic.length)).length - wordsOf(foldWords(head)).length;
  // (an ordinal with its noun, "The fourth issue", and words that announce: "that I will address is";
  // "Third, every country must take part." says its point, it announces none)
  if (wordsOf(head).length < 2 || frame < 2 || frame > MAX_FRAME_WORDS) return null;
  const headline = `${capitalize(head.replace(/[,:;.]+$/u, ''))}: ${title}`;
  return wordsOf(headline).length <= MAX_TITLE_WORDS ? headline : null;
}

/** What a marker's noun is of, said right after it ("source | of tension"). */
const OF_NOUN = /^(?:of|de|di|do|da|des|du|del|della|der)\s+\p{L}+/iu;

/**
 * The title of a slide whose opening only names the agenda's item (signpost.ts: "The third source of
 * tension is our shared interest in the rights and responsibilities of nations on nuclear weapons.",
 * under "Nuclear weapons"): the item's place before the slide's title ("Third source of tension:
 * Nuclear weapons"), the title cut before its first function word when the whole would be long
 * ("First issue: Violent extremism" for "… is violent extremism in all of its forms."); null when
 * the opening is no agenda line or the title still too long.
 */
export function agendaPlace(opening: string, title: string, lang = ''): string | null {
  const said = opening.trim();
  if (!title.trim() || !isAgendaLine(said)) return null;
  const marker = enumerationMarker(said);
  if (!marker) return null;
  const of = OF_NOUN.exec(said.slice(marker.length).trimStart())?.[0] ?? '';
  const head = withoutJoiner(`${said.slice(0, marker.length).trim()} ${of}`.trim())
    .replace(LEADING_ARTICLE, '')
    .replace(/[,:;.]+$/u, '');
  const words = wordsOf(title);
  const cut = words.findIndex((w, i) => i >= 2 && isFunctionWord(w, lang));
  for (const t of [title, cut > 0 ? words.slice(0, cut).join(' ') : '']) {
    const headline = t && `${capitalize(head)}: ${t}`;
    if (headline && wordsOf(headline).length <= MAX_TITLE_WORDS) return headline;
  }
  return null;
}
