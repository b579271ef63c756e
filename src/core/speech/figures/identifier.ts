/**
 * A number said after what it numbers is a name, never a figure: a section ("§ 95"), a bill or a
 * print ("sněmovního tisku číslo 458", "druk nr 123"), a law, decree, decision or resolution
 * ("απόφασή του 3218", "π.δ.31", "ustawa nr 5", "закон № 10016"). numbers.ts reads such a token as
 * a `reference`, so it makes no card ("95 — našeho jednacího řádu", "3218 — από το", judge14).
 */

/** Words and marks that number what follows them, in the languages speeches come in. */
const NUMBERING = [
  // the section sign, and "number" written short or whole ("decreto legislativo n. 23", judge24)
  String.raw`§§?`,
  String.raw`n[º°o]\.?|n\.\s?[º°o]|n\.|nr\.?|no\.|num\.|č\.|čl\.|αρ\.|αριθ\.?|αριθμ\.?|№`,
  String.raw`číslo|čísla|číslem|numer(?:ze|u)?|αριθμό(?:ς)?|номер(?:ом|і)?|numéro|nummer`,
  // Czech: print, section, paragraph, item, resolution, ruling
  String.raw`tisk(?:u|em)?|odst\.|odstav(?:ec|ce|ci)|bod(?:u|ě)?|usnesení|zákon(?:a|u|em)?|nález(?:u)?|vyhlášk(?:a|y|u)`,
  // Polish: bill print, act, article, paragraph, item, decision, resolution, regulation
  String.raw`druk(?:u)?|ustaw(?:a|y|ę|ie)?|art\.|ust\.|pkt\.?|poz\.|decyzj(?:a|i|ę)|uchwał(?:a|y|ę)|rozporządzeni(?:e|a)`,
  // Greek: law, decree, presidential decree, article, decision, resolution
  String.raw`ν\.|π\.\s?δ\.|ν\.\s?δ\.|άρθρ(?:ο|ου)|ν[οό]μο(?:ς|υ)?|απ[οό]φασ(?:η|ή|ης|εως)|ψ[ηή]φισμ(?:α|ατος)|διάταγμα(?:τος)?`,
  // Ukrainian: law, bill, resolution, decree, article, item
  String.raw`закон(?:у|ом|і)?|законопроект(?:у|ом|і)?|постанов(?:а|и|у|ою|і)|указ(?:у|ом|і)?|статт(?:я|і|ю)|пункт(?:у|ом|і)?|правк(?:а|и|у|ою)`,
  // Spanish, Portuguese, Italian, French, German: law, decree, print
  String.raw`ley|decreto(?:-lei)?|lei|legge|décret|loi|drucksache|abs\.`,
  // English: a bill, a decree, an order, an act by its number
  String.raw`bill|decree|executive\s+order|public\s+law|h\.\s?r\.|docket|case\s+no\.`,
  // an article, section, chapter, clause, resolution or directive of a text, said before its
  // number ("L'articolo 17 prevede…", "all'articolo 11", "Artikel 3", "Section 230", "статья 5"):
  // judge17 showed "17 — prevede l'adozione" as seventeen of something
  // English
  String.raw`articles?|sections?|chapters?|paragraphs?|clauses?|title|amendments?|resolutions?|directives?|regulations?|subsections?|sec\.|art\.|para\.`,
  // Italian (elided after l'/all'/dall'/nell'/dell'/sull': the apostrophe is a boundary)
  String.raw`articol[oi]|comm[ai]|capitol[oi]|paragraf[oi]|risoluzion[ei]|direttiv[ae]|decreto-legge|regolamento`,
  // French
  String.raw`alinéas?|chapitres?|paragraphes?|résolutions?|directives?|amendements?|titre`,
  // German
  String.raw`artikel[ns]?|absatz|absätze|kapitel|paragraf(?:en)?|paragraph(?:en)?|ziffer|richtlinie|resolution|gesetz(?:es)?`,
  // Spanish and Portuguese
  String.raw`art[íi]culos?|artigos?|cap[íi]tulos?|apartados?|incisos?|al[íi]neas?|fracci[óo]n|p[áa]rrafos?|par[áa]grafos?|resoluci[óo]n|resolução|directiva|diretiva|enmienda|emenda|t[íi]tulo|numeral`,
  // Dutch
  String.raw`artikel(?:en)?|hoofdstuk(?:ken)?|paragraaf|richtlijn|resolutie|motie`,
  // Russian (Ukrainian above): article, item, chapter, section, part, resolution, directive, law, decree
  String.raw`стать(?:я|и|е|ю|ей|ях|ям)|пункт(?:а|е|у|ы|ов)?|глав(?:а|ы|е|у)|раздел(?:а|е|у)?|част(?:ь|и)|резолюци(?:я|и|ю|ей)|директив(?:а|ы|е|у)|закон(?:а|е)|поправк(?:а|и|е|у)`,
].join('|');

/** A genitive or a "number" said between the name and its number ("απόφασή του 3218", "ustawa nr 5"). */
const BETWEEN = String.raw`(?:\s+(?:του|της|των|nr\.?|no\.|č\.|№|číslo|αριθ\.?|αριθμ\.?|n[º°]\.?))*`;

const NAMES_NUMBER = new RegExp(String.raw`(?:^|[\s(,;:"'’„“«])(?:${NUMBERING})${BETWEEN}\s*$`, 'iu');

/** What opens a list or range of numbered things ("articoli da 1", "articles 3 to", "dagli articoli 16 al"). */
const LIST_OPEN = String.raw`(?:da|dal|dall['’]|dagli|dai|from|von|vom|de|du|des|del|desde|с|со|от)`;
const LIST_JOIN = String.raw`(?:a|al|ad|all['’]|agli|to|through|and|or|e|ed|o|bis|und|oder|à|au|aux|et|ou|y|hasta|até|al|по|до|и|или|,)`;
/** A Latin suffix of an inserted article ("16-bis", "6- quater"). */
const LATIN = String.raw`(?:\s?[-‐]\s?(?:bis|ter|quater|quinquies|sexies|septies|octies|novies|decies))?`;
/**
 * The second (third…) number of numbered things said as a list or range: "articoli da 1 a 15",
 * "dagli articoli 16 al 19", "articles 3 and 4", "dall'articolo 5 all'articolo 6" (the last is
 * named by its own word). Each is a name, as the first is.
 */
const NAMES_LIST = new RegExp(
  String.raw`(?:^|[\s(,;:"'’„“«])(?:${NUMBERING})\s+(?:${LIST_OPEN}\s*)?\p{Nd}+${LATIN}(?:\s*(?:,|${LIST_JOIN})\s*\p{Nd}+${LATIN})*\s*${LIST_JOIN}\s*$`,
  'iu',
);
/** A number opening a list or range of numbered things after their name: "articoli da 1", "dagli articoli dal 16". */
const OPENS_LIST = new RegExp(String.raw`(?:^|[\s(,;:"'’„“«])(?:${NUMBERING})\s+${LIST_OPEN}\s*$`, 'iu');

/** Whether the text right before a number names it (a section, a bill, a decree): see above. */
export function numbersWhatFollows(before: string): boolean {
  return NAMES_NUMBER.test(before) || OPENS_LIST.test(before) || NAMES_LIST.test(before);
}

/**
 * "L'articolo 21 dispone…, mentre il 22 disciplina…": a number said with only its article after a
 * numbered name earlier in its sentence names the next one of them (the noun elided).
 */
const ELIDED_NAME = new RegExp(
  String.raw`(?:^|[\s(,;:"'’„“«])(?:${NUMBERING})\s+\p{Nd}+(?:(?!\p{Nd})[^.;!?])*\s(?:il|el|le|o)\s+$`,
  'iu',
);

/**
 * "Este mismo artículo único modifica también el 29 para ampliar…", "l'article unique modifie aussi
 * le 29 pour…": an article of a text named in the sentence (with no number of its own), then a bare
 * "el/il/le 29" with nothing counted after it is another article of that text (judge19: "29 — para
 * ampliar" was a card).
 */
const ANAPHORIC_NAME =
  /(?:^|[\s(,;:"'’„“«])(?:art[íi]culos?|articol[oi]|articles?|artigos?|artikel[ns]?|apartados?|párrafos?|paragraf[oi]|paragraphes?|alinéas?|comm[ai])(?![\p{L}])(?:(?!\p{Nd})[^.;!?]){0,200}\s(?:el|il|le|lo|o)\s+$/iu;
/** After such a number: the clause's end or a word that opens no counted noun (a preposition, a conjunction). */
const NOTHING_COUNTED =
  /^(?:\s*$|\s*[,;:.!?)]|\s+(?:para|per|pour|por|que|che|qui|y|e|ed|et|o|ou|de|del|della|dello|du|des|da|do|con|avec|com|en|in|sur|sobre|bis|ter|quater|y\s+el|e\s+il)(?![\p{L}]))/iu;

/** Whether a number after an article names the next of the numbered things said before it in its sentence. */
export function namesNextOfList(sentenceBefore: string, after: string): boolean {
  // ("il 30 per cento", "il 22 marzo": a share or a day is said so too)
  if (/^\s*(?:%|per\s?cento|pour\s?cent|por\s?cient|por\s?cento|\p{L}+\s+\p{Nd})/iu.test(after)) return false;
  const near = sentenceBefore.slice(-240);
  return ELIDED_NAME.test(near) || (ANAPHORIC_NAME.test(near) && NOTHING_COUNTED.test(after));
}

/** "16- bis", "6-quater": an article inserted after another is named by its Latin suffix. */
export function insertedArticle(after: string): boolean {
  return /^\s?[-‐]\s?(?:bis|ter|quater|quinquies|sexies|septies|octies|novies|decies)(?![\p{L}])/iu.test(
    after,
  );
}
