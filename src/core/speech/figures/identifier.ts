/**
 * A number said after what it numbers is a name, never a figure: a section ("§ 95"), a bill or a
 * print ("sněmovního tisku číslo 458", "druk nr 123"), a law, decree, decision or resolution
 * ("απόφασή του 3218", "π.δ.31", "ustawa nr 5", "закон № 10016"). numbers.ts reads such a token as
 * a `reference`, so it makes no card ("95 — našeho jednacího řádu", "3218 — από το", judge14).
 */

/** Words and marks that number what follows them, in the languages speeches come in. */
const NUMBERING = [
  // the section sign, and "number" written short or whole
  String.raw`§§?`,
  String.raw`n[º°o]\.?|n\.\s?[º°o]|nr\.?|no\.|num\.|č\.|čl\.|αρ\.|αριθ\.?|αριθμ\.?|№`,
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
].join('|');

/** A genitive or a "number" said between the name and its number ("απόφασή του 3218", "ustawa nr 5"). */
const BETWEEN = String.raw`(?:\s+(?:του|της|των|nr\.?|no\.|č\.|№|číslo|αριθ\.?|αριθμ\.?|n[º°]\.?))*`;

const NAMES_NUMBER = new RegExp(String.raw`(?:^|[\s(,;:"'„“«])(?:${NUMBERING})${BETWEEN}\s*$`, 'iu');

/** Whether the text right before a number names it (a section, a bill, a decree): see above. */
export function numbersWhatFollows(before: string): boolean {
  return NAMES_NUMBER.test(before);
}
