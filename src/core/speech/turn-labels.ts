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
/**
 * A Chinese reporter named by her outlet, as the Foreign Ministry's transcripts write her turn
 * ("法新社记者:", "总台央视记者：", "彭博社记者:"; zh-maoning-waijiaobu-jizhehui-2023-07-17, judge24).
 */
const CJK_REPORTER = String.raw`\p{Script=Han}{1,12}(?:记者|記者)`;
const REPORTER = new RegExp(`^(?:${REPORTER_WORDS}|${CJK_REPORTER})$`, 'iu');
/** The room, folded: the audience, a participant. */
const ROOM = new RegExp(
  `^(?:(?:the\\s+)?audience(?:\\s+members?)?|participants?|crowd|público|publico|auditoire|public|publikum|зал|الجمهور|观众|听众|קהל|הקהל)$`,
  'iu',
);

/** A label's words without its colon or full stop: "السؤال:" → "السؤال", "QUESTION :" → "QUESTION". */
const bare = (label: string) => label.replace(/\s*[:：.]\s*$/u, '').trim();

/** Whether the label is a reporter's: "Q", "QUESTION:", "Pregunta:", "السؤال:", "Вопрос:". */
export const isReporterLabel = (label: string): boolean => REPORTER.test(bare(label));

/**
 * The chair of a parliament, as its record labels her turns ("Puhemies:", "Ensimmäinen varapuhemies
 * Tuula Haatainen:", "Talmannen:", "Förste vice talmannen:", "Formanden (Søren Gade):",
 * "Presidenten:"): she calls the next question and keeps time; her lines are the sitting's
 * procedure, the room's, never a speaker's on screen.
 */
const CHAIR = new RegExp(
  String.raw`^(?:(?:ensimmäinen|toinen)\s+)?(?:vara)?puhemies(?:\s+\p{Lu}[\p{L}'’-]+){0,3}$|^(?:(?:förste|andre|tredje)\s+vice\s+)?talman(?:nen)?$|^(?:ålders)?presidenten$|^(?:(?:første|anden|tredje|fjerde)\s+)?(?:næst)?formand(?:en)?(?:\s*\([^()]{2,40}\))?$`,
  'iu',
);

/** Whether the label is the room's or a reporter's, not a speaker's. */
export const isRoomLabel = (label: string): boolean =>
  isReporterLabel(label) || ROOM.test(bare(label)) || CHAIR.test(bare(label));

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

/** Parties as Finnish records abbreviate them after a member's name ("Anna-Kaisa Ikonen kok:", "Annika Saarikko /kesk:"). */
const FI_PARTY = '(?:kok|sd|sdp|ps|kesk|vihr|vas|r|rkp|kd|liik|sin|vkk|vr|ps)';
/** A member's name: two to four capitalised words ("Anna-Kaisa Ikonen", "ULF KRISTERSSON", "Jonas Gahr Støre"). */
const MEMBER = String.raw`\p{Lu}[\p{L}'’-]+(?:\s+(?:af\s+|von\s+|van\s+|de\s+)?\p{Lu}[\p{L}'’-]+){1,3}`;
/** What a record adds to a turn's label: the kind of turn ("(vastauspuheenvuoro)"), a time ("[10:05:14]"). */
const TURN_KIND = String.raw`(?:\s*\((?:vastauspuheenvuoro|esittelypuheenvuoro|vastaus|repliikki|replik)\))?(?:\s*\[\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\])?`;
/** An academic title before a member's name, as the Bundestag's record writes it ("Dr. Johann Wadephul (CDU/CSU):"). */
const DOCTOR = String.raw`(?:(?:Prof\.\s+)?Dr\.(?:\s+h\.\s?c\.)?\s+)?`;
/** The Bundestag's parties whose names have a space ("Gregor Gysi (DIE LINKE):"). */
const DE_PARTY = String.raw`BÜNDNIS 90\/DIE GRÜNEN|DIE LINKE|Die Linke`;
/** A member of the German government after her name ("Olaf Scholz, Bundeskanzler:", "…, Bundesministerin des Innern und für Heimat:"). */
const DE_GOVERNMENT = String.raw`(?:Bundeskanzler(?:in)?|(?:Bundes|Staats)minister(?:in)?(?:\s+[\p{L}-]+){0,6}|Parl\.\s+Staatssekretär(?:in)?(?:\s+[\p{L}-]+){0,6})`;
/** A surname in capitals as the Italian record prints it ("DI BIAGIO", "D'ALIA", "DE PETRIS"). */
const IT_SURNAME = String.raw`\p{Lu}[\p{Lu}'’-]+(?:\s+\p{Lu}[\p{Lu}'’-]+){0,3}`;
/** A Knesset member's name in the record's turn label: two to four Hebrew words ("אברהם בורג"). */
const HE_MEMBER = String.raw`[\p{Script=Hebrew}'׳"״-]+(?:\s+[\p{Script=Hebrew}'׳"״-]+){1,3}`;
/**
 * A turn of a Nordic or other parliament's record, as pasted from it:
 * - a member with her party: "Anna-Kaisa Ikonen kok:", "Annika Saarikko /kesk:", "Anders Åkesson (C):",
 *   "Sylvi Listhaug (FrP) [10:05:33]:", "Anf. 12 Statsminister ULF KRISTERSSON (M):";
 * - a minister or the chair by title: "Pääministeri Antti Rinne (vastauspuheenvuoro):",
 *   "Valtiovarainministeri Annika Saarikko:", "Ministeri Harakka:", "Puhemies:", "Ensimmäinen
 *   varapuhemies Tuula Haatainen:", "Talmannen:", "Statsrådet Anna Johansson (S):",
 *   "Statsministeren (Mette Frederiksen):", "Formanden (Søren Gade):", "Presidenten:";
 * - a member of the Bundestag as its record heads her speech, often on a line of its own: "Dr. Johann
 *   Wadephul (CDU/CSU):", "Olaf Scholz, Bundeskanzler:";
 * - a senator or deputy as the Italian record heads her turn: "DI BIAGIO (AP (NCD-UDC)). Signor
 *   Presidente, …" (judge21: the label opened the first slide's notes, no speaker on the title slide);
 * - a member of the Knesset with her faction: "אברהם בורג (העבודה - מימד):" (judge27: no speaker),
 *   or by her office and name: "היו\"ר ראובן ריבלין:".
 */
const PARLIAMENT_LABEL = new RegExp(
  [
    String.raw`^${MEMBER}\s+\/?${FI_PARTY}${TURN_KIND}\s*:(?=\s|$)`,
    String.raw`^(?:Anf\.\s*\d+\s+)?${DOCTOR}${MEMBER.replace('{1,3}', '{0,3}')}\s+\((?:[\p{L}\p{N}./-]{1,12}|${DE_PARTY})\)${TURN_KIND}\s*:(?=\s|$)`,
    String.raw`^${DOCTOR}${MEMBER},\s+${DE_GOVERNMENT}\s*:(?=\s|$)`,
    String.raw`^(?:\p{Lu}\p{Ll}*ministeri|Ministeri|(?:Ensimmäinen\s+|Toinen\s+)?(?:Vara)?[Pp]uhemies|Ensimmäinen\s+varapuhemies|Toinen\s+varapuhemies)(?:\s+\p{Lu}[\p{L}'’-]+){0,3}${TURN_KIND}\s*:(?=\s|$)`,
    String.raw`^(?:(?:Förste|Andre|Tredje)\s+vice\s+talmannen|Talmannen|Ålderspresidenten|Statsrådet(?:\s+\p{Lu}[\p{L}'’-]+){0,3}(?:\s+\([\p{L}]{1,4}\))?)\s*:(?=\s|$)`,
    String.raw`^(?:Formanden|Næstformanden|(?:Første|Anden|Tredje|Fjerde)\s+næstformand|\p{Lu}\p{Ll}*ministeren)(?:\s*\(${MEMBER}\))?\s*:(?=\s|$)`,
    String.raw`^(?:Presidenten|(?:Stats|Utenriks|Finans|Justis)?(?:minister|statsråd)\s+${MEMBER})${TURN_KIND}\s*:(?=\s|$)`,
    // the Italian Senate's and Chamber's: a surname in capitals, the group, a full stop
    String.raw`^${IT_SURNAME}\s+\((?:[^()]|\([^()]*\)){1,40}\)\.(?=\s|$)`,
    // the Knesset's: a member's name (no capitals in Hebrew) and her faction in brackets
    String.raw`^${HE_MEMBER}\s+\([^()]{1,40}\)\s*:(?=\s|$)`,
    // or by her office and name: "היו"ר ראובן ריבלין:" (judge35: the record's one label, unused)
    String.raw`^${HE_TITLE}\s+${HE_MEMBER}\s*:(?=\s|$)`,
  ].join('|'),
  'u',
);

/** A Knesset label by office and name, the name in group 1 (`PARLIAMENT_LABEL`). */
const HE_OFFICE_NAMED = new RegExp(String.raw`^${HE_TITLE}\s+(${HE_MEMBER})\s*:$`, 'u');

/**
 * A parliament label as the name to sign a line with: the record's additions left out — the turn's
 * number ("Anf. 12"), its kind, its time, the member's party — and a name in capitals in title case
 * ("Anf. 12 Statsminister ULF KRISTERSSON (M):" → "Statsminister Ulf Kristersson"); a minister's
 * name in brackets is the name ("Statsministeren (Mette Frederiksen):" → "Mette Frederiksen").
 * Null when the label is none of PARLIAMENT_LABEL's.
 */
export function parliamentName(label: string): string | null {
  if (!PARLIAMENT_LABEL.test(`${label.trimEnd()} `)) return null;
  // the chair is named by her office, the room's (CHAIR)
  if (CHAIR.test(bare(label))) return bare(label);
  // a Knesset label's office is no part of the name ("היו\"ר ראובן ריבלין:" → "ראובן ריבלין")
  const office = HE_OFFICE_NAMED.exec(label.trim())?.[1];
  if (office) return office;
  const t = label
    .replace(/\s*[:：]\s*$|(?<=\))\.\s*$/u, '')
    .replace(/^Anf\.\s*\d+\s+/u, '')
    // a German minister's office after her name is no part of it ("Olaf Scholz, Bundeskanzler")
    .replace(new RegExp(String.raw`,\s+${DE_GOVERNMENT}$`, 'u'), '');
  const inBrackets = new RegExp(String.raw`\((${MEMBER})\)\s*$`, 'u').exec(t)?.[1];
  // (a party of two words in brackets, "(DIE LINKE)", is no minister's name)
  const named = inBrackets && !new RegExp(`^(?:${DE_PARTY})$`, 'u').test(inBrackets) ? inBrackets : undefined;
  const name = (named ?? t)
    // (a group inside the party's brackets first: "DI BIAGIO (AP (NCD-UDC))")
    .replace(/\s*\(([^()]*)\([^()]*\)([^()]*)\)/gu, ' ($1$2)')
    .replace(new RegExp(String.raw`\s*\([^()]*\)|\s*\[[^[\]]*\]|\s+\/?${FI_PARTY}$`, 'gu'), '')
    .trim();
  return name.replace(/\p{Lu}{2,}/gu, (w) => w[0] + w.slice(1).toLowerCase());
}

/**
 * Chinese surnames that open a speaker's label ("毛宁:", "汪文斌：", "华春莹："): the common ones,
 * less those that open common words a paragraph may begin with before a colon ("任务：", "周边：",
 * "安全：", "方面：", "关于：", "全体：", "成果：", "和平：", "马上：").
 */
const ZH_SURNAME =
  '[王李张刘陈杨赵吴徐孙朱胡郭林罗郑梁谢宋唐韩冯邓曹彭肖董袁潘蒋蔡杜叶苏魏吕丁沈姚卢姜崔钟谭陆汪范廖贾夏韦邹孟熊秦邱尹薛闫段雷侯陶黎贺顾毛郝龚邵钱覃戴莫汤牛樊葛乔伍庞颜倪庄聂鲁岳翟殷詹耿焦俞柳祝舒阮柯纪梅凌裴霍涂苗翁冉骆靳柴蒙鲍喻祁蒲滕屈饶牟穆卓缪褚娄窦戚岑晏瞿佟臧闵苟邬卞姬栾隋寇郎甄虞敖巩佘邝华]|欧阳|司马|上官|诸葛|东方|皇甫|令狐|慕容';
/**
 * A Chinese transcript's turn label, the colon full-width or ASCII and the words right after it
 * ("毛宁:2003年,…", "法新社记者:美国总统…", "外交部发言人：", "答：", "问："): a reporter named by
 * her outlet, a spokesperson by office, or a name — a surname and one or two more characters, none
 * of them a plural's "们" or a verb of saying ("他说：" and "同志们：" are no turns).
 */
const ZH_LABEL = new RegExp(
  String.raw`^(?:${CJK_REPORTER}|\p{Script=Han}{0,10}(?:发言人|發言人|主持人)(?:\p{Script=Han}{2,3})?|(?:${ZH_SURNAME})(?![们說说道讲曰])\p{Script=Han}(?:(?![们說说道讲曰是])\p{Script=Han})?|问|答|問)[:：](?=\s*\S)`,
  'u',
);

/** The label of another house or language a paragraph opens with (stage directions masked), or null. */
export function otherLabel(text: string): string | null {
  return (
    PARLIAMENT_LABEL.exec(text)?.[0] ??
    ROOM_LABEL.exec(text)?.[0] ??
    AR_LABEL.exec(text)?.[0] ??
    HE_LABEL.exec(text)?.[0] ??
    ROLE_LABEL.exec(text)?.[0] ??
    INITIAL_LABEL.exec(text)?.[0] ??
    ZH_LABEL.exec(text)?.[0] ??
    null
  );
}
