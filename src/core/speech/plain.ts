/**
 * Plain-text speeches: re-flowed paragraphs (reflow.ts) with `**bold**` emphasis. Recognises the
 * title line, the opening (salutations, greetings, datelines, bylines, the speaker introducing
 * themselves) which goes to the title slide, the closing (thanks, signature) which goes to the
 * closing slide, and leaves the body to the planner.
 */
import { courtesyExcerptEnd, isCourtesyParagraph } from './excerpt-opening';
import { sectionsAtHeads } from './editor-heads';
import { headnoteEnd, learnFromHeadnote } from './headnote';
import { namedTitle } from './named-title';
import { shortenLongTitle } from './long-heading';
import { frontMatterAbove, isPlaceLine, isVenueLine, plainTitle } from './plain-head';
import { isNameLine } from './names';
import { INFERABLE_META_KEYS, inlineText, type Inline, type SpeechMeta } from '../deck';
import { parsePlainInline } from './inline';
import type { Section, SpeechModel, SpokenPara } from './model';
import { inputOffset, paraLines, plainParagraphs, type RawPara } from './reflow';
import { pressCodaStart, signsOff } from './press-coda';
import {
  catalogueHeading,
  isClosing,
  isOpening,
  isSaidTitle,
  isTitleLine,
  officeAndName,
  speakerFromIntro,
  titleFromFileName,
  unshoutWords,
} from './speech-parts';
import { isOnlyMarkers, maskForScreen, speakerLabel } from './mask';
import { paraPart } from './model';
import { sentenceSpans } from './segment';
import {
  ARABIC_HONORED_NAME,
  DATE_OR_TIME,
  datelineDate,
  datelinePlace,
  hasCalendarDate,
  HONORED_BYLINE,
  isDateline,
  isHeaderLine,
  isNameRoll,
  isNumberedHead,
  isSignatureLine,
  roleBylineName,
  salutationEnd,
  structureKind,
  VOCATIVE,
  westernDigits,
  withoutEmphasisMarks,
} from './structure';
import { hasCjk, LineIndex, unshout, wordsOf } from './text';
import { readTurnHead } from './turn-head-meta';
import { escapeRegExp } from './word-classes';

export { plainParagraphs, type RawPara } from './reflow';
export { plainTitle } from './plain-head';

/** Opening paragraphs looked at, at most. */
const MAX_OPENING = 14;

/** Input offset of an offset in a paragraph's spoken text (which has the `**` markers removed). */
function rawOffset(inlines: Inline[], at: number): number {
  let text = 0;
  let raw = 0;
  for (const n of inlines) {
    const len = inlineText([n]).length;
    const markers = n.type === 'strong' ? 4 : 0;
    if (text + len >= at) return raw + (at - text) + markers / 2;
    text += len;
    raw += len + markers;
  }
  return raw + (at - text);
}

/**
 * A paragraph of the file the speaker does not say: a catalogue heading, a headnote, a dateline,
 * a venue line, a byline, a stamp, a signature. It stays in the notes, untimed (model.ts `unsaid`).
 */
function unsaid(p: RawPara, lines: LineIndex): SpokenPara {
  return { ...toSpoken(p, lines), unsaid: true };
}

/** A head line said to the room: a salutation, a greeting, thanks (structure.ts). */
function saysToTheRoom(text: string): boolean {
  const kind = structureKind(text);
  return kind === 'salutation' || kind === 'greeting' || kind === 'thanks';
}

function toSpoken(p: RawPara, lines: LineIndex): SpokenPara {
  const inlines = parsePlainInline(p.text);
  const para: SpokenPara = {
    text: inlineText(inlines),
    inlines,
    pos: lines.pos(p.offset),
    posAt: (o) => lines.pos(inputOffset(p, rawOffset(inlines, o))),
  };
  if (p.bullet) para.bullet = /^(?:\(?\d|[IVXLC]{1,4}\.\s)/u.test(p.text) ? 'number' : 'glyph';
  return para;
}

/**
 * A place said over several lines, each a part of it ("JW Marriott Hotel Hanoi" / "Hanoi,
 * Vietnam"): set apart as the title slide sets its parts, never run together.
 */
const parted = (lines: string) =>
  lines
    .split(/\s*\n\s*/u)
    .map((line) => withoutEmphasisMarks(line.replace(/\s+/g, ' ')))
    .filter(Boolean)
    .join(' · ');

/** A book's line under a title saying where an address was given, the place after "in"/"at". */
const DELIVERED_AT =
  /^(?:an?\s+)?(?:address|speech|remarks|lecture|sermon)\s+(?:delivered|given|made|read)\s+(?:in|at|before)\s+(.+)$/iu;

/**
 * The last sentence of a byline when it is a place and a date ("Tal av statsminister … regerings-
 * jubileum. Kungliga slottet, Stockholm, den 15 september 2023."): short, a calendar date in it,
 * its place before the date. Null when the byline ends otherwise.
 */
function bylineDateline(text: string): string | null {
  const last = /(?:^|[.!?]\s+)(\p{Lu}[^.!?]*\d[^.!?]*)[.]?\s*$/u.exec(text)?.[1];
  if (!last || last === text.trim() || wordsOf(last).length > 12 || !hasCalendarDate(last)) return null;
  return datelinePlace(last) !== undefined ? last : null;
}

/**
 * Where a dateline that opens a paragraph ends, past its dash and the space after it, or 0: a
 * calendar date with at most a place ("٢٤ تشرين الأول/أكتوبر ٢٠١٥ - في كل بلدان العالم…" of Ban
 * Ki-moon's UN Day message, 2015, judge25; "GENEVA, 3 May 2021 – …"), then the text.
 */
export function datelineLead(text: string): number {
  // (a date said as the speech's first words runs on in lower case: "June 6, 1944 — a day …")
  const m = /^(\S[^\n]{3,60}?)\s+[-–—]{1,2}\s+(?=[^\s\p{Ll}])/u.exec(text);
  if (!m || !isDateline(m[1]!) || !hasCalendarDate(m[1]!)) return 0;
  return m[0].length;
}

/** What an opening paragraph tells about the talk (speaker, role, date, place). */
export function learnFromOpening(lines: string, meta: SpeechMeta): void {
  // (`lines` keeps its line breaks, when the caller kept them: see `parted`)
  const text = lines.replace(/\s*\n\s*/gu, ' ');
  const kind = structureKind(text);
  // how the talk was given ("Via Teleconference") stays in the notes
  if (kind === 'format') return;
  if (kind === 'dateline' || (!kind && isHeaderLine(text) && isDateline(text))) {
    // a time of day alone ("3:17 P.M. EDT") is no date to print under the title
    if (hasCalendarDate(text)) meta.date ??= datelineDate(text);
    const place = datelinePlace(text);
    if (place) meta.event ??= place === text ? parted(lines) : place;
  } else if (kind === 'byline') {
    // a byline that names the kind of text, the office and the speaker ("Tal av statsminister Ulf
    // Kristersson till Hans Majestät Konungen …", speech-parts.ts `catalogueHeading`)
    const heading = catalogueHeading(text);
    const name =
      roleBylineName(text) ??
      heading?.speaker ??
      /^(?:by|[—–-])\s*(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})/u.exec(text)?.[1];
    if (name) meta.speaker ??= name;
    if (heading?.role && name === heading.speaker) meta.role ??= heading.role;
    // where and when the address was delivered ("ADDRESS DELIVERED IN NEW YORK, JANUARY 22, 1906")
    const given = DELIVERED_AT.exec(text);
    const dated = bylineDateline(text);
    if (given && hasCalendarDate(text)) {
      meta.date ??= datelineDate(text);
      const place = datelinePlace(given[1]!);
      if (place) meta.event ??= unshout(place);
    } else if (dated) {
      // …or in a sentence of its own after it ("… regeringsjubileum. Kungliga slottet, Stockholm,
      // den 15 september 2023.")
      meta.date ??= datelineDate(dated);
      const place = datelinePlace(dated);
      if (place) meta.event ??= place;
    }
  } else if (!kind && /^[—―]/u.test(text)) {
    // an editor's note under the title ("——一九二三年…在北京…讲") is its subtitle; the author's
    // name on the line under it is the speaker ("――明治四十四年八月和歌山において述――" / "夏目漱石")
    const [note = '', ...under] = lines.trim().split(/\s*\n\s*/u);
    const name = under.join(' ');
    const signed = under.length > 0 && (SIGNED_NAME.test(name) || /^\p{Script=Han}{2,5}$/u.test(name));
    meta.subtitle ??= (signed ? note : text).replace(/^[—―\s]+|[—―\s]+$/gu, '');
    if (signed) meta.speaker ??= unshout(name);
  } else if (!kind && isHeaderLine(text) && !meta.speaker && ARABIC_HONORED_NAME.test(text.trim())) {
    // the speaker's line under an Arabic title, the honorific and the name ("الدكتور جوزيف ويستفول")
    meta.speaker = text.trim();
  } else if (!kind && isHeaderLine(text) && !meta.speaker && officeAndName(text).role) {
    // the speaker under the title with the office before the name ("Governor Christopher J. Waller")
    const who = officeAndName(text);
    meta.speaker = who.name;
    meta.role ??= who.role;
  } else if (!kind && isHeaderLine(text)) {
    // a name in a list of addressees ("Prof Ihsane Ben Yahya,") is whom the talk greets, no venue;
    // a venue said with its preposition ("At the American Enterprise Institute, Washington, D.C.") is the place
    if (!/[,،]\s*$/u.test(text))
      meta.event ??= parted(lines).replace(/^(?:at|in)\s+(?:the\s+)?(?=\p{Lu})/iu, '');
  } else if (!meta.speaker) {
    const who = speakerFromIntro(text);
    if (who.speaker) Object.assign(meta, who);
  }
}

/** A line that opens on an office ("ministre du budget, des comptes publics …", "Secretary of State"). */
const OFFICE_OPENING =
  /^(?:(?:the|le|la|el|der|die)\s+)?(?:minist\p{L}*|secr[ée]t\p{L}*|pr[ée]sident\p{L}*|commissi?oner|commissaire|gouverneur|governor|ambassad\p{L}*|staatssekret\p{L}*|bundesminist\p{L}*|sottosegretari\p{L}*|garde\s+des\s+sceaux|porte-parole)(?![\p{L}])/iu;

/**
 * An official record's head under its title, each part a line of its own: the debate it was said
 * in, run on with a comma into the byline, the byline with its honorific (`HONORED_BYLINE`), the
 * speaker's office ("DÉCLARATION DU GOUVERNEMENT" / "débat d’orientation budgétaire pour 2008," /
 * "par M. Eric WOERTH," / "ministre du budget, des comptes publics et de la fonction publique.",
 * judge29: the three lines went to the first content slide's notes and the title slide showed the
 * title only). They are the subtitle, the speaker and the role. Returns where the head ends (`i`: none).
 */
function recordByline(paras: readonly RawPara[], i: number, meta: SpeechMeta): number {
  const line = (k: number) => (paras[k] && !paras[k]!.text.includes('\n') ? paras[k]!.text.trim() : '');
  let j = i;
  const debate = line(j);
  const runsOn = /^\p{Ll}.*,$/u.test(debate) && wordsOf(debate).length <= 16 && !HONORED_BYLINE.test(debate);
  if (runsOn) j++;
  const by = HONORED_BYLINE.exec(line(j));
  if (!by) return i;
  if (runsOn) meta.subtitle ??= debate.replace(/,$/u, '').replace(/^\p{Ll}/u, (c) => c.toUpperCase());
  meta.speaker ??= unshoutWords(by[1]!);
  j++;
  const office = line(j);
  if (office && OFFICE_OPENING.test(office) && wordsOf(office).length <= 20 && !/[!?]$/u.test(office)) {
    meta.role ??= office.replace(/[.,]$/u, '').replace(/^\p{Ll}/u, (c) => c.toUpperCase());
    j++;
  }
  return j;
}

/** Whether a turn label of the transcript names the person ("PRESIDENT RUTO:" of "William Ruto"). */
function speaksInTurns(paras: readonly RawPara[], name: string): boolean {
  const surname = new RegExp(String.raw`(?<!\p{L})${escapeRegExp(name.split(/\s+/u).pop()!)}(?!\p{L})`, 'iu');
  return paras.some((p) => surname.test(speakerLabel(p.text) ?? ''));
}

/** A transcript's turn that is only thanks: "The President: Thank you. All right. Thank you all very much." */
function isClosingTurn(text: string): boolean {
  return !!speakerLabel(text) && signsOff(text);
}

/** Whether paragraph `i` is a stage direction right after a closing line. */
function stageAfterClosing(paras: readonly RawPara[], i: number): boolean {
  const t = paras[i]?.text ?? '';
  return /[\p{L}\p{N}]/u.test(t) && isOnlyMarkers(t) && isClosing(paras[i - 1]?.text ?? '');
}

/** A signed name: two to four capitalised words, in any script with case ("Jane Doe", "АНТОНИУ ГУТЕРРИШ"). */
const SIGNED_NAME = /^\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}$/u;

/**
 * What a signature at the end tells the title slide: the name (unshouted), a role before it
 * ("内閣総理大臣・安倍晋三": role・name), and the date of a dateline signed with it.
 */
function learnFromSignature(tail: readonly string[], meta: SpeechMeta): void {
  for (const line of tail) {
    const t = line.replace(/^[\s—–-]+/u, '').trim();
    if (isDateline(t)) {
      if (hasCalendarDate(t)) meta.date ??= datelineDate(t);
      continue;
    }
    const parts = t.split(/\s*[・·]\s*/u);
    const name = parts[parts.length - 1]!;
    const role = parts.length > 1 ? parts.slice(0, -1).join('・') : undefined;
    if (!SIGNED_NAME.test(name) && !(role && /^\p{Script=Han}{2,6}$/u.test(name))) continue;
    meta.speaker ??= unshout(name);
    if (role) meta.role ??= role;
  }
}

/** A UN page's heading, its office then its title ("الأمين العام -- رسالة بمناسبة يوم الأمم المتحدة …"). */
const OFFICE_HEADED =
  /^((?:The\s+)?(?:Deputy\s+)?Secretary-General|(?:نائبة?\s+)?الأمين(?:ة)?\s+العام(?:ة)?|(?:Заместитель\s+)?Генерального?\s+секретар[ья]|(?:Vice-)?Secrétaire\s+général(?:e)?|(?:Vice)?[Ss]ecretari[oa]\s+General|(?:常务)?副?秘书长)\s+--\s+(\S.*)$/u;

/**
 * A title line that heads the talk with the office that gives it ("الأمين العام -- رسالة بمناسبة
 * يوم الأمم المتحدة ٢٤ تشرين الأول/أكتوبر ٢٠١٩"): the office is the speaker, the rest the title,
 * without the date it ends on (the date line under it says it).
 */
function officeHeaded(meta: SpeechMeta): void {
  const m = OFFICE_HEADED.exec(meta.title);
  if (!m) return;
  let rest = m[2]!.trim();
  const ascii = westernDigits(rest);
  DATE_OR_TIME.lastIndex = 0;
  const last = [...ascii.matchAll(DATE_OR_TIME)].pop();
  if (last && last.index > 0 && last.index + last[0].length >= ascii.replace(/[\s.]+$/u, '').length)
    rest = rest.slice(0, last.index).trim();
  if (wordsOf(rest).length < 2) return;
  meta.speaker ??= m[1]!;
  meta.title = rest;
}

/** "(full text)" after a title, as a news site heads the text it prints whole ("… 경축사 전문", "…的讲话（全文）"). */
const FULL_TEXT = /\s*(?:[(（]\s*(?:전문|全文|full\s+text)\s*[)）]|\s전문|\s*全文|[,:]?\s+full\s+text)$/iu;
/** A Korean name and office heading the title ("윤석열 대통령 제79회 광복절 경축사"). */
const KO_NAME_OFFICE =
  /^(\p{Script=Hangul}{2,4})\s+(대통령|국무총리|총리|장관|국회의장|의장|대표|위원장|시장|도지사|지사|대사)\s+(\S.*)$/u;

/**
 * A title line as a news site prints it: without "(full text)", and a Korean speaker's name and
 * office before the talk's name go to the speaker and role ("윤석열 대통령 제79회 광복절 경축사
 * 전문" → "제79회 광복절 경축사", 윤석열, 대통령; judge20).
 */
function printedTitle(meta: SpeechMeta): void {
  const whole = meta.title.replace(FULL_TEXT, '').trim();
  if (
    whole &&
    whole !== meta.title.trim() &&
    (hasCjk(whole) ? whole.length >= 4 : wordsOf(whole).length >= 2)
  )
    meta.title = whole;
  const m = KO_NAME_OFFICE.exec(meta.title);
  if (!m || m[3]!.replace(/\s+/gu, '').length < 4) return;
  meta.speaker ??= m[1]!;
  meta.role ??= m[2]!;
  meta.title = m[3]!;
}

export function readPlain(text: string, fileName: string): SpeechModel {
  const lines = new LineIndex(text);
  const paras = plainParagraphs(text);
  const title = plainTitle(paras);
  let i = title ? 1 : 0;
  const meta: SpeechMeta = {
    title: title ? unshout(withoutEmphasisMarks(title)) : titleFromFileName(fileName),
  };
  if (title) {
    officeHeaded(meta);
    printedTitle(meta);
  }
  const titleSection: Section = { layout: 'title', paras: [], pos: lines.pos(paras[0]?.offset ?? 0) };
  // a title line said aloud stays in the notes ("We hold these truths to be self-evident")
  if (title && isSaidTitle(title)) titleSection.paras.push(toSpoken(paras[0]!, lines));
  // an archive's catalogue heading: the kind of text and its occasion title the deck, the speaker
  // and office it names go to the title slide, the whole line to its notes (speech-parts.ts)
  const heading = title ? catalogueHeading(title) : null;
  if (heading) {
    meta.title = heading.title;
    meta.speaker ??= heading.speaker;
    if (heading.role) meta.role ??= heading.role;
    if (heading.place) meta.event ??= heading.place;
    if (heading.date) meta.date ??= heading.date;
    // the heading's second speaker ("… and President William Ruto of the Republic of Kenya …") is
    // one when a turn of the transcript is his; a host's toast filed under both is the host's (judge27)
    if (heading.alsoNamed && meta.speaker === heading.speaker && speaksInTurns(paras, heading.alsoNamed)) {
      meta.speaker = `${heading.speaker}, ${heading.alsoNamed}`;
      delete meta.role;
    }
    titleSection.paras.push(unsaid(paras[0]!, lines));
  }
  // the tail: thanks and a signature ("Thank you.", "Jane Doe", "President"); or the sign-off
  // and the reporters' questions shouted after it, which close the deck in the notes (press-coda.ts)
  const coda = pressCodaStart(paras, i);
  let end = coda >= 0 ? coda : paras.length;
  while (
    coda < 0 &&
    end > i + 1 &&
    end > paras.length - 4 &&
    // a stage direction after the closing line ("… Cheers." / "(President Biden offers a toast.)") goes with it
    (isSignatureLine(paras[end - 1]!.text) || stageAfterClosing(paras, end - 1)) &&
    !isClosing(paras[end - 1]!.text)
  )
    end--;
  const signature = coda < 0 && end < paras.length;
  // whether the tail holds a closing line (thanks, a toast) before any signature
  let closes = false;
  if (coda < 0 && end > i && (isClosing(paras[end - 1]!.text) || isClosingTurn(paras[end - 1]!.text))) {
    end--;
    closes = true;
    // a transcript ends on thanks said by turns ("Ms. Thomas: Thank you, Mr. President." / "The
    // President: Thank you all very much."): the thanks before the last go to the closing too
    while (end > i + 1 && end > paras.length - 4 && isClosingTurn(paras[end - 1]!.text)) end--;
  } else if (signature && end > i && structureKind(paras[end - 1]!.text) === 'thanks') {
    end--;
    closes = true;
  }
  const start = i;
  // a byline block at the very top: "Name, Role" over place and date lines
  const top = paras[i];
  if (
    !title &&
    top &&
    !top.ownBlock &&
    isHeaderLine(top.text) &&
    /^[^,،]{3,40}[,،]\s*\S/u.test(top.text) &&
    !isDateline(top.text)
  ) {
    const [name, role] = top.text.split(/[,،]\s*/u);
    if (name) meta.speaker ??= name.trim();
    if (role) meta.role ??= role.trim();
    titleSection.paras.push(unsaid(top, lines));
    i++;
  }
  // a name over the talk's title ("Friedrich Ebert" / "Ansprache zur Eröffnung der …"): the name is the speaker's
  const under = paras[1];
  if (
    title &&
    under?.ownBlock &&
    isNameLine(title) &&
    isTitleLine(under.text) &&
    wordsOf(under.text).length >= 3 &&
    !structureKind(under.text) &&
    !isOpening(under.text)
  ) {
    meta.speaker ??= title.trim();
    meta.title = unshout(withoutEmphasisMarks(under.text.replace(/\s+/g, ' ').trim()));
    titleSection.paras.push(unsaid(under, lines));
    i++;
  }
  // a second title-like line under the title ("Protecting and investing in…: An agenda for…") is its subtitle
  const second = paras[i];
  if (
    title &&
    second &&
    i === 1 &&
    second.ownBlock &&
    isTitleLine(second.text) &&
    !structureKind(second.text) &&
    !isOpening(second.text)
  ) {
    // (a hall or a town under the title, "South Lawn", "New York City, New York", is where it was
    // given: the occasion's place)
    if (isVenueLine(second.text) || isPlaceLine(second.text))
      meta.event ??= withoutEmphasisMarks(second.text).trim();
    else meta.subtitle ??= second.text.replace(/\s+/g, ' ').trim();
    titleSection.paras.push(unsaid(second, lines));
    i++;
  }
  // an official record's head under its title: the debate, the byline, the office (recordByline)
  if (title && i === 1) {
    const past = recordByline(paras, i, meta);
    for (; i < past; i++) titleSection.paras.push(unsaid(paras[i]!, lines));
  }
  // an editor's headnote ("Mr. Howells introduced Mr. Clemens:" and the words he said) is no
  // part of the speech: the title slide's notes, and its speaker, date and place (headnote.ts)
  // (under a dateline or byline the editor set first: "ADDRESS DELIVERED IN NEW YORK, JANUARY 22,
  // 1906" over "At the twenty-fifth anniversary … Mr. Choate presided, and in introducing Mr.
  // Clemens…", judge21)
  const dated = i < end - 1 && /^(?:dateline|byline)$/u.test(structureKind(paras[i]!.text) ?? '');
  const below = dated ? headnoteEnd(paras, i + 1, end, text) : i;
  const noteEnd = below > i + 1 ? below : headnoteEnd(paras, i, end, text);
  if (noteEnd > i)
    learnFromHeadnote(
      paras.slice(start, noteEnd).map((p) => p.text),
      meta,
    );
  // a transcript's head, the lines above its first turn, is the title slide's (turn-head.ts)
  const headEnd = noteEnd > i ? i : readTurnHead(paras, i, end, meta, !!title);
  for (; i < headEnd; i++) titleSection.paras.push(unsaid(paras[i]!, lines));
  let inHead = true;
  while (i < end && (i < noteEnd || (i - start < MAX_OPENING && !paras[i]!.bullet))) {
    const p = paras[i]!;
    // a transcript's speaker label ("THE PRESIDENT:", "الوزير بلينكن:") does not hide a greeting
    const said = maskForScreen(p.text).trim();
    // a name on a line of its own in a list of addressees ("Prof Ihsane Ben Yahya,") is one too
    const header = (inHead || /[,،]\s*$/u.test(p.text)) && isHeaderLine(p.text);
    const front = !!title && inHead && frontMatterAbove(paras, i);
    if (i < noteEnd) {
      if (header || structureKind(said) !== null) learnFromOpening(paraLines(p), meta);
      // (the editor's, never the speaker's: it stays on the title slide however long, long-sections.ts)
      titleSection.paras.push({ ...unsaid(p, lines), spokenOnly: true });
      i++;
      continue;
    }
    // a line of names between the lines of a salutation roll ("Senhoras e senhores ministros …," /
    // "Deputados federais Arlindo Sinaga, Edio Lopes, João Morais." / "Senhoras e senhores
    // embaixadores,") is part of the roll, whatever ends it (judge22)
    const inRoll =
      isNameRoll(said) &&
      structureKind(paras[i - 1]?.text ?? '') === 'salutation' &&
      structureKind(paras[i + 1]?.text ?? '') === 'salutation';
    if (
      !header &&
      !front &&
      !inRoll &&
      structureKind(said) === null &&
      !isOpening(said) &&
      !isCourtesyParagraph(said)
    )
      break;
    // an event line under the title ("Reunión informativa oficiosa con los Estados Miembros …") is its subtitle
    if (front && isTitleLine(p.text) && !isDateline(p.text))
      meta.subtitle ??= p.text.replace(/\s+/g, ' ').trim();
    if (!header && !front) inHead = false;
    // a line that only heads the text (a dateline, a venue, a byline) is in the notes, not said
    // (a name in a list of addressees, "Prof Ihsane Ben Yahya,", is greeted aloud)
    const says =
      inRoll ||
      isOpening(said) ||
      isCourtesyParagraph(said) ||
      saysToTheRoom(said) ||
      (/[,،]\s*$/u.test(said) && !isDateline(said));
    titleSection.paras.push(says ? toSpoken(p, lines) : unsaid(p, lines));
    learnFromOpening(paraLines(p), meta);
    i++;
  }
  // an excerpt's opening courtesies, set off by the editor's "****", are the title slide's too
  for (const past = courtesyExcerptEnd(paras, i, end); i < past; i++)
    titleSection.paras.push(toSpoken(paras[i]!, lines));
  // no title line: the occasion a header line names ("United Nations Headquarters") titles the talk
  // better than its file name; a city ("New York, New York") or a bare place does not
  if (
    !title &&
    meta.title === titleFromFileName(fileName) &&
    meta.event &&
    // (a Chinese or Japanese occasion is one run of characters: "外交部发言人毛宁主持例行记者会")
    (wordsOf(meta.event).length >= 3 || (hasCjk(meta.event) && meta.event.length >= 6)) &&
    !/[,،\d]/u.test(meta.event) &&
    !/\b(?:remarks|statement|speech|excerpts?)\b|تصريحات|مقتطفات|كلمة|خطاب/iu.test(meta.event)
  )
    meta.title = unshout(meta.event);
  // the speech naming its own title ("…讲的题目是革命时代的文学") beats a file name
  const named =
    !title && meta.title === titleFromFileName(fileName)
      ? // (past the first section's numbered head, "一 はじめに")
        namedTitle(paras.slice(i, i + 2).find((p) => !isNumberedHead(p.text))?.text ?? '')
      : null;
  if (named) meta.title = named;
  const body = paras.slice(i, end).map((p) => toSpoken(p, lines));
  // a press release's dateline run into the first paragraph ("٢٤ تشرين الأول/أكتوبر ٢٠١٥ - في كل
  // بلدان العالم، …", "New York, 24 October 2015 — …"): not said, the title slide's notes and its date
  const leadEnd = body[0] ? datelineLead(body[0].text) : 0;
  if (leadEnd > 0) {
    const lead = body[0]!;
    learnFromOpening(lead.text.slice(0, leadEnd).replace(/\s*[-–—]+\s*$/u, ''), meta);
    const said = lead.text.slice(0, leadEnd).trimEnd().length;
    titleSection.paras.push({ ...paraPart(lead, 0, said), unsaid: true, spokenOnly: true });
    body[0] = paraPart(lead, leadEnd, lead.text.length);
  }
  // a salutation that opens the first paragraph ("Señora presidenta…, tengo el honor…") goes with the title slide
  const first = body[0];
  if (first) {
    const masked = maskForScreen(first.text);
    const spans = sentenceSpans(masked);
    // thanks said before the address ("Děkuji. Paní místopředsedkyně, …", "Дякую, шановні колеги.
    // Дякую, Олександр Сергійович. …"): courtesies, the title slide's like the address after them
    // (not a transcript's turn: "Q: Thank you, Mr. President. Your personal lawyer…" asks its question)
    const lead = /^\s*[^\s.!?:][^.!?:\n]{0,40}:\s/u.test(first.text)
      ? { count: 0, end: 0 }
      : courtesyLead(masked, spans);
    const s = spans[lead.count];
    const cut = s
      ? Math.max(lead.end, lead.end + salutationEnd(masked.slice(lead.end), s.end - lead.end))
      : lead.end;
    if (cut > 0) {
      titleSection.paras.push(paraPart(first, 0, cut));
      if (cut < first.text.length && first.text.slice(cut).trim()) {
        let from = cut;
        while (/\s/.test(first.text.charAt(from))) from++;
        body[0] = paraPart(first, from, first.text.length);
      } else body.shift();
    }
  }
  const sections: Section[] = [titleSection];
  // a tail of format lines or times only ("END 3:25 P.M. EDT", "11:55 A.M. EST") is no closing
  // slide: it ends the last slide's notes, never its screen
  const frames = (t: string) => structureKind(t) === 'format' || (isDateline(t) && !hasCalendarDate(t));
  const tailOnlyFormat =
    coda < 0 && body.length > 0 && end < paras.length && paras.slice(end).every((p) => frames(p.text));
  if (tailOnlyFormat) {
    for (const p of paras.slice(end)) body.push({ ...unsaid(p, lines), spokenOnly: true });
    end = paras.length;
  }
  // a signature alone at the end, no thanks nor toast with it ("— АНТОНИУ ГУТЕРРИШ", "令和元年８月６日 /
  // 内閣総理大臣・安倍晋三"), is no closing slide (render19: it titled one of 1 s): it ends the last
  // slide's notes, and the speaker, role and date it names go to the title slide
  const tailLines = paras.slice(end).map((p) => p.text);
  if (signature && !closes && body.length > 0) {
    for (const p of paras.slice(end)) body.push({ ...unsaid(p, lines), spokenOnly: true });
    learnFromSignature(tailLines, meta);
    end = paras.length;
  }
  // an editor's section heads ("< 맺음말 >") part the body into sections (editor-heads.ts)
  if (body.length) sections.push(...sectionsAtHeads(body));
  if (end < paras.length) {
    const tail = paras.slice(end).map((p) => toSpoken(p, lines));
    sections.push({ layout: 'closing', paras: tail, pos: tail[0]!.pos });
    if (signature) learnFromSignature(tailLines, meta);
  }
  // a title line (or a transcript's headline) too long for a title slide: a short title, the
  // whole line its subtitle (long-heading.ts)
  if (meta.title !== titleFromFileName(fileName)) shortenLongTitle(meta);
  // a plain speech has no front matter: all of it was read off the speech (or its file name)
  meta.inferred = INFERABLE_META_KEYS.filter((k) => meta[k] !== undefined);
  return { meta, sections, warnings: [] };
}

/** Words a courtesy sentence before the address may have ("Köszönöm szépen a szót."). */
const COURTESY_WORDS = 8;

/**
 * The thanks and greetings a paragraph opens on, sentence by sentence, before what it says: how
 * many sentences and where they end. A paragraph that is only courtesies keeps its last sentence.
 */
export function courtesyLead(
  text: string,
  spans: ReadonlyArray<{ start: number; end: number }>,
): { count: number; end: number } {
  let count = 0;
  while (count < spans.length - 1) {
    const said = text.slice(spans[count]!.start, spans[count]!.end).trim();
    const kind = structureKind(said);
    // (longer when the thanks runs on into the address: "Zahvaljujem gospodine potpredsjedniče
    // Hrvatskoga sabora, kolegice i kolege zastupnici.", judge15)
    const address = VOCATIVE.test(said.replace(/^\p{L}+[,!]?\s+/u, '')) && wordsOf(said).length <= 16;
    if ((kind !== 'thanks' && kind !== 'greeting') || (wordsOf(said).length > COURTESY_WORDS && !address))
      break;
    count++;
  }
  return { count, end: count ? spans[count]!.start : 0 };
}
