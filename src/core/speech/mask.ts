/**
 * What is in the notes but never on screen: speaker labels of a transcript ("THE PRESIDENT:",
 * "PRESIDENT BIDEN:", "الوزير بلينكن:"), stage directions ("(Applause.)", "[applause]",
 * "(Vifs applaudissements à gauche.)", "(President Biden offers a toast.)", "(As interpreted.)",
 * "(Speaks Ukrainian.)", "(The bill is signed.)", a parliament's record: "(Applausi)", "(Si leva in piedi)", "(Beifall bei der
 * SPD)", "(Zuruf von der AfD)", "(Аплодисменты.)", "（掌声）", "(تصفيق)"), an editor's "[sic]", a reporter introducing herself ("Q Olga
 * Koshelenko, 1+1 tv channel.") and the speaker's slips (slips.ts). They are masked with spaces of
 * the same length before titles, bodies and figures are looked for, so every span still points
 * into the notes.
 */
import { maskEdits, maskRepeats } from './slips';
import { isReporterLabel, otherLabel } from './turn-labels';

/** No letter, digit or underscore on that side: a word's edge in any script (`\b` knows only ASCII). */
const EDGE_BEFORE = String.raw`(?<![\p{L}\p{N}_])`;
const EDGE_AFTER = String.raw`(?![\p{L}\p{N}_])`;
/** Inside a stage direction's brackets: anything but another bracket, ASCII or full-width. */
const INSIDE = String.raw`[^()[\]（）【】]{0,120}?`;
const STAGE = new RegExp(
  String.raw`[([（【](?:` +
    `${INSIDE}${EDGE_BEFORE}` +
    String.raw`(?:applause|applaudissements?|laughter|rires?|risas|aplausos|applausi|applauso|in\s+piedi|commenti|proteste|brusio|beifall|zurufe?|heiterkeit|lachen|unruhe|risos|cheers|toasts?|toasting|glass(?:es)?|inaudible|crosstalk|sic|interruptions?|(?:bill|act|law|order|proclamation|legislation|document)s?\s+(?:is|are|was|were)\s+signed|signs\s+the\s+(?:bill|act|law|order|proclamation|legislation|document)|exclamations?|mouvements?|très bien|bravo|аплодисменты|смех|оживление|оплески|naurua|välihuut\p{L}*|oklaski|wesołość|applaus|gelach|applåder|skratt|bifald|potlesk|تصفيق|ضحك|掌声|笑声|鼓掌|拍手|笑)` +
    `${EDGE_AFTER}${INSIDE}|` +
    String.raw`(?:as\s+(?:interpreted|translated)|speaks|laughs|points|gestures|nods|pauses|sighs|chuckles|applauds|no\s+translation|translation|off[- ]mic)` +
    String.raw`${EDGE_AFTER}${INSIDE})[)\]）】]`,
  'giu',
);
/**
 * A parenthesis that points the room to the written text ("(nel testo scritto che avrete a
 * disposizione si danno ulteriori elementi)": Monti 2011, judge24 E1; "(see the written version)",
 * "(dans le texte écrit …)"): said, but about the paper, not the subject — in the notes, never on
 * screen.
 */
const TO_THE_PAPER = new RegExp(
  String.raw`\s*\((?=[^()]{0,160}(?<!\p{L})(?:testo\s+scritto|versione\s+scritta|written\s+(?:text|version|statement|remarks)|full\s+text|texte\s+écrit|version\s+écrite|texto\s+escrito|versión\s+escrita|schriftlichen?\s+(?:Text|Fassung|Version)|Redetext|письменн\p{L}+\s+(?:текст|вариант)|written\s+testimony)(?!\p{L}))[^()]{4,200}\)`,
  'giu',
);
/** A paragraph that is only a head in angle brackets, as printed speeches mark their sections. */
export const EDITOR_HEAD = /^\s*[<〈＜]\s*([^<>〈〉＜＞\n]{1,80}?)\s*[>〉＞]\s*$/u;
/**
 * A paragraph that is only an editor's note in square brackets ("[مقتطفات]", "[Excerpts]") or an
 * excerpt's separator ("****", "* * *", "---"): the printed text's, never said.
 */
const EDITOR_NOTE = /^\s*\[[^[\]\n]{1,80}\]\s*$/u;
const SEPARATOR = /^\s*(?:[*＊•·~=#_-]\s*){3,}$/u;

/** Whether a paragraph is only an excerpt's separator ("****", "* * *", "---"). */
export function isSeparatorLine(text: string): boolean {
  return SEPARATOR.test(text);
}
const LABEL =
  /^(?:(?:THE\s+)?\p{Lu}[\p{Lu}.'’ -]{2,40}|[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}\s+[A-Z]{2,}|AUDIENCE MEMBER|Q|M\.\s+le\s+[\p{L}\s]{3,40}?|الوزير\s+\p{L}+|السيد\s+\p{L}+|السفير\s+\p{L}+|主持人|记者)\s*[:：.](?=\s)/u;

/**
 * A role label in title case, as transcripts of another house write it ("The President:", "The
 * Vice President:", "Mr. Speakes:", "Prime Minister Thatcher:"): a role word or a title before a
 * name, then a colon, at the start of a paragraph. "Mr. President:" is a reporter addressing him.
 */
const ROLE_LABEL =
  /^(?:The\s+)?(?:(?:Vice\s+)?President|First\s+Lady|(?:Press\s+)?Secretary|Prime\s+Minister|Chancellor|Moderator|Chairman|Chairwoman|Chair|Interviewer|Reporter|Participant|Audience\s+Member|(?:Mr|Mrs|Ms|Dr|Senator|Governor|Ambassador|Minister)\.?\s+(?!(?:President|Speaker|Chairman|Chairwoman|Chair|Secretary|Ambassador|Minister|Prime|Vice)\b)\p{Lu}[\p{L}'’-]+)(?:\s+\p{Lu}[\p{L}'’-]+){0,2}\s*:(?=\s)/u;
/**
 * The same labels with a full stop, as other transcripts write them ("The President. Well, …",
 * "President Gorbachev. …", "Mr. Fitzwater. …"): only the President's and a named person's, with
 * a capital after them, so that no sentence of a speech reads as a label.
 */
const ROLE_LABEL_DOT =
  /^(?:The\s+(?:Vice\s+)?President|(?:Vice\s+)?President\s+\p{Lu}[\p{L}'’-]+|(?:Mr|Mrs|Ms)\.?\s+(?!(?:President|Speaker|Chairman|Chairwoman|Chair|Secretary|Ambassador|Minister|Prime|Vice)\b)\p{Lu}[\p{L}'’-]+)\.(?=\s+["“([]?\p{Lu})/u;

/**
 * The chair's words or gesture in square brackets inside a speaker's turn, as a parliament's record
 * prints them ("[Puhemies: Aika!]", "[Puhemies koputtaa]", "[The Speaker: Order!]"): not the
 * speaker's, never on screen.
 */
const CHAIR_INTERJECTION =
  /\[\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{L}[\p{L}.'’-]*){0,3}(?::\s*[^[\]\n]{1,80}|\s+(?:koputtaa|knocks|klubbar|bankar|slår))\s*\]/gu;

/** An editor's note of who was called on ("Helen [Helen Thomas, United Press International]"). */
const CALLED_ON = /\[(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}\p{Lu}[\p{L}.'’-]*,\s[^\]\n]{2,80}\]/gu;

/** A reporter's label as a White House transcript writes it, without a colon: "Q Thank you, Mr. President." */
const Q_LABEL = /^Q\s+(?=[\p{Lu}"“(])/u;
/**
 * A reporter introducing herself after her label, past a thanks: "Q Yeah, thank you. Dmytro
 * Anopchenko, Ukrainian television." — a name of two or three words, a comma, the outlet.
 */
const REPORTER =
  /^(\s*(?:(?:[Yy]eah|[Yy]es|[Hh]i|[Hh]ello|[Tt]hanks|[Tt]hank you)\b[^.!?]{0,40}[.!?]\s+)*)((?:\p{Lu}[\p{L}'’-]+\s+){1,2}\p{Lu}[\p{L}'’-]+,\s+[^.!?\s][^.!?]{0,40}?\.)(?=\s|$)/u;

function blank(s: string): string {
  return s.replace(/[^\n]/g, ' ');
}

/** The speaker label a paragraph opens with, as written ("THE FIRST LADY:  ", "Q "), or null. */
export function speakerLabel(text: string): string | null {
  const t = text.replace(STAGE, blank);
  const label = LABEL.exec(t);
  if (label && /\p{Lu}{2}|الوزير|السيد|السفير|M\.\s+le|主持人|记者|^Q/u.test(label[0])) return label[0];
  return (
    ROLE_LABEL.exec(t)?.[0] ?? ROLE_LABEL_DOT.exec(t)?.[0] ?? Q_LABEL.exec(t)?.[0] ?? otherLabel(t) ?? null
  );
}

/** Whether the text holds a stage direction ("(Applause.)", "[Laughter]", "(Risas)"). */
export function hasStageDirection(text: string): boolean {
  return text.replace(STAGE, blank) !== text;
}

/** The text with speaker labels, stage directions and slips replaced by spaces (same length). */
export function maskForScreen(text: string): string {
  // an editor's section head on a line of its own, in angle brackets ("< 맺음말 >", "〈결론〉"): a
  // marker of the printed text, never said, so never a quote or a title (it stays in the notes)
  if (EDITOR_HEAD.test(text) || EDITOR_NOTE.test(text) || SEPARATOR.test(text)) return blank(text);
  const t = maskEdits(text)
    .replace(STAGE, blank)
    .replace(CALLED_ON, blank)
    .replace(CHAIR_INTERJECTION, blank)
    .replace(TO_THE_PAPER, blank);
  const label = speakerLabel(text);
  if (!label) return maskRepeats(t);
  let rest = t.slice(label.length);
  const intro = isReporterLabel(label) ? REPORTER.exec(rest) : null;
  if (intro) {
    const at = intro[1]!.length;
    rest = rest.slice(0, at) + blank(intro[2]!) + rest.slice(at + intro[2]!.length);
  }
  return maskRepeats(blank(label) + rest);
}

/**
 * The text with only what the speaker does not say blanked (same length): stage directions, an
 * editor's note of who was called on, the chair's interjections and the paragraph's speaker
 * label. The speaker's slips stay: they are said (`maskForScreen` takes them off the screen).
 */
export function maskUnsaid(text: string): string {
  if (EDITOR_HEAD.test(text) || EDITOR_NOTE.test(text) || SEPARATOR.test(text)) return blank(text);
  const t = text.replace(STAGE, blank).replace(CALLED_ON, blank).replace(CHAIR_INTERJECTION, blank);
  // (a point's Roman numeral, "III. The removal …" of Wilson's Fourteen Points, is read out)
  const label = speakerLabel(text);
  return label && !/^[IVXLC]+\.\s*$/u.test(label) ? blank(label) + t.slice(label.length) : t;
}

/** Whether a paragraph is nothing but labels and stage directions. */
export function isOnlyMarkers(text: string): boolean {
  return !/[\p{L}\p{N}]/u.test(maskForScreen(text));
}

/**
 * Masked text tidied for the screen: where a stage direction was taken out of "my wife —
 * (applause) — Vice President…", one dash is left, not "— —" (nor a typewriter's "-- --" or "-– -–"); no space is left before
 * punctuation ("Thank you (applause)." → "Thank you.") and no run of spaces. Only for text set on
 * screen: spans into the notes are taken from the masked text, never from this.
 */
export function tidyMasked(text: string): string {
  // a single space before ":", ";", "!" or "?" is the speech's own (French typography: "elle-même :
  // confiante"); a longer run is where a direction was taken out, and goes
  const spaced = text
    .replace(/(\s+)([:;!?])/gu, (m, ws: string, p: string) => (ws.length === 1 ? m : p))
    .replace(/\s{2,}|[^\S\u00a0\u202f]|[\u00a0\u202f](?![:;!?»])/gu, ' ');
  // (the dash rules need a dash)
  const tidy = !/[-—–]/u.test(spaced)
    ? spaced.replace(/\s+([.,…])/gu, '$1')
    : spaced
        .replace(/(?<=\s|^)(-{2,}|-?[—–]-?)(?:\s*(?:-{2,}|-?[—–]-?))+(?=\s|$)/gu, '$1')
        .replace(/([—–])(?:\s*[—–])+/gu, '$1')
        // (a dash left before a stop where a direction was taken out goes; one that closes an
        // aside a dash opened is the speaker's: "compartir —en el primer mensaje de Navidad que os
        // dirijo—, unas reflexiones", Felipe VI 2014, judge26 E3)
        .replace(/\s*(?:-{2,}|-?[—–]-?)\s*([.,;:!?])/gu, (m, stop: string, at: number, all: string) =>
          (all.slice(0, at).match(/[—–]/gu)?.length ?? 0) % 2 === 1 && /^[—–][,;:]$/u.test(m) ? m : stop,
        )
        .replace(/\s+([.,…])/gu, '$1');
  // "el chocolate. (Risas)." leaves two full stops where the direction was: one is kept
  return (/[.!?]\s+\./u.test(text) ? tidy.replace(/(?<!\.)([.!?])\.(?!\.)/gu, '$1') : tidy).trim();
}
