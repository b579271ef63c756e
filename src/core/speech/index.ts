/**
 * The speech engine: speech text (plain or Markdown) → Deck. Pure: no I/O, no platform APIs.
 * See docs/speech-format.md for the format and what is derived.
 */
import type { Deck, Diagnostic } from '../deck';
import { composeSlides } from './compose';
import { formatOf, type SpeechFormat } from './format';
import { sourceIdOf } from './hash';
import { readMarkdown } from './markdown';
import { readPlain } from './plain';
import { readImported } from './import';
import { themeWarnings } from './theme-check';
import { normalizeInput } from './spoken';
import { plannedSeconds } from './timing';
import { DEFAULT_WPM } from './words';
import { DETECTION_SAMPLE, speechLanguage } from '../language';
import { primaryLang } from './lang';
import { datelineEventTitle, fallbackTitle, fileNameSpeaker, isLatinScript } from './file-title';
import { officeOnly, titleFromFileName } from './speech-parts';
import type { SpeechModel } from './model';
import { forgetTagged } from './tagger';
import { forgetBuildMemos } from './memo';
import { transcriptSpeakers } from './voices';

/** Speakers a title slide names, at most, for a transcript of several. */
const MAX_NAMED_SPEAKERS = 3;

/** The start of the spoken text, enough to tell its language (see core/language.ts). */
function spokenSample(model: SpeechModel): string {
  let sample = '';
  for (const section of model.sections)
    for (const para of section.paras) {
      if (sample.length >= DETECTION_SAMPLE) return sample;
      sample += `${para.text.slice(0, DETECTION_SAMPLE)}\n`;
    }
  return sample;
}

export interface BuildOptions {
  /** File name for messages and the deck (no directories). */
  fileName: string;
  /**
   * Force a format (`--from`); by default chosen from the extension, else sniffed, and a Markdown
   * deck made for reveal.js, Marp or Slidev is recognised and imported.
   */
  format?: SpeechFormat;
  /** Warnings found before building (for example by the decoder), kept in the deck. */
  warnings?: Diagnostic[];
}

/** Builds the deck. Throws `SpeechError` (located) when the speech cannot become a deck. */
export function buildDeck(text: string, options: BuildOptions): Deck {
  try {
    return assemble(text, options);
  } finally {
    forgetTagged(); // the tagger's parses serve one build only: nothing is held between builds
    forgetBuildMemos();
  }
}

function assemble(text: string, options: BuildOptions): Deck {
  const file = options.fileName;
  const input = normalizeInput(text);
  const format = options.format ?? formatOf(file, input);
  const model =
    format === 'markdown'
      ? readMarkdown(input, file)
      : format === 'plain'
        ? readPlain(input, file)
        : readImported(input, file, format);
  const warnings: Diagnostic[] = [...(options.warnings ?? []), ...model.warnings];
  const wpm = model.meta.wpm ?? DEFAULT_WPM;
  // The speech's language: the author's `lang`, else detected from the spoken text
  // (core/language.ts). The rules take its primary tag; every view and export its lang and dir.
  const { lang, dir } = speechLanguage(model.meta.lang, spokenSample(model));
  // a speech that names no title: the file name as the speech spells it, else its topic (file-title.ts)
  // a transcript of several speakers ("Anna-Kaisa Ikonen kok: …" / "Pääministeri Antti Rinne: …"):
  // its speakers are those its labels name, never a word of the file name ("Kyselytunti") (voices.ts)
  const speakers = transcriptSpeakers(model.sections);
  if (speakers.length && !model.meta.speaker) {
    model.meta.speaker = speakers.slice(0, MAX_NAMED_SPEAKERS).join(', ');
    model.meta.inferred = [...new Set([...(model.meta.inferred ?? []), 'speaker' as const])];
  }
  // a transcript labelled by office only ("THE PRESIDENT:") names no one: the name the file is
  // filed under is its holder ("en-biden-chips-signing": Biden, President), as a heading's
  // "Remarks by President Biden" gives both; the office is the role (judge27a)
  const office = model.meta.speaker ? officeOnly(model.meta.speaker) : null;
  const holder = office ? fileNameSpeaker(file, input, primaryLang(lang)) : null;
  if (office && holder?.name && isLatinScript(holder.name) === isLatinScript(input)) {
    model.meta.speaker = holder.name;
    model.meta.role ??= office;
    model.meta.inferred = [...new Set([...(model.meta.inferred ?? []), 'speaker' as const, 'role' as const])];
  }
  // the event a dateline names ("2023年7月17日外交部发言人毛宁主持例行记者会") titles the speech that has
  // no title line; its date stays under it (file-title.ts)
  const event = model.meta.title === titleFromFileName(file) ? datelineEventTitle(model.meta.event) : null;
  if (event) {
    model.meta.title = event;
    delete model.meta.event;
  } else if (model.meta.title === titleFromFileName(file)) {
    model.meta.title = fallbackTitle(file, input, primaryLang(lang), model.meta.speaker);
    // the speaker the file is filed under ("podesta-ira-anniversary"), in the speech's script
    const filed = fileNameSpeaker(file, input, primaryLang(lang));
    // (a name the file runs together, "juancarlos", is filed under but not spelt: no speaker, file-title.ts)
    if (filed?.name && !model.meta.speaker && isLatinScript(filed.name) === isLatinScript(input)) {
      model.meta.speaker = filed.name;
      // the engine's guess, as a speaker line's is: on the title slide, not in every slide's footer
      model.meta.inferred = [...new Set([...(model.meta.inferred ?? []), 'speaker' as const])];
    }
  }
  const slides = composeSlides(model, file, warnings, { lang: primaryLang(lang), wpm });
  warnings.push(...themeWarnings(model.meta, input, file));
  // (what each slide says: its words, the notes it does not say left out, compose.ts slideOf)
  const seconds = plannedSeconds(
    slides.map((s) => ({ cjk: s.cjkWords ?? 0, other: s.words - (s.cjkWords ?? 0) })),
    wpm,
    model.meta.duration,
  );
  return {
    meta: { ...model.meta, lang, dir },
    slides: slides.map((s, i) => ({ ...s, plannedSeconds: seconds[i] ?? 0 })),
    warnings,
    sourceId: sourceIdOf(text),
    fileName: file,
  };
}

export { formatOf, sniffFormat, SPEECH_FORMATS, type SpeechFormat } from './format';
export { DECK_FORMAT_NAMES, type DeckFormat } from './import';
export { normalizeSpoken, spokenParagraphs, spokenText } from './spoken';
export { countWords, speakingSeconds, DEFAULT_WPM, DEFAULT_CJK_PER_MINUTE } from './words';
export { fnv1a64, sourceIdOf } from './hash';
export { deckToMarkdown } from './eject';
