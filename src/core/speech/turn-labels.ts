/**
 * Turn labels of a transcript in the languages Lectern reads: a reporter's ("Q:", "QUESTION:",
 * "PREGUNTA:", "QUESTION :", "ВОПРОС:", "السؤال:", "记者："), the room's ("AUDIENCE:", "PÚBLICO:"),
 * and a speaker's as another house writes them: a title and a name ("السيدة نويرت:", "الوزير
 * بومبيو:", "Presidente Obama:", "Le Président :", "Президент:") or an initial and a surname
 * ("В.Путин:"). Labels in capitals ("PRESIDENTE OBAMA:", "LE PRÉSIDENT :") are mask.ts's.
 */

/** A reporter's label, folded: the word for "question" or "reporter" in each language. */
const REPORTER_WORDS = [
  'q|p|question|questions|reporter|journalist',
  'pregunta|preguntas|periodista|pergunta|jornalista|domanda|giornalista|frage|journaliste',
  'вопрос|вопросы|журналист|корреспондент',
  'السؤال|سؤال|الصحفي|الصحفية|صحفي|صحفية|المراسل|المراسلة|مراسل',
  '问|問|记者|記者|質問|질문|기자',
  'שאלה|כתב|כתבת|עיתונאי|עיתונאית',
].join('|');
const REPORTER = new RegExp(`^(?:${REPORTER_WORDS})$`, 'iu');
/** The room, folded: the audience, a participant. */
const ROOM = new RegExp(
  `^(?:(?:the\\s+)?audience(?:\\s+members?)?|participants?|crowd|público|publico|auditoire|public|publikum|зал|الجمهور|观众|听众|קהל|הקהל)$`,
  'iu',
);

/** A label's words without its colon or full stop: "السؤال:" → "السؤال", "QUESTION :" → "QUESTION". */
const bare = (label: string) => label.replace(/\s*[:：.]\s*$/u, '').trim();

/** Whether the label is a reporter's: "Q", "QUESTION:", "Pregunta:", "السؤال:", "Вопрос:". */
export const isReporterLabel = (label: string): boolean => REPORTER.test(bare(label));

/** Whether the label is the room's or a reporter's, not a speaker's. */
export const isRoomLabel = (label: string): boolean => isReporterLabel(label) || ROOM.test(bare(label));

/**
 * A reporter's or the room's label word written in lower or title case, with a colon ("Pregunta:",
 * "Вопрос:", "السؤال:", "QUESTION :"); "Q" and "P" only in capitals.
 */
const ROOM_LABEL = new RegExp(
  `^(?:(?!q\\b|p\\b)(?:${REPORTER_WORDS})|[QP]|(?:the\\s+)?audience|público|الجمهور)\\s*[:：](?=\\s)`,
  'iu',
);

/** Titles that head a speaker's name in Arabic transcripts ("السيدة", "الوزير", "المتحدث باسم …"). */
const AR_TITLE =
  '(?:السيد|السيدة|الوزير|الوزيرة|الرئيس|الرئيسة|السفير|السفيرة|المتحدث|المتحدثة|الدكتور|الدكتورة|النائب|النائبة|المستشار|المستشارة|الأمين\\s+العام|رئيس\\s+الوزراء|نائب\\s+الرئيس|الملك|الأمير|الشيخ|السناتور|الحاكم|المنسق|المنسقة|المحاور|المحاورة|مدير\\s+الجلسة)';
/** An Arabic title and at most two more words, then a colon: "السيدة نويرت:", "الوزير بومبيو:", "الرئيس:". */
const AR_LABEL = new RegExp(`^${AR_TITLE}(?:\\s+[\\p{L}\\p{M}]+){0,2}\\s*[:：](?=\\s)`, 'u');

/**
 * Titles that head a speaker's name in Hebrew transcripts, as the Knesset's minutes write them
 * ("היו\"ר ראובן ריבלין:", "ראש הממשלה בנימין נתניהו:", "השר", "חבר הכנסת"); the abbreviation
 * mark is a typewriter's quote or a gershayim (יו"ר, יו״ר).
 */
const HE_TITLE =
  '(?:ה?יו["״]ר|סגנ?(?:ית)?\\s+(?:ה?יו["״]ר|השר|השרה|ראש\\s+הממשלה)|ראש\\s+הממשלה|ממלא\\s+מקום\\s+ראש\\s+הממשלה|השר|השרה|שר|שרת|חבר\\s+הכנסת|חברת\\s+הכנסת|ח["״]כ|הנשיא|הנשיאה|נשיא\\s+המדינה|השגריר|השגרירה|המזכיר|המזכירה|מזכיר\\s+המדינה|הדובר|הדוברת|דובר|דוברת|המנחה|ד["״]ר|פרופ[\'׳]|מר|גב[\'׳]|גברת)';
/**
 * A Hebrew title and at most four more words (a name, a ministry: "שר החוץ יאיר לפיד"), then a
 * colon: "היו\"ר ראובן ריבלין:", "ראש הממשלה:", "השרה:".
 */
const HE_LABEL = new RegExp(
  `^${HE_TITLE}(?:\\s+[\\p{Script=Hebrew}\\p{M}'׳"״-]+){0,4}\\s*[:：](?=\\s|$)`,
  'u',
);

/** Role words of Spanish, French, Portuguese, Italian, German and Russian transcripts. */
const ROLE =
  '(?:Presidente|Presidenta|Président|Présidente|Präsident|Präsidentin|Vicepresidente|Vicepresidenta|Secretario|Secretaria|Secrétaire|Ministro|Ministra|Ministre|Canciller|Bundeskanzler|Bundeskanzlerin|Embajador|Embajadora|Ambassadeur|Ambassadrice|Portavoz|Porte-parole|Moderador|Moderadora|Modérateur|Modératrice|Moderatorin|Президент|Премьер-министр|Министр|Посол|Ведущий|Ведущая|Модератор)';
/** A form of address before a name: "Sr. García:", "Mme Dupont :", "Frau Merkel:". */
const ADDRESS = '(?:Sr\\.|Sra\\.|Srta\\.|Señor|Señora|Mme|Mlle|Herr|Frau|Господин|Госпожа)';
/**
 * A role or an address, an optional article before it, and a name of up to three capitalised
 * words, then a colon: "Presidente Obama:", "El Presidente:", "Le Président :", "Sr. García:".
 * "Señor Presidente:" is a salutation to him, not his turn: an address never heads a role.
 */
const ROLE_LABEL = new RegExp(
  `^(?:(?:El|La|Le|L['’]|Il|Der|Die|O|A)\\s*)?(?:${ROLE}|${ADDRESS}(?!\\s+(?:${ROLE}|le|la|el)\\b)(?=\\s+\\p{Lu}))(?:\\s+\\p{Lu}[\\p{L}'’-]+){0,3}\\s*:(?=\\s)`,
  'u',
);
/** An initial (or two) and a surname, as Russian transcripts write a speaker: "В.Путин:", "В.В. Путин:". */
const INITIAL_LABEL = /^\p{Lu}\.\s?(?:\p{Lu}\.\s?)?\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s*:(?=\s)/u;

/** The label of another house or language a paragraph opens with (stage directions masked), or null. */
export function otherLabel(text: string): string | null {
  return (
    ROOM_LABEL.exec(text)?.[0] ??
    AR_LABEL.exec(text)?.[0] ??
    HE_LABEL.exec(text)?.[0] ??
    ROLE_LABEL.exec(text)?.[0] ??
    INITIAL_LABEL.exec(text)?.[0] ??
    null
  );
}
