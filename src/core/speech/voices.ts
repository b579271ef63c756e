/**
 * Who speaks in a transcript of several speakers. A paragraph opening with a speaker label
 * ("THE FIRST LADY:", "MR. EMHOFF:") starts that speaker's turn, and the turn runs on until the
 * next label; the room's line ("AUDIENCE:  Ooh —") is only its own paragraph, while a reporter's
 * question ("Q Thank you, Mr. President. …") runs on to the next label like a turn. With two
 * speakers or more, every speaker's line is set on screen with who said it ("— The First Lady",
 * "— President Macron"); one speaker's lines are not signed; the room's and the reporters' lines
 * are never shown. Words the speaker quotes
 * are signed by whom the speaker names as saying them, not by the speaker (transcript.ts).
 */
import { blocksText, type Block, type Inline } from '../deck';
import { deriveTitle, titlesInTurn, type UsedTitles } from './titles';
import { wordsOf } from './text';
import { maskForScreen, speakerLabel, tidyMasked } from './mask';
import { textInline, type Section, type SpokenPara } from './model';
import { quotedWords } from './transcript';
import { quotedSource } from './reported';
import { namesRole } from './names';
import { countWords } from './words';
import { withoutEmphasisMarks } from './inline';
import { isReporterLabel, isRoomLabel, parliamentName } from './turn-labels';
import { escapeRegExp } from './word-classes';

/** Labels of the room, not of a speaker: the audience, a reporter's question (turn-labels.ts). */
const AUDIENCE = { test: isRoomLabel };
/** A reporter's label: her question runs on over paragraphs until the next speaker's label. */
const REPORTER = { test: isReporterLabel };
/** A point's roman numeral, which a label pattern can take for a speaker's name. */
const ROMAN = /^[IVXLC]+\.$/u;

/**
 * The speaker's label a paragraph opens with, or null: a point's roman numeral ("XIV. A general
 * association of nations…") matches a label's pattern but names no speaker.
 */
export function turnLabelOf(text: string): string | null {
  const label = speakerLabel(text);
  return label && !ROMAN.test(label.trim()) ? label : null;
}
/** A title about the exchange itself ("Two-part question", "The general question", "My answer"). */
const TALK_HEAD = /\b(?:question|questions|answer|answers)\??$/iu;
/** A title that names who asked or is mentioned (a role), or the exchange itself: no topic. */
const framing = (t: string, lang: string) => namesRole(t, lang) || TALK_HEAD.test(t.trim());

/** An answer's opening that speaks of the question's topic: "this, again, is something to wait for". */
const POINTS_BACK = /\b(?:this|it)(?:,[^,]{1,30},)?\s+(?:is|was|will|would|has|had|isn['’]t|wasn['’]t)\b/iu;
/** Words a speaker says to count as one of a transcript's several voices (not a guest's "Thank you."). */
const SPEAKS = 40;

/** A label as a name: "THE SECOND GENTLEMAN:" → "The Second Gentleman", "MR. EMHOFF:" → "Mr. Emhoff". */
export function labelName(label: string): string {
  // a parliament's record: the member's or minister's name without party, turn kind or time (turn-labels.ts)
  const member = parliamentName(label);
  if (member) return member;
  return (
    label
      .replace(/\s*[:：.]\s*$/u, '')
      .trim()
      .toLowerCase()
      // (an initial's dot starts a word too: "В.Путин:" → "В.Путин")
      .replace(/(^|[\s.-])(\p{L})/gu, (_, b: string, c: string) => b + c.toUpperCase())
  );
}

/**
 * The speakers of a transcript of several, as its labels name them, in the order they first speak:
 * each who says something (SPEAKS words or more), the room, the reporters and the chair aside
 * ("Anna-Kaisa Ikonen", "Pääministeri Antti Rinne" of a question time). Empty when one speaker or
 * none speaks (a speech, a press briefing: its speaker is found elsewhere).
 */
export function transcriptSpeakers(sections: readonly Section[]): string[] {
  const words = new Map<string, number>();
  let current: string | undefined;
  for (const p of sections.flatMap((s) => s.paras)) {
    const label = turnLabelOf(p.text);
    if (label) {
      const name = labelName(label);
      current = AUDIENCE.test(name) ? undefined : name;
    }
    if (current) words.set(current, (words.get(current) ?? 0) + countWords(p.text));
  }
  const speakers = [...words].filter(([, n]) => n >= SPEAKS).map(([name]) => name);
  return speakers.length >= 2 ? speakers : [];
}

/**
 * The sections with each paragraph's voice set when the speech is a transcript of two speakers
 * or more, or of a speaker and the room; otherwise the sections as they are.
 */
export function withVoices(sections: Section[]): Section[] {
  const words = new Map<string, number>();
  const said: Array<string | undefined> = [];
  const names = sections.map((s) =>
    s.paras.map((p) => {
      const label = turnLabelOf(p.text);
      return label ? labelName(label) : undefined;
    }),
  );
  // a lone "Question:" or "Pregunta:" in a speech is a figure of speech, no reporter: the room
  // speaks only in a transcript, where another paragraph is labelled too
  const labelled = names.flat().filter(Boolean);
  if (labelled.length === 1 && AUDIENCE.test(labelled[0]!) && !/^q$/iu.test(labelled[0]!)) return sections;
  // a reporter's turn ends at the next speaker's label: without any, "Q" is its paragraph only
  const turns = names.some((ns) => ns.some((n) => n && !AUDIENCE.test(n)));
  let current: string | undefined;
  sections.forEach((s, k) =>
    s.paras.forEach((p, j) => {
      const name = names[k]![j];
      // the room's line is that paragraph only: the speaker it interrupted goes on
      if (name && AUDIENCE.test(name)) {
        if (turns && REPORTER.test(name)) current = name;
        said.push(name);
        return;
      }
      if (name) current = name;
      said.push(current);
      if (current && !AUDIENCE.test(current))
        words.set(current, (words.get(current) ?? 0) + countWords(p.text));
    }),
  );
  const room = said.some((who) => who && AUDIENCE.test(who));
  if (words.size < 2 && !room) return sections;
  // one speaker and the room (a press briefing): no one is cited, the room's lines are still its own;
  // two speakers or more who each say something (toasts, a joint press conference): every speaker's
  // line is signed, the main speaker's too, so that no unsigned line reads as someone else's; a
  // guest's "Thank you." or an aide's call leaves the main speaker unsigned
  const ranked = [...words].sort((a, b) => b[1] - a[1]);
  const main = ranked.filter(([, n]) => n >= SPEAKS).length >= 2 ? undefined : ranked[0]?.[0];
  let i = 0;
  return sections.map((s) => ({
    ...s,
    paras: s.paras.map((p): SpokenPara => {
      const who = said[i++];
      if (!who || who === main) return p;
      return { ...p, voice: AUDIENCE.test(who) ? 'audience' : { cite: who } };
    }),
  }));
}

/** A paragraph's words as the screen would show them, lower-cased. */
function screenOf(p: SpokenPara): string {
  return withoutEmphasisMarks(tidyMasked(maskForScreen(p.text))).toLowerCase();
}

/** Which of the paragraphs says a line shown on screen (its first 40 characters, in any case). */
function sayer(line: string, paras: readonly SpokenPara[]): SpokenPara | undefined {
  const probe = line.slice(0, 40).toLowerCase();
  if (!probe) return undefined;
  return paras.find((p) => screenOf(p).includes(probe));
}

/**
 * The sentences the speakers said, without the room's and the reporters' (a transcript's "Q …"
 * lines): those are never a slide's line, whoever would sign them.
 */
export function ownSentences(sentences: readonly string[], paras: readonly SpokenPara[]): string[] {
  if (!paras.some((p) => p.voice === 'audience')) return [...sentences];
  return sentences.filter((s) => sayer(s, paras)?.voice !== 'audience');
}

/**
 * A slide's quote with who said it, when the transcript has two speakers or more; null when the room said
 * it. Words the speaker quotes (“…”) are shown alone, signed by the person the line names as
 * saying them ("Lafayette wrote …"), or by no one. Other blocks are returned as they are.
 */
export function attributed(block: Block, paras: readonly SpokenPara[]): Block | null {
  if (block.type !== 'quote') return block;
  const line = blocksText(block.children);
  const para = sayer(line, paras);
  if (para?.voice === 'audience') return null;
  // words the speaker quotes, whose speaker the speech names beside them ("Ces mots sont de Simone
  // Veil."): signed with that name as said (reported.ts)
  const reported = quotedSource(line, paras.map((p) => p.text).join('\n\n'));
  const quoted = quotedWords(line);
  if (quoted) {
    const { cite: _turn, ...own } = block;
    const cite = quoted.source ?? reported;
    return {
      ...own,
      children: [{ type: 'paragraph', children: textInline(quoted.words) }],
      ...(cite ? { cite } : {}),
    };
  }
  if (reported) return { ...block, cite: reported };
  return para?.voice ? { ...block, cite: para.voice.cite } : block;
}

/**
 * A slide's title from its sentences. On a transcript's slide the reporter's question names the
 * topic ("the decontrol of natural gas prices"), but a title only she says, that the answer never
 * takes up ("My question", "Mr. President?"), gives way to one from the answer; a role ("Budget
 * director") or the exchange itself ("Two-part question") is never the title while another is found.
 */
export function transcriptTitle(
  sentences: string[],
  spoken: SpokenPara[],
  inlines: Inline[],
  lang: string,
  avoid: UsedTitles,
): string {
  if (!spoken.some((p) => p.voice === 'audience')) return deriveTitle(sentences, inlines, lang, avoid, true);
  // the chair's or the room's own line ("Ensimmäinen varapuhemies: Seuraava kysymys, …, olkaa hyvä.")
  // never titles a slide: only a reporter's question may, when the answer takes its topic up
  const roomLine = (s: string) => {
    const p = sayer(s, spoken);
    const label = p?.voice === 'audience' ? speakerLabel(p.text) : null;
    return !!label && !isReporterLabel(label);
  };
  const asked = sentences.filter((s) => !roomLine(s));
  if (asked.length && asked.length < sentences.length)
    return transcriptTitle(asked, spoken, inlines, lang, avoid);
  const title = unroled(sentences, inlines, lang, avoid, true);
  const own = ownSentences(sentences, spoken);
  const answer = own.join(' ').toLowerCase();
  // the answer takes the question's topic up when it says most of the title's words: one shared
  // word ("الوزير", the minister both name) leaves the title the question's alone
  const named = wordsOf(title).filter((w) => w.length > 3);
  const shared = named.filter((w) => answer.includes(w.toLowerCase())).length;
  const taken = shared > 0 && shared * 2 >= named.length;
  // an answer that opens on "this is …", "it was …" speaks of what the question named
  if (taken || !own.length || (POINTS_BACK.test(own[0]!) && !framing(title, lang))) return title;
  const answered = unroled(own, inlines, lang, avoid, false);
  // nor words the speaker only quotes (someone's call "Por favor." as he picks the next question)
  const quoted = new RegExp(`[“"«]${escapeRegExp(answered)}`, 'iu');
  return answered && !quoted.test(own.join(' ')) && !framing(answered, lang) ? answered : title;
}

/**
 * A title from the sentences that names no role ("Budget director", "Atlanta officials" name who
 * asked or who is mentioned, not what the answer is about) nor the exchange itself ("Two-part
 * question"): the first title found that names neither, else the first found.
 */
function unroled(
  sentences: readonly string[],
  inlines: Inline[],
  lang: string,
  avoid: UsedTitles,
  lastResort: boolean,
): string {
  let first = '';
  for (const t of titlesInTurn(sentences, inlines, lang, new Set(avoid), lastResort, 5)) {
    if (!framing(t, lang) && !echoes(t, avoid)) return t;
    first ||= t;
  }
  return first;
}

/** A title's words, lower case, without articles: what it names. */
const named = (t: string) => wordsOf(t.toLowerCase()).filter((w) => !/^(?:the|a|an|of|and)$/u.test(w));

/**
 * Whether the title names again what an earlier title named, in more or fewer words: "Senate" or
 * "The Senate committee" after "Senate committee" (an answer's title from the noun the last answer
 * was titled by).
 */
export function echoes(title: string, used: UsedTitles): boolean {
  const words = named(title);
  if (!words.length) return false;
  for (const u of used) {
    const before = named(u);
    if (!before.length) continue;
    if (words.every((w) => before.includes(w)) || before.every((w) => words.includes(w))) return true;
  }
  return false;
}

/** A slide's paragraphs cut into exchanges: a reporter's question opens one, the answer follows it. */
function exchanges(paras: readonly SpokenPara[]): SpokenPara[][] {
  const out: SpokenPara[][] = [];
  let asking = false;
  for (const p of paras) {
    const asks = p.voice === 'audience';
    if (!out.length || (asks && !asking)) out.push([]);
    out[out.length - 1]!.push(p);
    asking = asks;
  }
  return out;
}

/**
 * The title of a transcript's slide that holds two exchanges or more: the title of the exchange
 * whose line is on screen, when the title found names only another ("Grain embargo" over the
 * natural-gas answer "We thought oil would do for a starter."); else the title as it is.
 */
export function exchangeTitle(
  title: string,
  line: string,
  sentences: readonly string[],
  paras: readonly SpokenPara[],
  lang: string,
  avoid: UsedTitles,
): string {
  const groups = exchanges(paras);
  const probe = line.slice(0, 40).toLowerCase();
  if (groups.length < 2 || !probe) return title;
  const says = (g: SpokenPara[], s: string) =>
    g.some((p) => screenOf(p).includes(s.slice(0, 40).toLowerCase()));
  const group = groups.find((g) => says(g, probe));
  if (!group) return title;
  const text = group.map(screenOf).join(' ');
  if (wordsOf(title).some((w) => w.length > 3 && text.includes(w.toLowerCase()))) return title;
  const own = sentences.filter((s) => s && says(group, s));
  return (own.length && transcriptTitle(own, group, [], lang, avoid)) || title;
}
