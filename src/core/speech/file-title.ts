/**
 * The deck's title when the speech has none (no title line, no front matter): the file name's
 * words, as the speech itself spells them, when the file name is in the speech's script; else the
 * speech's own topic in its own language. A designer never accepts a Latin transliteration over a
 * Russian deck ("Putin Poslanie 2024 Semya"), a hyphen the file name lost ("Carter Anti
 * Inflation" for a speech that says "anti-inflation"), or a year the speech never says.
 */
import { keyPhrases } from './keyphrases';
import { articles, isFunctionWord, TITLE_BEFORE_NAME } from './lexicon';
import { isPersonName } from './names';
import { isKnownName, isKnownNonName } from './tagger';
import { MONTHS, openedSitting, salutationEnd, structureKind, VOCATIVE } from './structure';
import { hasCjk, wordsOf } from './text';
import { CJK_NUMERAL_CHAR } from './cjk-numerals';
import { deriveTitle, isTitle, MAX_TITLE_CJK, MAX_TITLE_WORDS } from './titles';
import { sentenceSpans, sentencesOf } from './segment';
import {
  FILE_DATE,
  FILE_LANG_TAGS,
  fileLangTags,
  isLanguageCode,
  MEMBER_OF_PARLIAMENT,
  titleFromFileName,
} from './speech-parts';
import { alternation, escapeRegExp } from './word-classes';
import { maskForScreen, speakerLabel } from './mask';
import { isReporterLabel, isRoomLabel } from './turn-labels';
import { labelName } from './voices';

/** Letters looked at to tell the speech's script. */
const SAMPLE = 4000;
/** Sentences of the speech its topic is looked for in (the opening names it; a long speech stays linear). */
const TOPIC_SENTENCES = 120;
/** A year in a title ("2024") the speech may not say. */
const YEAR = /^(?:1[5-9]|20)\d{2}$/u;

/**
 * Text without its accents, in its case: "Constitución" → "Constitucion", as a file name writes it
 * (a Turkish dotless ı is the i a file name writes: "anlaşması" of "anlasmasi"); `fold` lower-cases it too.
 */
const unaccented = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').replace(/ı/gu, 'i');
const fold = (w: string) => unaccented(w).toLowerCase();

/** Whether most letters of the text are Latin ones. */
export function isLatinScript(text: string): boolean {
  const letters = text.slice(0, SAMPLE).match(/\p{L}/gu) ?? [];
  if (!letters.length) return true;
  const latin = letters.filter((c) => /\p{Script=Latin}/u.test(c)).length;
  return latin * 2 > letters.length;
}

/** The speech's words, by their folded spelling (no case, no accents), as it writes them. */
function spellings(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of text.matchAll(/\p{L}[\p{L}\p{M}'’]*(?:-\p{L}[\p{L}\p{M}'’]*)*/gu)) {
    const key = fold(m[0]);
    if (!out.has(key)) out.set(key, m[0]);
  }
  return out;
}

/** A word of the title in the speech's spelling, with the title's capital: "Ministerielle" → "Ministérielle". */
function respell(word: string, said: string | undefined): string {
  if (!said || said.length !== word.length) return word;
  // an acronym the speech writes in capitals is written so ("Ira" → "IRA"); a longer word in
  // capitals is a shouted name ("PRESIDENT BIDEN"), not an acronym
  if (said.length > 1 && said.length <= 4 && said === said.toUpperCase() && said !== said.toLowerCase())
    return said;
  const spelt = [...said].map((c, i) =>
    word[i] === word[i]?.toUpperCase() ? c.toUpperCase() : c.toLowerCase(),
  );
  return spelt.join('');
}

/** Letters a file name's word needs before it is read as the speech's words run together. */
const MIN_RUN = 5;

/**
 * The speech's own words a file name runs together ("isgucu" of a Turkish speech that says "iş
 * gücü", judge22): two or three words in a row whose letters are the word's, as the speech spells
 * them. Null when the speech never says them so, or says the word whole first.
 */
export function saidApart(word: string, speech: string): string | null {
  const key = fold(word);
  if (key.length < MIN_RUN || !/^\p{L}+$/u.test(key)) return null;
  const re = new RegExp(
    String.raw`(?<![\p{L}\p{M}])${[...key].map(escapeRegExp).join(String.raw`[^\S\n]?`)}(?![\p{L}\p{M}])`,
    'iu',
  );
  const sample = speech.slice(0, 200_000);
  const m = re.exec(unaccented(sample));
  if (!m) return null;
  const parts = m[0].split(/\s/u);
  // (the letters of the speech: the unaccented text has the same length)
  const apart = sample.slice(m.index, m.index + m[0].length);
  // (a name said apart is still a name the filer ran together: "dibiagio" of "DI BIAGIO")
  return parts.length >= 2 && parts.length <= 3 && parts.every((w) => w.length >= 2) && /\p{Ll}/u.test(apart)
    ? apart
    : null;
}

/** The words said apart, with the file name's capitals ("Isgucu" → "İş Gücü" in Turkish). */
function apartSpelt(word: string, apart: string, lang: string): string {
  const upper = (c: string) => (/^(?:tr|az)$/u.test(lang) ? c.toLocaleUpperCase(lang) : c.toUpperCase());
  return /^\p{Lu}/u.test(word)
    ? apart
        .split(/\s/u)
        .map((w) => upper(w.charAt(0)) + w.slice(1))
        .join(' ')
    : apart;
}

/** Letters each given name of a run-together pair has at least ("juan" + "carlos"). */
const MIN_GIVEN = 3;

/**
 * A file name's word that is two known names run together ("juancarlos" of
 * "es-juancarlos-mensaje-navidad", judge22): the file is filed under someone, but the file name
 * does not say how the name is written ("Juan Carlos"? "Juan Carlos I"?), so it names no speaker.
 * Not a name English knows whole ("Christina", "Rosemary").
 */
function namesRunTogether(word: string): boolean {
  const w = word.toLowerCase();
  if (isKnownName(w) || !/^\p{L}+$/u.test(w)) return false;
  // initials run into a surname ("gwbush" of "en-gwbush-signing-medicare-legislation", judge26):
  // three consonants no word opens on; the file does not say how the name is written (G. W.?
  // George W.?) ("Nkrumah", "Mswati" open on a nasal: names)
  if (
    /^[b-df-hj-lp-tv-xz][b-df-hj-np-tv-xz]{2}\p{L}{2}/u.test(w) &&
    !/^(?:s[ckpt][hlrw]|[cpst]hr|sch|thw)/u.test(w)
  )
    return true;
  for (let k = MIN_GIVEN; k <= w.length - MIN_GIVEN; k++)
    if (isKnownName(w.slice(0, k)) && isKnownName(w.slice(k))) return true;
  return false;
}

/** Letters of a given name a run-in numeral follows at least ("felipe" of "felipevi"). */
const MIN_REGNAL_STEM = 4;

/**
 * A known given name with a monarch's or pope's numeral run into it, as a filer writes it
 * ("felipevi" → "Felipe VI"): the name and the numeral apart; null for any other word.
 */
function regnalGlued(word: string): string | null {
  if (isKnownName(word)) return null;
  for (let k = 2; k <= 5 && word.length - k >= MIN_REGNAL_STEM; k++) {
    const stem = word.slice(0, -k);
    if (REGNAL.test(word.slice(-k)) && isKnownName(stem))
      return `${stem.charAt(0).toUpperCase()}${stem.slice(1).toLowerCase()} ${word.slice(-k).toUpperCase()}`;
  }
  return null;
}

/** Letters an inflected form may add to the word the file name writes ("lisätalousarvio-ta"). */
const MAX_ENDING = 3;

/**
 * The accents of a word the speech says only inflected: a file name's "lisatalousarvio" of a
 * speech that says "lisätalousarvion" and "lisätalousarviota" is "lisätalousarvio". Only a word of
 * six letters or more that carries no accent in the file name and the speech never writes bare,
 * and only when every inflected form agrees on the accents (undefined otherwise).
 */
function accentedStem(word: string, said: ReadonlyMap<string, string>): string | undefined {
  const key = fold(word);
  if (key.length < 6 || word !== unaccented(word)) return undefined;
  let found: string | undefined;
  for (const [folded, spelt] of said) {
    if (folded.length <= key.length || folded.length > key.length + MAX_ENDING || !folded.startsWith(key))
      continue;
    const stem = [...spelt.normalize('NFC')].slice(0, [...word].length).join('');
    if (fold(stem) !== key) continue;
    if (found !== undefined && found.toLowerCase() !== stem.toLowerCase()) return undefined;
    found = stem;
  }
  if (found !== undefined) return found.toLowerCase() !== word.toLowerCase() ? found : undefined;
  return otherEnding(word, said);
}

/** Letters of its own ending a file name's word may differ in from the form the speech says. */
const OWN_ENDING = 2;

/**
 * The accents of a word the speech says only with another ending: "duchody" of a Czech speech
 * that says "důchodovém" is "důchody" (the stem "důchod" the speech accents, the file name's own
 * ending "y"). Only for a stem of five letters or more that the speech accents, that every form
 * the speech says agrees on, and whose form the speech never writes bare (undefined otherwise).
 */
function otherEnding(word: string, said: ReadonlyMap<string, string>): string | undefined {
  const key = fold(word);
  const letters = [...word];
  for (let cut = 1; cut <= OWN_ENDING; cut++) {
    const stemKey = key.slice(0, -cut);
    if (stemKey.length < 5) return undefined;
    let found: string | undefined;
    for (const [folded, spelt] of said) {
      if (!folded.startsWith(stemKey) || folded.length > stemKey.length + MAX_ENDING + cut) continue;
      const stem = [...spelt.normalize('NFC')].slice(0, letters.length - cut).join('');
      if (fold(stem) !== stemKey) continue;
      // a form the speech writes without the accents leaves the word as filed
      if (stem === unaccented(stem)) return undefined;
      if (found !== undefined && found.toLowerCase() !== stem.toLowerCase()) return undefined;
      found = stem;
    }
    if (found !== undefined) return found + letters.slice(letters.length - cut).join('');
  }
  return undefined;
}

/**
 * A file name's "ue", "oe", "ae" spelt as the speech writes the word, with its umlaut: "Wahlpruefung"
 * of a speech that says "Wahlprüfungsausschusses" is "Wahlprüfung". Only when the speech writes the
 * umlaut spelling (alone or opening or inside a compound) and never the file name's.
 */
function umlauted(word: string, speech: string): string {
  if (!/ae|oe|ue/iu.test(word) || word.length < 5) return word;
  const spelt = word
    .replace(/ae/gu, 'ä')
    .replace(/oe/gu, 'ö')
    .replace(/ue/gu, 'ü')
    .replace(/^Ae/u, 'Ä')
    .replace(/^Oe/u, 'Ö')
    .replace(/^Ue/u, 'Ü');
  const text = speech.slice(0, 200_000).toLowerCase();
  return text.includes(spelt.toLowerCase()) && !text.includes(word.toLowerCase()) ? spelt : word;
}

/**
 * The known speaker's surname opening a file name of more words ("de-wadephul-wahlpruefung.txt" of
 * a record headed "Dr. Johann Wadephul (CDU/CSU):"): the file is filed under him.
 */
function filedUnderSurname(
  fileName: string,
  speaker?: string,
  lang = '',
): { name: string; words: number } | null {
  const words = titleFromFileName(fileName, lang).split(/\s+/u);
  const surname = speaker?.split(/\s+/u).pop();
  return surname && words.length > 1 && fold(words[0]!) === fold(surname)
    ? { name: words[0]!, words: 1 }
    : null;
}

/**
 * The file name's title spelt as the speech spells it: two words the speech hyphenates are joined
 * ("Anti Inflation" → "Anti-Inflation"), a word the speech accents is accented, and a year the speech
 * does not say is left out. Null when the file name is not in the speech's script.
 */
export function spokenFileTitle(
  fileName: string,
  speech: string,
  speaker?: string,
  lang = '',
): string | null {
  // a leading language tag the speech says as part of a name is the name's ("de-gaulle-appel.txt"
  // of a speech that says "de Gaulle", "hu-jintao-…" of one that says "Hu Jintao"): it stays
  const tagged = new RegExp(String.raw`^(${fileLangTags(lang)})[-_\s]+(\p{L}+)`, 'iu').exec(fileName);
  const keepsTag =
    !!tagged &&
    new RegExp(String.raw`(?<![\p{L}])${tagged[1]}\s+${escapeRegExp(tagged[2]!)}(?![\p{L}])`, 'iu').test(
      speech.slice(0, 200_000),
    );
  const filed = keepsTag
    ? null
    : (fileNameSpeaker(fileName, speech, lang) ?? filedUnderSurname(fileName, speaker, lang));
  // (a speaker the speech names otherwise, "President: Barack Obama", leaves the file name whole;
  // a name the file runs together is the speaker's all the same: "dibiagio" of the label "DI
  // BIAGIO", judge29, is no word of the title "Dibiagio Croce Rossa")
  const letters = (t: string) => fold(t).replace(/[^\p{L}]/gu, '');
  const named = filed && (!speaker || letters(speaker).includes(letters(filed.name))) ? filed : null;
  // the speaker the file is filed under is the title slide's speaker, not the talk's name
  // ("Podesta Ira Anniversary" → "IRA Anniversary", by Podesta)
  const rest = titleFromFileName(fileName, lang)
    .split(/\s+/u)
    .slice(named?.words ?? 0);
  // a toast's second speaker is filed after the first ("biden-ruto-kenya-state-dinner", by
  // "President Biden, President Ruto"): both are the title slide's, not the talk's name
  const speakers = new Set(wordsOf(fold(speaker ?? '').replace(/[^\p{L}\s]/gu, ' ')));
  while (named && rest.length > 1 && speakers.has(fold(rest[0]!))) rest.shift();
  const stripped = rest.join(' ').replace(/^\p{Ll}/u, (c) => c.toUpperCase());
  const kept =
    keepsTag && !stripped.toLowerCase().startsWith(`${tagged[1]!.toLowerCase()} `)
      ? `${tagged[1]!.charAt(0).toUpperCase()}${tagged[1]!.slice(1).toLowerCase()} ${stripped}`
      : stripped;
  // the speech's own language as the tag before a one-word name files it ("fi-kyselytunti" of a
  // Finnish record is "Kyselytunti", not "Fi Kyselytunti"); "cs-review" of an English talk keeps it
  const base =
    !keepsTag && tagged && lang && tagged[1]!.toLowerCase() === lang.toLowerCase()
      ? kept
          .replace(new RegExp(String.raw`^${tagged[1]}\s+(?=\S)`, 'iu'), '')
          .replace(/^\p{Ll}/u, (c) => c.toUpperCase())
      : kept;
  const latinName = isLatinScript(base);
  if (latinName !== isLatinScript(speech)) return null;
  const said = spellings(speech);
  // (a month before the file's year dates the file: "en-carter-energy-november-1977" is Carter's
  // energy address of November 1977, not "Energy November", judge21)
  const words = base
    .split(/\s+/u)
    .filter((w) => !YEAR.test(w) || speech.includes(w))
    .filter(
      (w, i, all) => !datedMonth(w, fileName) && !(DAY.test(w) && datedMonth(all[i + 1] ?? '', fileName)),
    );
  // a house's procedure the speech never says, filed before its topic in a language whose words do
  // not stack so ("et-lauri-arupärimine-maksureform": "Arupärimine Maksureform", judge37), files
  // the talk: the topic the speech speaks of titles it (a message or an address is the occasion's
  // name: "Mensaje de Navidad", "Adresse à la Nation")
  const plain = unaccented(speech.slice(0, 200_000));
  if (
    lang !== 'en' &&
    words.length > 1 &&
    PROCEDURE_KIND.test(words[0]!) &&
    !saidAsStem(plain, words[0]!) &&
    words.slice(1).some((w) => /\p{L}{4}/u.test(w) && saidAsStem(plain, w))
  )
    words.shift();
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const next = words[i + 1];
    const joined = next && said.get(fold(`${w}-${next}`));
    const between = next && !joined ? saidBetween(w, next, speech) : null;
    if (joined && next) {
      out.push(`${respell(w, joined.split('-')[0])}-${respell(next, joined.split('-').slice(1).join('-'))}`);
      i++;
    } else if (between !== null && next) {
      // two words the speech joins with its function words are said so ("mensaje-navidad" of a
      // speech that says "mensaje de Navidad" is "Mensaje de Navidad", judge21), not glued; the
      // second word as the speech writes it ("Winstuitkering door zorgverzekeraars", judge24)
      out.push(`${respell(w, said.get(fold(w)))} ${between.middle}${between.next}`);
      i++;
    } else {
      const spelt = said.get(fold(w)) ?? accentedStem(w, said);
      // the speech's words a file name runs together are said apart ("Isgucu" → "İş Gücü")
      const apart = spelt ? null : saidApart(w, speech);
      out.push(apart ? apartSpelt(w, apart, lang) : respell(w, spelt));
    }
    out[out.length - 1] = umlauted(out[out.length - 1]!, speech);
  }
  // a German word the file writes with "oe", "ae" or "ue" and the speech never says, in either
  // spelling ("de-ebert-eroeffnung-nationalversammlung", judge33: "Eroeffnung"? "Eröffnung"?): the
  // file does not say how it is spelt, so the title goes without it, as the speaker does without
  // such a name (`fileNameSpeaker`)
  const unspelt = (w: string) =>
    lang === 'de' &&
    /^\p{L}+$/u.test(w) &&
    /ae|oe|ue/iu.test(w) &&
    !said.has(fold(w)) &&
    umlauted(w, speech) === w;
  if (out.some(unspelt) && !out.every(unspelt)) out.splice(0, out.length, ...out.filter((w) => !unspelt(w)));
  // a genre and its occasion, as the language joins them ("Mensaje Navidad" → "Mensaje de Navidad")
  const joinedGenre = GENRE_OF[lang];
  if (out.length === 2 && joinedGenre?.genre.test(out[0]!) && FEAST.test(fold(out[1]!)))
    out.splice(1, 0, joinedGenre.of);
  // a word past the first in the case the speech writes it: a language that does not capitalise
  // a title's words writes "Štátny sviatok", "Zolitūdes komisija Saeima" (judge37, judge35: the
  // file name's capitals, "Štátny Sviatok"); English keeps its title case
  const tokens = out.join(' ').split(' ');
  if (lang && lang !== 'en')
    for (let i = 1; i < tokens.length; i++)
      if (/^\p{Lu}\p{Ll}+$/u.test(tokens[i]!) && saidAsCommonWord(plain, tokens[i]!, endingsOf))
        tokens[i] = tokens[i]!.charAt(0).toLowerCase() + tokens[i]!.slice(1);
  const spelt = tokens.join(' ');
  return (
    (spelt &&
      (occasionAbbreviated(spelt) ||
        occasionAfterName(out)?.title ||
        toastTo(out, speech, lang) ||
        openingComplement(out, speech, lang))) ||
    spelt ||
    null
  );
}

/** Characters of the opening a file name's word is looked for in, with the names it governs. */
const COMPLEMENT_OPENING = 800;

/**
 * Two words a filer put side by side that the speech never says so ("monti-fiducia-senato": "Fiducia
 * Senato", judge24): the first as the speech's opening says it, with the names it governs ("…il
 * percorso rivolto ad ottenere la fiducia del Parlamento al Governo ieri costituito" → "Fiducia del
 * Parlamento al Governo"). Not in English (its file names are read as the speech says them);
 * null when the opening says the word with no such complement.
 */
function openingComplement(words: readonly string[], speech: string, lang: string): string | null {
  // (or a kind of talk among any words, in any language: "mensagem-veto-escolas" of a sitting whose
  // chair reads "a mensagem do Presidente da República sobre a devolução …", judge33: "Mensagem Veto
  // Escolas"; "fowler-prince-philip-tribute-lords" of "…to pay tribute to His Royal Highness The
  // Prince Philip, Duke of Edinburgh", judge35: "Prince Philip Tribute Lords")
  const talk = words.length > 2 ? words.find((w) => TALK_KIND.test(w)) : undefined;
  if ((!talk && (lang === 'en' || words.length !== 2)) || !words.every((w) => /^\p{L}{4,}$/u.test(w)))
    return null;
  const opening = speech.slice(0, COMPLEMENT_OPENING);
  if (!talk && wordRe(`${words[0]} ${words[1]}`, 'iu').test(unaccented(opening))) return null;
  const head = talk ?? words[0]!;
  // the names it governs: capitalised words, a preposition or an article before each
  const names = new RegExp(
    String.raw`^(?:\s+(?:\p{Ll}{1,5}['’]?\s*)?\p{Lu}[\p{L}\p{M}'’-]+){1,${talk ? MAX_TITLE_WORDS : 2}}(?![\p{L}\p{M}])`,
    'u',
  );
  for (const said of opening.matchAll(
    new RegExp(String.raw`(?<![\p{L}\p{M}])${escapeRegExp(head)}(?![\p{L}\p{M}])`, 'giu'),
  )) {
    const m = names.exec(opening.slice(said.index + said[0].length));
    if (!m) continue;
    // (only prepositions and articles between: "fiducia del Parlamento", not "fiducia che Roma";
    // a talk's "to" of whom it is given to: "tribute to His Royal Highness")
    const between = wordsOf(m[0].replace(/['’]/gu, ' ')).filter((w) => /^\p{Ll}/u.test(w));
    if (!between.length || !between.every((w) => JOINING.test(w) || (!!talk && TALK_TO.test(w)))) continue;
    const title = `${said[0]}${m[0]}`.replace(/\s+/gu, ' ').replace(/^\p{Ll}/u, (c) => c.toUpperCase());
    return wordsOf(title).length <= MAX_TITLE_WORDS && isTitle(title, lang) ? title : null;
  }
  return null;
}

/** The preposition a kind of talk names whom it is given to by ("tribute to", "address to", "homenaje a"). */
const TALK_TO = /^(?:to|a|à)$/iu;

/** A rank the speech says before its guest's name ("President Yoon", "Prime Minister Albanese"). */
const RANKED = new RegExp(String.raw`(?<![\p{L}])(${TITLE_BEFORE_NAME})\s+$`, 'u');

/**
 * A toast filed by its guest's name ("harris-toast-yoon-state-luncheon": the file's words "Toast
 * Yoon State Luncheon", judge23): the toast to the guest, by the rank the speech names him with
 * ("Toast to President Yoon"). English only; null when the file does not open so or the speech
 * never names the guest with a rank.
 */
function toastTo(words: readonly string[], speech: string, lang: string): string | null {
  if (lang !== 'en' || words.length < 2 || !/^toast$/iu.test(words[0]!)) return null;
  const guest = words[1]!;
  const sample = speech.slice(0, 200_000);
  for (const m of sample.matchAll(
    new RegExp(String.raw`(?<![\p{L}])${escapeRegExp(guest)}(?![\p{L}])`, 'gu'),
  )) {
    const rank = RANKED.exec(sample.slice(Math.max(0, m.index - 30), m.index))?.[1];
    if (rank) return `Toast to ${rank} ${guest}`;
  }
  return null;
}

/**
 * A Romance language's word for a message, and the preposition that joins it to the feast a file
 * name puts after it: the genre's fixed name ("mensaje-navidad": "Mensaje de Navidad", judge22).
 * Only for a feast: "mensaje-nacion" may be a "Mensaje a la Nación", so it stays as filed.
 */
const GENRE_OF: Record<string, { genre: RegExp; of: string }> = {
  es: { genre: /^mensaje$/iu, of: 'de' },
  pt: { genre: /^mensagem$/iu, of: 'de' },
  fr: { genre: /^message$/iu, of: 'de' },
  it: { genre: /^messaggio$/iu, of: 'di' },
};
/** The feasts a message is named after (Christmas, Easter), as the file name writes them. */
const FEAST = /^(?:navidad|natal|noel|natale|pascua|pascoa|paques|pasqua)$/u;

const MONTH = new RegExp(String.raw`^${MONTHS}$`, 'iu');
/** A day of the month, as a file name writes it before its month ("30-oktobra"). */
const DAY = /^(?:0?[1-9]|[12]\d|3[01])$/u;

/** Whether a file name's word is a month the file name dates by, a year after it ("november-1977"). */
function datedMonth(word: string, fileName: string): boolean {
  return (
    MONTH.test(word) &&
    new RegExp(
      String.raw`(?:^|[-_\s.])${escapeRegExp(word)}[-_\s.]+(?:\d{1,2}[-_\s.]+)?(?:1[5-9]|20)\d{2}(?!\d)`,
      'iu',
    ).test(fileName)
  );
}

/**
 * The prepositions and articles that join a name's words ("mensaje de Navidad", "présidence de
 * l’Assemblée", "winstuitkering door zorgverzekeraars" of a Dutch bill's debate, judge24).
 */
const JOINING = new RegExp(
  String.raw`^(?:${alternation(articles(), ['de', 'di', 'da', 'del', 'della', 'dei', 'delle', 'do', 'dos', 'das', 'du', 'des', 'of', 'à', 'al', 'au', 'aux', 'von', 'vom', 'van', 'door', 'voor', 'by', 'for', 'für', 'pour', 'para', 'per'])})$`,
  'iu',
);

/**
 * The one or two function words the speech says between two words of a file name ("de" of
 * "mensaje de Navidad", "de l’" of "présidence de l’Assemblée") and the second word, as it spells
 * them: null when it never says the two words so.
 */
function saidBetween(word: string, next: string, speech: string): { middle: string; next: string } | null {
  const m = new RegExp(
    String.raw`(?<![\p{L}\p{M}])${escapeRegExp(unaccented(word))}\s+((?:\p{L}+(?:['’]|\s+)){1,2})(${escapeRegExp(unaccented(next))})(?![\p{L}\p{M}])`,
    'iu',
  ).exec(unaccented(speech.slice(0, 200_000)));
  if (!m) return null;
  const middle = m[1]!;
  // (a preposition and an article only: "de notre Assemblée" says whose, no name's words)
  if (!wordsOf(middle.replace(/['’]/gu, ' ')).every((w) => JOINING.test(w))) return null;
  // (the speech's own letters: the unaccented text has the same length)
  const at = m.index + m[0].length - middle.length - m[2]!.length;
  return {
    middle: speech
      .slice(at, at + middle.length)
      .toLowerCase()
      .replace(/\s+/gu, ' '),
    next: speech.slice(at + middle.length, at + middle.length + m[2]!.length),
  };
}

/**
 * The occasion a file name's words abbreviate, in its full name (`OCCASIONS`): "adresse-nation"
 * is the "Adresse à la Nation", "state-union" the "State of the Union". Only when the words are
 * the name's own words, all of them and no more; null otherwise.
 */
function occasionAbbreviated(title: string): string | null {
  const key = (t: string) =>
    wordsOf(fold(t))
      .filter((w) => !isFunctionWord(w))
      .join(' ');
  const words = key(title);
  for (const list of Object.values(OCCASIONS))
    for (const o of list) if (key(o.title) === words) return o.title;
  return null;
}

/**
 * The occasion a file name names after one or two words of a name ("blum-declaration-ministerielle":
 * Blum's "Déclaration ministérielle"): the occasion's full name and how many words the name takes.
 */
function occasionAfterName(words: readonly string[]): { title: string; words: number } | null {
  for (let n = 1; n <= 2 && n < words.length - 1; n++) {
    if (!words.slice(0, n).every((w) => /^\p{Lu}\p{Ll}+$/u.test(w))) return null;
    const title = occasionAbbreviated(words.slice(n).join(' '));
    if (title) return { title, words: n };
  }
  return null;
}

/** A house's procedure a talk answers or moves, as a file name files it: an interpellation, a motion (`TALK_KINDS`). */
const PROCEDURE_KINDS = String.raw`interpellation|interpelace|interpel[aá]cia|interpelacja|interpellanza|interpelaci[oó]n|interpela[cç][aã]o|arup[aä]rimine|mo[tţț]iune`;
/** A house's procedure, as a word (`PROCEDURE_KINDS`). */
const PROCEDURE_KIND = new RegExp(String.raw`^(?:${PROCEDURE_KINDS})$`, 'iu');

/**
 * The kinds of talk a file name or a speech names a text by: a speech, a message, a toast, a
 * tribute ("mensagem", "discurso", "Ansprache", "puhe"); in a parliament, an interpellation and a
 * motion put to the house (et "arupärimine", ro "moțiune"). A file name filed under one opens no name
 * (`FILED_AS`); said in the opening with whose it is, it names the occasion (`openingComplement`).
 */
const TALK_KINDS = String.raw`homenaje|homenatge|homenagem|hommage|omaggio|tribute|eulogy|nachruf|mindeord|keynote|speech|speeches|remarks|address|adresse|allocution|talk|lecture|toast|statement|discurso|discours|discorso|rede|ansprache|message|mensaje|mensagem|messaggio|botschaft|brinde|brindis|intervenci[oó]n|intervento|toespraak|tal|puhe|govor|przem[oó]wienie|wyst[aą]pienie|projev|prejav|besz[eé]d|konu[sş]ma|k[oõ]ne|s[oõ]nav[oõ]tt|ettekanne|discurs|${PROCEDURE_KINDS}`;
/** A kind of talk, as a word (`TALK_KINDS`). */
const TALK_KIND = new RegExp(String.raw`^(?:${TALK_KINDS})$`, 'iu');

/**
 * Words a file name opens on that say what the file is, not who gives it ("keynote-digital-economy",
 * "remarks-on-housing", "my-talk"): never a speaker's name. The occasion's kind is one too: an
 * anniversary, a memorial, a tribute, an opening ("es-batet-aniversario-guerra-ucrania", judge31,
 * "de-ebert-eroeffnung-nationalversammlung", judge33: the title slides named "Batet-Aniversario"
 * and "Ebert-Eroeffnung" as double-barrelled speakers).
 */
const FILED_AS = new RegExp(
  String.raw`^(?:${TALK_KINDS}|er[oö]e?ffnung|anniversary|aniversario|anivers[aá]rio|anniversario|anniversaire|jahrestag|rocznica|v[yý]ro[cč][ií]|[eé]vfordul[oó]|y[iı]ld[oö]n[uü]m[uü]|vuosip[aä]iv[aä]|[aå]rsdag|jubileum|jubilee|jubileo|memorial|draft|notes|final|new|old|my|our|the|opening|closing|welcome|intro|introduction|presentation|deck|slides|script|text|version|v\d+)$`,
  'iu',
);

/** A compound whose head is a kind of talk: de "Abschiedsrede", "Neujahrsansprache", "Weihnachtsbotschaft", nl "Nieuwjaarstoespraak". */
const FILED_AS_COMPOUND = /^\p{L}{3,}(?:rede|ansprache|botschaft|grußwort|grusswort|toespraak)$/iu;

/**
 * The end of a longer name a word is said inside: a capitalised word right before it, joined by a
 * space, a hyphen or a name's particles ("Prat de la Riba", "van der Leyen", "Dalmau i Ribalta").
 */
const INSIDE_NAME =
  /\p{Lu}[\p{L}\p{M}'’.]*(?:\s+(?:de|del|della|la|le|les|van|von|der|den|di|da|du|dos|das|i|y))*(?:\s+|-)$/u;

/** The words, whole, in any case, over unaccented text. */
const wordRe = (words: string, flags: string) =>
  new RegExp(
    String.raw`(?<![\p{L}\p{M}])${escapeRegExp(unaccented(words)).replace(/\s+/gu, String.raw`\s+`)}(?![\p{L}\p{M}])`,
    flags,
  );
const saidIn = (text: string, words: string) => wordRe(words, 'iu').test(text);
/** Letters a word has at least for its stem to stand for its forms ("protipoplavn-" of "protipoplavnih"). */
const STEM_WORD = 6;
/** A word in any form, over unaccented text: its stem for a longer word ("protipoplavn…"), else the word whole. */
const formsOf = (word: string) => {
  const key = unaccented(word);
  return key.length >= STEM_WORD
    ? escapeRegExp(key.slice(0, -2))
    : String.raw`${escapeRegExp(key)}(?![\p{L}\p{M}])`;
};
/** Whether the speech says the word in any form (`formsOf`). */
const saidAsStem = (text: string, word: string) =>
  new RegExp(String.raw`(?<![\p{L}\p{M}])${formsOf(word)}`, 'iu').test(text);

/** The word with an ending of its own at most ("komisija", "komisijas"), over unaccented text: not a word derived from it ("navideñas" of "Navidad"). */
const endingsOf = (word: string) =>
  String.raw`${escapeRegExp(unaccented(word))}\p{L}{0,${MAX_ENDING}}(?![\p{L}\p{M}])`;

/**
 * Whether the speech writes the word as a common word of its language: in lower case, in any
 * form (its stem, for a word of six letters or more: "fjárlaganefndar" of the file name's
 * "fjarlaganefnd", "radikalna" of "radikal"), and never capitalised after a lower-case word, as a
 * name is mid-sentence. Over unaccented text.
 */
function saidAsCommonWord(text: string, word: string, forms = formsOf): boolean {
  const lower = forms(word.toLowerCase());
  if (!new RegExp(String.raw`(?<![\p{L}\p{M}])${lower}`, 'u').test(text)) return false;
  const capital = forms(word.charAt(0).toUpperCase() + word.slice(1).toLowerCase());
  return !new RegExp(String.raw`\p{Ll}[,;]?\s+${capital}`, 'u').test(text);
}

/** A regnal numeral of two letters or more ("VI", "II", "XVI"; "I" is too often a word). */
const REGNAL = /^(?=[ivx]{2,5}$)x{0,2}(?:ix|iv|v?i{0,3})$/iu;

/** A name's initials, as a file name's title writes them ("LBJ", "FDR"): no name a title slide shows. */
const INITIALS = /^\p{Lu}{2,4}$/u;

/** A file name's leading language tag, as a word ("Fi" of "fi-kyselytunti"). */
const LANG_TAG = new RegExp(String.raw`^(?:${FILE_LANG_TAGS})$`, 'iu');

/**
 * The speaker a file name is filed under, as a filer names talks ("en-podesta-ira-anniversary",
 * "jill-biden-mesa-commencement"): the leading word, or two words the speech says together, when
 * the speech never says them or says them only inside a longer name ("Barack Hussein Obama", "Dr. Jill Biden", "Major Beau
 * Biden", "the Biden-Harris administration"), never after a lower-case word ("in Cairo", "the CAREC program") nor opening a sentence;
 * and at least one word of the name's topic is left ("podesta-ira"; not "obama.txt"). `words` is
 * how many of the file name's words (its language tag aside) the name takes; `name` is empty when
 * the file runs two names together ("juancarlos"): filed under someone it does not spell. Null
 * when the file name does not open on a name.
 */
export function fileNameSpeaker(
  fileName: string,
  speech: string,
  lang = '',
): { name: string; words: number } | null {
  const words = titleFromFileName(fileName, lang).split(/\s+/u);
  // a file filed under an office ("sv-mp-ledamot-sjofart-riksdagen": an MP, "pl-posel-…": a
  // member of the Sejm) names no one: its words are neither the speaker nor the talk's title
  let office = 0;
  while (office < words.length - 1 && MEMBER_OF_PARLIAMENT.test(words[office]!)) office++;
  if (office) return { name: '', words: office };
  const sample = unaccented(speech.slice(0, 200_000));
  // a word the speech itself says as a common word, in another form ("is-fjarlaganefnd-meirihluti-…"
  // of a speech that says "meiri hluta fjárlaganefndar", "sr-radikal-…" of "radikalna", judge35: a
  // committee and a party's adjective were the title slides' speakers), is no one's name
  const commonWord = (w: string) => !isKnownName(w) && saidAsCommonWord(sample, w);
  const nameLike = (w: string, i: number) =>
    /^\p{L}{2,}$/u.test(w) &&
    // a leading language tag left on a short file name ("fi-kyselytunti") files it, names no one;
    // so does any two-letter language code opening it, whatever the speech was detected as
    // ("id-jokowi-penutupan-bursa" gave an Indonesian deck the speaker "Id", judge27)
    !(i === 0 && (LANG_TAG.test(w) || isLanguageCode(w))) &&
    !FILED_AS.test(w) &&
    // nor a compound naming the kind of talk ("merkel-abschiedsrede-zapfenstreich", judge26: no
    // double-barrelled "Merkel-Abschiedsrede")
    !FILED_AS_COMPOUND.test(w) &&
    !isFunctionWord(w.toLowerCase(), '') &&
    // a word English knows as no name ("annual-report", "figure-preview") is the talk's, not its speaker
    !isKnownNonName(w) &&
    // nor one the speech itself says as a common word (`commonWord`)
    !(i > 0 && commonWord(w)) &&
    // nor the speech's words run together ("isgucu" of "iş gücü")
    !saidApart(w, speech) &&
    [...sample.matchAll(wordRe(w, 'giu'))].every(
      (m) =>
        // (or joined to one by a hyphen: "the Biden-Harris administration", judge23; or by a
        // name's particles: "Enric Prat de la Riba" of "ca-riba-homenatge-dalmau", judge27)
        INSIDE_NAME.test(sample.slice(Math.max(0, m.index - 40), m.index)) ||
        // (or as the label the record opens on, before a comma or a colon: "Pirtea, domnule
        // preşedinte de şedinţă!" of "ro-pirtea-motiune-educatie-camera", judge37)
        (/^\s*$/u.test(sample.slice(0, m.index)) && /^[,:]/u.test(sample.slice(m.index + m[0].length))),
    );
  let n = 0;
  while (n < 2 && n < words.length - 1 && nameLike(words[n]!, n)) n++;
  // (opening a file name of a topic of two words or more, it files the talk under a party or a
  // body the speech names otherwise: the word is no part of the title, and no speaker is shown)
  if (n && words.length > 2 && commonWord(words[0]!)) return { name: '', words: 1 };
  // two words are one name when the speech says them together ("Dr. Jill Biden"), or says
  // neither and the second is a name ("santos-silva-…"): "Obama Pinckney Eulogy" is Obama on
  // Pinckney, whom the speech names; "Blum Declaration Ministerielle", Blum on a declaration
  // a surname of two names neither known nor said, over a topic the speech does say
  // ("braun-pivet-presidence-assemblee"): a double-barrelled surname, Braun-Pivet
  const doubleBarrelled =
    n === 2 &&
    !saidAsStem(sample, words[0]!) &&
    !saidAsStem(sample, words[1]!) &&
    !isKnownName(words[0]!) &&
    !isKnownName(words[1]!) &&
    words.slice(2).some((w) => /\p{L}{4}/u.test(w) && saidAsStem(sample, w));
  if (
    n === 2 &&
    !doubleBarrelled &&
    !saidIn(sample, `${words[0]} ${words[1]}`) &&
    (saidAsStem(sample, words[0]!) || saidAsStem(sample, words[1]!) || !isKnownName(words[1]!))
  )
    n = 1;
  // a monarch's or pope's numeral goes with the name ("felipe-vi-mensaje-navidad": Felipe VI, judge21)
  const regnal = n > 0 && REGNAL.test(words[n] ?? '') && n < words.length - 1;
  const topic = words
    .slice(n + (regnal ? 1 : 0))
    .filter((w) => !isFunctionWord(w.toLowerCase(), '') && !/^\d+$/u.test(w) && /\p{L}{3}/u.test(w));
  // what is left must be able to open a title: "state-of-union" is no "State" on "of Union"
  if (
    !n ||
    !topic.length ||
    /^(?:of|and|or|in|on|at|to|for|by|with|de|du|des|del|da|do|di|y|e|et|und|и|в)$/iu.test(words[n] ?? '')
  )
    return null;
  // a name English knows ("Obama", "Santos Silva"), or one it does not over a topic the speech
  // speaks of ("podesta-ira-…" of a speech that says "the IRA"): "town-hall-2019" over a speech
  // that says neither is a talk's name, not Town's
  const name = words.slice(0, n);
  // (or one before the name of an occasion: "blum-declaration-ministerielle")
  // (or one the speech never says before the kind of talk it files: "lohela-puhemiehen-puhe" is
  // Lohela's speech, judge27; "christmas-message" of a speech that says "Christmas" is no one's)
  if (
    !name.every(isKnownName) &&
    !words.slice(n).some((w) => /\p{L}{3}/u.test(w) && saidAsStem(sample, w)) &&
    !(
      !saidIn(sample, name.join(' ')) &&
      words.slice(n).some((w) => FILED_AS.test(w) || FILED_AS_COMPOUND.test(w))
    ) &&
    occasionAfterName(words)?.words !== n
  )
    return null;
  if (regnal) return { name: `${name.join(' ')} ${words[n]!.toUpperCase()}`, words: n + 1 };
  // a monarch's numeral run into the name ("felipevi-mensaje-navidad": Felipe VI, judge23)
  const glued = n === 1 ? regnalGlued(name[0]!) : null;
  if (glued) return { name: glued, words: 1 };
  // a name the file writes without its umlaut ("de-schaeuble-nachruf": Schäuble? Schaeuble?) over a
  // speech that writes umlauts and never says it: the file does not say how it is spelt (judge23)
  // (a speech that says it so spells it: "Schäuble")
  if (
    n === 1 &&
    !isKnownName(name[0]!) &&
    /ae|oe|ue/iu.test(name[0]!) &&
    /[äöüÄÖÜ]/u.test(speech.slice(0, 200_000))
  ) {
    const spelt = umlauted(name[0]!, speech);
    return { name: spelt === name[0] ? '' : spelt, words: 1 };
  }
  // two names run together ("juancarlos") file the talk under someone the file does not spell:
  // the word is no part of the title, and no speaker is shown; so do a name's initials the speech
  // never says ("en-lbj-state-of-the-union", judge33: the title slide's speaker was "LBJ")
  if (n === 1 && (namesRunTogether(name[0]!) || (INITIALS.test(name[0]!) && !saidIn(sample, name[0]!))))
    return { name: '', words: 1 };
  return { name: name.join(doubleBarrelled ? '-' : ' '), words: n };
}

/**
 * An archive's or a corpus's name in a file name ("ParlaMint-PT_2020-10-14-…", "hansard-…"), or
 * a word that files a document rather than names it ("untitled", "transcript", "final").
 */
const FILING_WORD =
  /^(?:parlamint|europarl|hansard|parlspeech|plenarprotokoll|protokoll|dip|dar|untitled|document|doc|file|transcript|final|copy|tmp|export|txt)$/iu;
/** The file name's words, as a reader says them: no extension, no separators, no language tag. */
const nameWords = (fileName: string): string[] =>
  fileName
    .replace(/\.[^.]*$/u, '')
    .split(/[-_\s.]+/u)
    .filter(Boolean);

/**
 * Whether the file name is a slug a designer would never put on a title slide: it carries a
 * date ("pt-parlamint-2020-10-14-debate"), an archive's or corpus's name ("ParlaMint", "hansard")
 * or an id (a number that is no year, "005", or letters run into digits, "LEG14", "u47"); a name
 * a person gave ("en-carter-anti-inflation-1978", "en-who-wha76-health-workforce") is none.
 */
export function isSlugName(fileName: string): boolean {
  const stem = fileName.replace(/\.[^.]*$/u, '');
  // (a date closing a name of two words or more a person gave dates the talk, as a year does:
  // "fr-macron-adresse-a-la-nation-2018-12-10" is Macron's "Adresse à la Nation", judge25 C1)
  const dated = new RegExp(String.raw`${FILE_DATE.source}$`, 'u').exec(stem);
  const named = dated ? stem.slice(0, dated.index + (/^\d/u.test(dated[0]) ? 0 : 1)) : stem;
  if (FILE_DATE.test(named) || (dated && nameWords(`${named}.txt`).length < 3)) return true;
  const words = nameWords(`${named}.txt`);
  return words.some(
    (w, i) =>
      FILING_WORD.test(w) ||
      // a number that is no year at the end ("…-1978") is an id: "005", "14"
      // (a day before its month dates the talk: "sk-ciz-statny-sviatok-30-oktobra-2018", judge37)
      (/^\d+$/u.test(w) &&
        !(i === words.length - 1 && /^(?:1[5-9]|20)\d{2}$/u.test(w)) &&
        !(DAY.test(w) && MONTH.test(unaccented(words[i + 1] ?? '')))) ||
      // digits run into letters past an acronym's ("LEG14" is one, "g20", "wha76", "cop28" are not)
      (/\d/u.test(w) && /\p{L}/u.test(w) && !/^[a-z]{1,4}\d{1,3}$/iu.test(w)),
  );
}

/**
 * A slug cleaned into the words a reader would say: no language tag, no archive's name, no date,
 * no id ("pt-parlamint-2020-10-14-debate" → "Debate"). Empty when nothing but filing is left.
 */
export function cleanedFileTitle(fileName: string): string {
  const words = nameWords(fileName).filter(
    (w) => !FILING_WORD.test(w) && !/\d/u.test(w) && !/^\p{Lu}{1,3}$/u.test(w),
  );
  // a leading language tag ("pt", "en") files the speech; it does not name it
  if (words.length > 1 && new RegExp(`^(?:${FILE_LANG_TAGS})$`, 'iu').test(words[0]!)) words.shift();
  if (!words.length) return '';
  return titleFromFileName(`${words.join('-')}.txt`);
}

/** How much of a speech's opening its named topic is looked for in. */
const OPENING_CHARS = 2000;
/** A capitalised name of two words or more, with function words inside ("Orçamento do Estado"). */
const NAME_RUN = /\p{Lu}[\p{L}\p{M}'’-]*(?:\s+(?:\p{Ll}{1,3}\s+){0,2}\p{Lu}[\p{L}\p{M}'’-]*)+/gu;

/** A number, said in digits or words, right before a name: the name is what it counts. */
const COUNTED_BEFORE =
  /(?:\p{Nd}|(?<!\p{L})(?:έξι|επτά|οκτώ|δέκα|εκατό|χιλιάδες|χιλιάδων|εκατομμύρια|εκατομμυρίων|δισεκατομμύρια|тисяч\p{L}*|мільйон\p{L}*|мільярд\p{L}*|тысяч\p{L}*|миллион\p{L}*|миллиард\p{L}*|tysiąc\p{L}*|tysięcy|milion\p{L}*|miliard\p{L}*|tisíc\p{L}*|milion\p{L}*|miliard\p{L}*|ezer|millió\p{L}*|milliárd\p{L}*|millones|miles|millions?|thousands?|billions?))(?:\s+\p{Ll}{1,4}){0,2}\s*$/u;
/** An honorific before a surname ("пан Шурма", "pani Kowalska", "κ. Παπαδόπουλος"): a person. */
const HONORIFIC = /(?<!\p{L})(?:пан|пані|панове|pan|pani|pane|paní|κ\.|κύριος|κυρία|úr|asszony)\s+\p{Lu}/u;

/**
 * The thing the opening keeps talking about, by the name it gives it: the capitalised name that
 * holds the opening's most repeated word ("o orçamento" ×3 → "Orçamento do Estado"). A speech
 * that names its subject so is titled by that name rather than by a sentence's subject and verb.
 */
export function namedTopic(speech: string, lang: string): string | null {
  const opening = speech.slice(0, OPENING_CHARS);
  const counts = new Map<string, number>();
  for (const m of opening.matchAll(/\p{L}[\p{L}\p{M}'’-]{3,}/gu)) {
    const w = fold(m[0]);
    if (!isFunctionWord(w, lang)) counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  const names = [...opening.matchAll(NAME_RUN)]
    // a name counted by the number before it ("των έξι εκατομμυρίων Εβραίων της Ευρώπης") would
    // drop the number; one with an honorific ("Офісу Президент пан Шурма") is a person passing by
    .filter(
      (m) =>
        !COUNTED_BEFORE.test(opening.slice(Math.max(0, m.index - 40), m.index)) &&
        !HONORIFIC.test(m[0]) &&
        // whom a sentence opens by addressing ("Pääministeri Rinne, sanoitte …") is no topic
        !(
          /(?:^|[.!?:]\s+|\n)$/u.test(opening.slice(Math.max(0, m.index - 3), m.index)) &&
          opening[m.index + m[0].length] === ','
        ),
    )
    .map((m) => {
      const words = m[0].split(/\s+/u);
      // a sentence's first word is capitalised by its place ("Sotkeuduitteko Postin työkiistaan …?"):
      // a name's only when the opening writes it so mid-sentence too
      if (
        words.length > 1 &&
        /(?:^|[.!?:]\s+|\n)$/u.test(opening.slice(Math.max(0, m.index - 3), m.index)) &&
        !new RegExp(String.raw`[\p{L},;]\s+${escapeRegExp(words[0]!)}(?![\p{L}\p{M}])`, 'u').test(opening)
      )
        words.shift();
      // an article that opens the sentence ("O Orçamento", "The Budget") is no part of the name
      while (words.length > 1 && isFunctionWord(words[0]!, lang)) words.shift();
      return words.join(' ');
    })
    // a name of one word and an article ("Il Governo") is no more than a word
    .filter((n) => n.split(' ').filter((w) => !isFunctionWord(w, lang)).length >= 2)
    // a name in a salutation ("Sr. Presidente", "Srs. Deputados") is whom the speech addresses
    .filter((n) => structureKind(n) !== 'greeting' && !/\./u.test(n));
  let best: { name: string; count: number } | null = null;
  for (const name of names) {
    const count = Math.max(...name.split(' ').map((w) => counts.get(fold(w)) ?? 0));
    if (
      count >= 2 &&
      (!best || count > best.count) &&
      wordsOf(name).length <= MAX_TITLE_WORDS &&
      isTitle(name, lang)
    )
      best = { name, count };
  }
  return best?.name ?? null;
}

/** Characters of the opening a greeting's wish is looked for in. */
const WISH_CHARS = 400;
/**
 * What a Chinese message extends to its audience in its opening greeting ("在这辞旧迎新的美好时刻，
 * 我在北京向大家致以新年的祝福！" → "新年的祝福", judge22): the occasion, in the speaker's words.
 */
const EXTENDED_WISH = /向[^，。！？、；\n]{1,12}致以([^，。！？、；\s]{1,10}?的(?:祝福|问候|祝愿))/u;

/** The topic of the speech's opening, in its own language ("Рождение детей"); empty when none. */
function speechTopic(given: string, lang: string): string {
  const speech = withoutTurnLabels(given);
  // a message that opens by wishing its audience a new year says what it is (a New Year message)
  const wish = EXTENDED_WISH.exec(speech.slice(0, WISH_CHARS));
  if (wish) return wish[1]!;
  const named = namedTopic(speech, lang);
  if (named) return named;
  const topic = (salutation: boolean) =>
    deriveTitle(openingSentences(speech, lang, salutation), [], lang, [], true);
  const t = topic(true);
  // whom the speech addresses ("Signor Presidente", "Депутаты Государственной Думы!" hailed on its
  // own among "Уважаемые сенаторы! … Уважаемые граждане России!") is no topic: the opening past its salutation
  const hailed = new RegExp(String.raw`(?:^|[.!?:]\s+|\n)${escapeRegExp(t)}!`, 'u');
  const topical = VOCATIVE.test(t) || (t && hailed.test(speech)) ? topic(false) : t;
  // nor whom a sentence opens by addressing ("Pääministeri Rinne, sanoitte …", a member's question)
  const addressed = new RegExp(String.raw`(?:^|[.!?]\s+|\n)${escapeRegExp(topical)},`, 'u');
  return topical && addressed.test(speech) ? '' : topical;
}

/**
 * The speech's first TOPIC_SENTENCES sentences, its first paragraph past its salutation unless
 * `salutation`. Only the paragraphs they come from are split: a long speech's rest is not read.
 */
function openingSentences(speech: string, lang: string, salutation: boolean): string[] {
  const out: string[] = [];
  for (const [i, para] of speech.split(/\n\s*\n/u).entries()) {
    out.push(...sentencesOf(i === 0 && !salutation ? withoutSalutation(para.trim()) : para.trim(), lang));
    if (out.length >= TOPIC_SENTENCES) break;
  }
  return out.slice(0, TOPIC_SENTENCES);
}

/**
 * A transcript as its speakers say it: each turn's label left out ("Anna-Kaisa Ikonen kok:"), and
 * the chair's and the room's lines with it ("Ensimmäinen varapuhemies Tuula Haatainen: Seuraava
 * kysymys, …"): a label's name or the chair's call is no topic of the talk.
 */
function withoutTurnLabels(speech: string): string {
  if (!/:\s/u.test(speech.slice(0, OPENING_CHARS))) return speech;
  return speech
    .split(/\n\s*\n/u)
    .flatMap((p) => {
      const label = speakerLabel(p.trim());
      if (label && isRoomLabel(labelName(label)) && !isReporterLabel(label)) return [];
      // the label and the chair's knock inside a turn ("[Puhemies koputtaa]") masked off
      return [maskForScreen(p.trim()).replace(/\s+/gu, ' ').trim()];
    })
    .join('\n\n');
}

/** A paragraph without the salutation it opens on ("Signor Presidente, onorevoli colleghi, …"): whom, no topic. */
function withoutSalutation(given: string): string {
  // a cheer before it is a hail too ("Слава Україні! Шановні народні депутати, …", judge31: the
  // deck was titled "Слава Україні"), no topic
  const para = given.replace(HAILS, '').trim() || given;
  const first = sentenceSpans(para)[0];
  const cut = first ? salutationEnd(para, first.end) : 0;
  if (!cut) return para;
  // the hails that follow a salutation are it too ("Уважаемые сенаторы! Депутаты Государственной
  // Думы! Уважаемые граждане России!"): a paragraph of nothing else opens no topic
  return para.slice(cut).replace(HAILS, '').trim();
}
/** Short exclamations in a row, each a hail of five words at most ("Депутаты Государственной Думы!"). */
const HAILS = /^(?:\s*[^\s.!?]+(?:\s+[^\s.!?]+){0,4}!)+/u;

/**
 * The occasion a speech names itself by ("…reported as the Constitution requires on the state of
 * the Union", "the state of the Union is not good"), said at least twice: what a designer titles
 * a State of the Union that has no title line. By language; a name said once may be a reference.
 */
const OCCASIONS: Record<string, Array<{ said: RegExp; title: string }>> = {
  en: [
    { said: /\bstate of the union\b/giu, title: 'State of the Union' },
    { said: /\bstate of the nation\b/giu, title: 'State of the Nation' },
  ],
  es: [{ said: /(?<!\p{L})estado de la naci[oó]n(?!\p{L})/giu, title: 'Estado de la Nación' }],
  pt: [{ said: /(?<!\p{L})estado da na[cç][aã]o(?!\p{L})/giu, title: 'Estado da Nação' }],
  fr: [
    { said: /(?<!\p{L})adresse à la nation(?!\p{L})/giu, title: 'Adresse à la Nation' },
    {
      said: /(?<!\p{L})d[ée]claration de politique g[ée]n[ée]rale(?!\p{L})/giu,
      title: 'Déclaration de politique générale',
    },
    // a new government's programme read to the Chamber (Blum, 6 June 1936)
    { said: /(?<!\p{L})d[ée]claration minist[ée]rielle(?!\p{L})/giu, title: 'Déclaration ministérielle' },
  ],
  de: [
    { said: /(?<!\p{L})regierungserkl[äa]rung(?!\p{L})/giu, title: 'Regierungserklärung' },
    { said: /(?<!\p{L})lage der nation(?!\p{L})/giu, title: 'Lage der Nation' },
  ],
  ru: [
    {
      said: /(?<!\p{L})послани\p{L}{1,2} федеральному собранию(?!\p{L})/giu,
      title: 'Послание Федеральному Собранию',
    },
  ],
};
/** Characters of the opening an occasion it names is looked for in. */
const OCCASION_OPENING_CHARS = 1500;
/**
 * The occasion a speech says, once, in its opening that it is given at or is: the ceremony it
 * attends ("本日、…全国戦没者追悼式に臨み、…": the emperor's address at the national memorial
 * ceremony, judge23), the candidacy it declares for an election it numbers ("오늘 저는 제18대
 * 대통령선거 출마를 국민 앞에 엄숙히 선언합니다": 제18대 대통령선거 출마 선언, judge23; without the
 * number it names no election a title could). The title is the speech's own words.
 */
const OPENING_OCCASIONS: Record<string, Array<{ said: RegExp; title: (m: RegExpExecArray) => string }>> = {
  es: [
    // the anniversary the opening says falls ("Mañana, 24 de febrero, se cumple un año del comienzo
    // de la guerra en Ucrania, …", Batet 2023, judge31: the deck was "Guerra Ucrania", file-name
    // words): the years and what they are counted from, to the clause's end ("Un año de la guerra
    // en Ucrania"); the start the years count from is the thing itself ("del comienzo de la guerra")
    {
      said: /(?<!\p{L})se\s+cumplen?\s+((?:el\s+)?\p{L}+\s+(?:años?|aniversario))\s+(?:del?\s+(?:comienzo|inicio|principio)\s+)?(de(?:l|\s+la|\s+las|\s+los)?\s+[^\s,.;:!?\n\d][^,.;:!?\n\d]{2,50})(?=[,.;:!?\n])/u,
      title: (m) => `${m[1]!.replace(/^el\s+/u, '')} ${m[2]!}`.replace(/^\p{Ll}/u, (c) => c.toUpperCase()),
    },
  ],
  ja: [
    {
      said: /(?<![\p{Script=Han}])(\p{Script=Han}{2,14}式(?:典)?)(?:に臨み|に当たり|に際し|において|にあたり)/u,
      title: (m) => m[1]!,
    },
    // the event the room has come to celebrate, said as a clause's object ("…大勢の皆さんが集まり、
    // 即位をお祝いいただくことに、深く感謝いたします。", 国民祭典 2019, judge33: the deck was titled
    // "即位礼正殿の儀", the earlier ceremony its first sentence reports): "即位のお祝い"
    {
      said: /(?:^|[、。\s「」])(\p{Script=Han}{2,6})をお祝い/u,
      title: (m) => `${m[1]!}のお祝い`,
    },
  ],
  ko: [
    // the anniversary the opening celebrates ("뜻 깊은 제63주년 광복절을 온 국민과 더불어 경축하며", 이명박
    // 2008, judge25: the deck was "더불어 경축", a verb phrase)
    {
      said: /(제\s?\d{1,3}(?:주년|회)\s?[\p{Script=Hangul}\d.]{1,8}절)(?:을|를|에|의|\s)/u,
      title: (m) => m[1]!,
    },
    // the day the opening says the anniversary of, in years and by the event's name ("61년 전 오늘,
    // 우리는 빼앗긴 나라를 다시 찾았습니다. … 조국 광복의 그날까지 …", 노무현 2006, judge31: the deck was
    // "유공자와 유가족", a fragment): "광복 61주년", the years said, the event's name as said
    {
      said: /(?<![\d])(\d{1,3})년\s?전\s?오늘[\s\S]{0,600}?(?<![\p{Script=Hangul}])(\p{Script=Hangul}{2,4})의\s?그날/u,
      title: (m) => `${m[2]!} ${m[1]!}주년`,
    },
    {
      said: /(제\s?\d{1,2}대\s?\p{Script=Hangul}{1,8}선거)\s?출마(?:를|을)?\s(?:[^.!?\n]{0,24}\s)?선언(?:합니다|하겠습니다|하고자 합니다)/u,
      title: (m) => `${m[1]!} 출마 선언`,
    },
  ],
};
/** Words of a refrain: a short phrase the speech says as a sentence of its own. */
const REFRAIN_WORDS = { min: 2, max: 4 };
/** A refrain opens on no pronoun or demonstrative: "We see that now" is a clause, no name. */
const CLAUSE_OPENING = /^(?:i|we|you|it|this|that|there|he|she|they|let|and|but|so)\b/iu;

/**
 * What the speech calls itself when it has no title line: the occasion it names (`OCCASIONS`), or
 * its refrain, a phrase of 2–4 words said as a sentence of its own at least twice and three times
 * in all ("Amazing grace.  Amazing grace." in a eulogy that sings the hymn): a noun phrase that
 * passes the title rules, no person's name. Null when the speech names itself by neither.
 */
export function selfNamedTitle(speech: string, lang: string): string | null {
  for (const o of OCCASIONS[lang] ?? []) if ((speech.match(o.said) ?? []).length >= 2) return o.title;
  const opening = speech.slice(0, OCCASION_OPENING_CHARS);
  for (const o of OPENING_OCCASIONS[lang] ?? []) {
    const m = o.said.exec(opening);
    if (m) return o.title(m);
  }
  // the sitting the chair opens, as the chair names it (structure.ts `openedSitting`)
  for (const para of opening.split(/\n\s*\n/u))
    for (const sentence of sentencesOf(para, lang)) {
      const sitting = openedSitting(sentence);
      if (sitting && wordsOf(sitting).length <= MAX_TITLE_WORDS) return sitting;
    }
  const quoted = quotedRefrain(speech, lang) ?? definedTerm(speech, lang);
  if (quoted) return quoted;
  const alone = new Map<string, { phrase: string; count: number }>();
  for (const para of speech.split(/\n\s*\n|\n/u))
    for (const sentence of sentencesOf(para, lang)) {
      const phrase = sentence
        .trim()
        .replace(/[.!?]+$/u, '')
        .trim();
      const n = wordsOf(phrase).length;
      // (a hard-wrapped line's first words are no sentence of their own: "…that you've done so much\n
      // for real.  I mean, …" opens a line in lower case, judge27a "for real" titled a deck)
      if (/^\p{Ll}/u.test(phrase)) continue;
      if (n < REFRAIN_WORDS.min || n > REFRAIN_WORDS.max || /[,;:()\p{Nd}]/u.test(phrase)) continue;
      const key = phrase.toLowerCase();
      const seen = alone.get(key);
      alone.set(key, { phrase: seen?.phrase ?? phrase, count: (seen?.count ?? 0) + 1 });
    }
  const lower = speech.toLowerCase();
  let best: { phrase: string; said: number } | null = null;
  for (const [key, { phrase, count }] of alone) {
    if (count < 2 || CLAUSE_OPENING.test(phrase) || !isTitle(phrase, lang)) continue;
    if (isPersonName(phrase, speech, lang)) continue;
    const said = lower.split(key).length - 1;
    if (said >= 3 && (!best || said > best.said)) best = { phrase, said };
  }
  return best?.phrase ?? null;
}

/**
 * A Chinese or Japanese event a dateline names (the first line "2023年7月17日外交部发言人毛宁主持例行记者会"
 * read as a date and an event, judge24): a meeting, a ceremony, an address by its name. It titles a
 * speech that has no title line, rather than a phrase cut from its first answer ("举行的中国").
 */
export function datelineEventTitle(event: string | undefined): string | null {
  if (!event || !hasCjk(event) || /[\s，。、,.:：；;]/u.test(event) || [...event].length > MAX_TITLE_CJK)
    return null;
  return /(?:会|会议|会见|式|典礼|讲话|致辞|演讲|论坛|峰会|談話|挨拶|式辞|記者会見)$/u.test(event)
    ? event
    : null;
}

/** Characters of the opening its salutation is read in. */
const SALUTATION_CHARS = 300;

/**
 * The occasion the salutation names when the file name abbreviates it: "Madam Speaker, Mr. Vice
 * President, Members of Congress, …" hails a joint session of Congress, and
 * "obama-joint-session-economy" files the address to it (judge24: "Joint Session Economy" →
 * "Address to the Joint Session of Congress"). Null for any other opening or file name.
 */
function salutedOccasion(speech: string, lang: string, fileName: string): string | null {
  if (lang !== 'en' || !/(?:^|[-_\s])joint[-_\s]+session(?:$|[-_\s.])/iu.test(fileName)) return null;
  const hail = speech.slice(0, SALUTATION_CHARS).split(/[:\n]/u)[0]!;
  return /\bSpeaker\b/u.test(hail) && /\bMembers of (?:the )?(?:\d+\p{L}* )?Congress\b/iu.test(hail)
    ? 'Address to the Joint Session of Congress'
    : null;
}

/** A name the speech spells out before its acronym: "lei dos compromissos e dos pagamentos em atraso (LCPA)". */
const DEFINED_ACRONYM = /(\p{L}[\p{L}\p{M}'’-]*(?:\s+[\p{L}\p{M}'’-]+){1,11})\s*\((\p{Lu}{2,8})\)/gu;
/** What DEFINED_ACRONYM needs: an acronym in brackets (its search tries 12 words at every letter). */
const BRACKETED_ACRONYM = /\(\p{Lu}{2,8}\)/u;
/** Times a speech says an acronym (its definition included) for it to be what the speech is about. */
const ACRONYM_SAID = 3;
/** Times a key phrase is said for it to name the speech's subject. */
const NAME_SAID = 3;

/**
 * The name of what the speech keeps talking about, in its own words, for a speech whose file name
 * is a filer's shorthand in another language ("pt-reis-lcpa-2015": a surname and a lowercased
 * acronym). The thing it names by an acronym it defines and then keeps using ("…à aprovação da lei
 * dos compromissos e dos pagamentos em atraso (LCPA). O objetivo central da LCPA…" → "Lei dos
 * compromissos e dos pagamentos em atraso"); else its most salient key phrase when that is a name
 * of two words or more said three times or more ("Kartepe Zirvesi", said seven times). Null when neither is a title.
 */
export function salientName(speech: string, lang: string): string | null {
  for (const m of BRACKETED_ACRONYM.test(speech) ? speech.matchAll(DEFINED_ACRONYM) : []) {
    const acronym = m[2]!;
    const said = speech.split(new RegExp(`(?<!\\p{L})${acronym}(?!\\p{L})`, 'u')).length - 1;
    if (said < ACRONYM_SAID) continue;
    // the name's words are the acronym's last letters' worth: "…à aprovação da lei dos … atraso"
    const words = m[1]!.split(/\s+/u);
    const initials = [...acronym.toLowerCase()];
    let start = words.length;
    let left = initials.length;
    while (left > 0 && start > 0) {
      const w = words[start - 1]!;
      if (fold(w)[0] === initials[left - 1]) left--;
      else if (!isFunctionWord(w, lang)) break;
      start--;
    }
    if (left > 0) continue;
    const name = words.slice(start).join(' ');
    const title = name.replace(/^\p{Ll}/u, (c) => c.toUpperCase());
    if (wordsOf(title).length <= MAX_TITLE_WORDS && isTitle(title, lang)) return title;
  }
  const top = keyPhrases(speech.replace(/\([^()]*\)|\[[^\]]*\]/gu, ' '), lang)[0]?.text;
  if (!top || /\n/u.test(top) || wordsOf(top).length < 2) return null;
  // a phrase said once or twice is a passing mention, however rare its words; and a name is
  // written as one ("Kartepe Zirvesi", "Deutsche Welle"): "jeune femme", the refrain of "Je vois
  // une jeune femme…", is what the speech says, not what it is about
  if (fold(speech).split(fold(top)).length - 1 < NAME_SAID) return null;
  if (!/^\p{Lu}/u.test(top)) return null;
  return isTitle(top, lang) && !isPersonName(top, speech, lang) ? top : null;
}

/** Characters of the opening a term the speech defines is looked for in. */
const TERM_OPENING = 400;
/**
 * A term the opening names as a term, then quotes: "με τον όρο «Ολοκαύτωμα»", "the term
 * “genocide”", "le terme « laïcité »", "der Begriff „Heimat“" (a phrase quoted without it, "este
 * «tremendo aumento»", is someone's words, no subject).
 */
const TERM_QUOTED =
  /(?<![\p{L}])(?:όρο[ςυ]?|λέξη|term|word|terme|mot|termine|parola|término|palabra|termo|begriff|wort|термін|термин|слово|pojęci[ea]|termín)\s+(?:«\s?([^«»\n.!?,]{3,40}?)\s?»|[„“"]([^„“”"\n.!?,]{3,40})[“”"])/giu;
/** Times a term the opening quotes is said (in any ending) for it to be what the speech is about. */
const TERM_SAID = 3;

/**
 * The term the opening quotes and the speech keeps saying ("με τον όρο «Ολοκαύτωμα» εννοούμε την
 * εξόντωση…", then "του Ολοκαυτώματος" again and again, judge29c: the deck was titled "Έξι
 * εκατομμυρίων Εβραίων", a genitive cut from the definition): one to three words quoted after
 * a word for "term" (`TERM_QUOTED`), said three times or more with their own stem. Never a quoted
 * sentence; null when none.
 */
function definedTerm(speech: string, lang: string): string | null {
  const opening = speech.slice(0, TERM_OPENING);
  const folded = fold(speech);
  for (const m of opening.matchAll(TERM_QUOTED)) {
    const term = (m[1] ?? m[2]!).trim();
    const words = wordsOf(term);
    if (words.length > 3 || hasCjk(term)) continue;
    // (the stem: the last word without its ending, "ολοκαυτωμ" of "Ολοκαύτωμα", "Ολοκαυτώματος")
    const last = fold(words[words.length - 1]!);
    const stem =
      fold(words.slice(0, -1).join(' ')) +
      (words.length > 1 ? ' ' : '') +
      last.slice(0, Math.max(4, last.length - 2));
    const said = folded.split(stem).length - 1;
    const title = term.replace(/^\p{Ll}/u, (c) => c.toUpperCase());
    if (said >= TERM_SAID && isTitle(title, lang) && !isPersonName(title, speech, lang)) return title;
  }
  return null;
}

/**
 * A Chinese or Japanese speech's own name for its cause, in quotation marks and said three times
 * or more ("「核兵器のない世界」" in Abe's Hiroshima address): its words, marks and all. Never a
 * name holding a numeral (the "“一二·一”" of a date), never one a title may not be.
 */
function quotedRefrain(speech: string, lang: string): string | null {
  const counts = new Map<string, number>();
  for (const m of speech.matchAll(/「([^「」\n]{4,14})」|“([^“”\n]{4,14})”/gu)) {
    const inner = m[1] ?? m[2]!;
    if (!hasCjk(inner) || CJK_NUMERAL_CHAR.test(inner) || /[\p{P}\s]/u.test(inner)) continue;
    counts.set(m[0], (counts.get(m[0]) ?? 0) + 1);
  }
  const best = [...counts.entries()].filter(([, n]) => n >= 3).sort((a, b) => b[1] - a[1])[0]?.[0];
  return best && isTitle(best, lang) ? best : null;
}

/**
 * The title of a speech that names none. What the speech calls itself comes first (`selfNamedTitle`:
 * the occasion it names, its refrain). A file name that is a slug (`isSlugName`: a date, an
 * archive's name, an id) names no talk a speaker would recognise: the topic of the speech's
 * opening titles it, else the slug cleaned into words. Any other file name is spelt as the speech
 * spells it (see `spokenFileTitle`), else the speech's topic in its language ("Рождение детей"),
 * else the file name's title.
 */
export function fallbackTitle(fileName: string, speech: string, lang: string, speaker?: string): string {
  // what the speech calls itself beats a file name ("Obama Pinckney Eulogy" → "Amazing grace")
  const self = selfNamedTitle(speech, lang) ?? salutedOccasion(speech, lang, fileName);
  if (self) return self;
  if (isSlugName(fileName))
    return speechTopic(speech, lang) || cleanedFileTitle(fileName) || 'Untitled speech';
  const spelt = spokenFileTitle(fileName, speech, speaker, lang);
  // a Latin file name over a speech in another Latin-script language is the filer's shorthand
  // ("Reis Lcpa", "Seker Kartepe"): the name the speech keeps saying comes first
  // (unless the file's title holds that name and says more: "Brinde Tabaré Vázquez", not the guest's
  // name alone, judge22)
  const salient = spelt && lang !== 'en' ? salientName(speech, lang) : null;
  if (spelt) return salient && !fold(spelt).includes(fold(salient)) ? salient : spelt;
  return transliteratedTitle(fileName, speech) || speechTopic(speech, lang) || titleFromFileName(fileName);
}

/** Greek letters and digraphs as a Latin file name spells them, reduced to what every way of spelling them agrees on. */
const GREEK_DIGRAPHS: ReadonlyArray<[RegExp, string]> = [
  [/ου/gu, 'u'],
  [/αυ/gu, 'av'],
  [/ευ/gu, 'ev'],
  [/μπ/gu, 'b'],
  [/ντ/gu, 'd'],
  [/γ[γκ]/gu, 'g'],
];
const GREEK_LETTERS: Record<string, string> = {
  α: 'a',
  β: 'v',
  γ: 'g',
  δ: 'd',
  ε: 'e',
  ζ: 'z',
  η: 'i',
  θ: 'th',
  ι: 'i',
  κ: 'k',
  λ: 'l',
  μ: 'm',
  ν: 'n',
  ξ: 'x',
  ο: 'o',
  π: 'p',
  ρ: 'r',
  σ: 's',
  ς: 's',
  τ: 't',
  υ: 'i',
  φ: 'v',
  χ: 'h',
  ψ: 'ps',
  ω: 'o',
};
/** A Greek word as its transliterations agree on it ("Ολοκαυτώματος" → "olokavtomatos"). */
function greekKey(word: string): string {
  let w = fold(word);
  for (const [re, by] of GREEK_DIGRAPHS) w = w.replace(re, by);
  return [...w].map((c) => GREEK_LETTERS[c] ?? c).join('');
}
/** A file name's transliterated word reduced alike ("olokaftomatos" → "olokavtomatos", "vouli" → "vuli"). */
function latinKey(word: string): string {
  return fold(word)
    .replace(/ch/gu, 'h')
    .replace(/ks/gu, 'x')
    .replace(/ou/gu, 'u')
    .replace(/mp/gu, 'b')
    .replace(/nt/gu, 'd')
    .replace(/n?g[gk]|ng/gu, 'g')
    .replace(/f/gu, 'v')
    .replace(/y/gu, 'i')
    .replace(/w/gu, 'o');
}
/** Words of the speech a transliterated file name is looked for in. */
const TRANSLITERATED_WORDS = 3000;

/**
 * The speech's own words a Latin file name transliterates, for a Greek speech ("el-presiding-
 * officer-imera-mnimis-olokaftomatos-vouli" of a speech that says "τη φετινή διεθνή Ημέρα Μνήμης
 * για τα θύματα του Ολοκαυτώματος", judge26: the deck was titled "Φρέσκο κουράγιο", a piece of the
 * Anne Frank quote it opens on): the shortest run of the speech, MAX_TITLE_WORDS at most, that
 * holds the most of the file name's words, two at least. Null for a speech in another script.
 */
function transliteratedTitle(fileName: string, speech: string): string | null {
  const letters = speech.slice(0, SAMPLE).match(/\p{L}/gu) ?? [];
  if (letters.filter((c) => /\p{Script=Greek}/u.test(c)).length * 2 <= letters.length) return null;
  const keys = new Set(
    nameWords(fileName)
      .filter((w) => /^[a-z]{4,}$/iu.test(w))
      .map(latinKey),
  );
  const tokens = [...speech.matchAll(/\p{L}[\p{L}\p{M}]*/gu)].slice(0, TRANSLITERATED_WORDS);
  const hits = tokens.flatMap((m, i) => (keys.has(greekKey(m[0])) ? [{ i, key: greekKey(m[0]) }] : []));
  let best: { from: number; to: number; count: number } | null = null;
  for (let a = 0; a < hits.length; a++) {
    const seen = new Set<string>();
    for (let b = a; b < hits.length && hits[b]!.i - hits[a]!.i < MAX_TITLE_WORDS; b++) {
      seen.add(hits[b]!.key);
      const span = hits[b]!.i - hits[a]!.i;
      if (
        seen.size >= 2 &&
        (!best || seen.size > best.count || (seen.size === best.count && span < best.to - best.from))
      )
        best = { from: hits[a]!.i, to: hits[b]!.i, count: seen.size };
    }
  }
  if (!best) return null;
  const first = tokens[best.from]!;
  const last = tokens[best.to]!;
  const title = speech.slice(first.index, last.index + last[0].length).replace(/\s+/gu, ' ');
  return /[.!?;:«»"“”]/u.test(title) ? null : title.replace(/^\p{Ll}/u, (c) => c.toUpperCase());
}
