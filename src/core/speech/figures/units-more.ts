/**
 * Scale words, currencies, percent words and units of Polish, Czech, Ukrainian, Greek and
 * Hungarian (and "percentage points" in the languages that say it), for rules.ts: the number keeps
 * its scale and unit, because the number alone is one nobody said ("10" of "ponad 10 milionów ha",
 * "0.3 percentage" of "0.3 percentage points", "25" of "25 százalékos", judge14).
 */

/** Scales, every case and number ("milionów", "мільярда", "εκατομμύρια", "milliárd"). */
export const MORE_SCALES = [
  String.raw`tysiąc\p{L}*|tysięcy|tysiące|milion\p{L}*|miliard\p{L}*|bilion\p{L}*`,
  String.raw`tisíc\p{L}*|miliard\p{L}*|bilion\p{L}*`,
  String.raw`тисяч\p{L}*|мільйон\p{L}*|мільярд\p{L}*|трильйон\p{L}*`,
  String.raw`χιλι[αά]δ\p{L}*|εκατομμ[υύ]ρι\p{L}*|δισεκατομμ[υύ]ρι\p{L}*|τρισεκατομμ[υύ]ρι\p{L}*`,
  String.raw`ezermilliárd\p{L}*|ezer|milli[óo]\p{L}*|milliárd\p{L}*`,
  // Swedish, Danish, Norwegian, Dutch, Finnish, Estonian ("3,1 miljarder", "40 miljoner kronor",
  // "2 millioner kroner", "5 miljoen euro", "10 miljoonaa euroa"; judge15)
  String.raw`tusen|tusind|miljon(?:er|erna)?|miljard(?:er|erna)?|biljon(?:er)?|million(?:er)|milliard(?:er)|miljoen|miljard|miljoona\p{L}*|miljardi\p{L}*|tuhatta|miljonit|miljardit`,
  // German ("50 Milliarden Euro einbringt" was "50 — Milliarden Euro einbringt": the recogniser is
  // asked only around its cues, and the number alone is one nobody said; judge18)
  String.raw`Milliarden?|Millionen|Billionen?`,
  // Croatian, Slovenian, Serbian, Bosnian, Bulgarian, Latvian, Lithuanian ("1,5 milijuna kuna",
  // "2 milijona evrov", "300 милиона лева", "5 miljoni", "3 milijonai")
  String.raw`tisuć\p{L}*|tisoč\p{L}*|hiljad\p{L}*|milijun\p{L}*|milijon\p{L}*|milijard\p{L}*|хиляд\p{L}*|милион\p{L}*|милиард\p{L}*|tūkstoš\p{L}*|tūkstant\p{L}*|miljon\p{L}*|miljard\p{L}*`,
  // Icelandic ("7,2 milljarðar króna", "500 milljónir", "3 þúsund"; judge35)
  String.raw`milljón\p{L}*|milljarð\p{L}*|þúsund\p{L}*`,
  // Tamil, Indian numbering: லட்சம் (lakh, 100,000), கோடி (crore, 10 million), ஆயிரம் (thousand),
  // with their joining forms ("லட்சத்து", "கோடியே"): "சுமார் 17 லட்சம் ரூபாய்" was "17 — லட்சம்
  // ரூபாய் அவர்களுக்கு …" (Mann Ki Baat, June 2017, judge26)
  String.raw`லட்ச[\p{L}\p{M}]*|கோடி[\p{L}\p{M}]*|ஆயிர[\p{L}\p{M}]*`,
  // Turkish, with the suffixes it glues to a scale ("1,5 milyarlık bin odadan fazla bir saray", a
  // palace of 1,5 billion, was carded "1,5 — milyarlık bin odadan", judge31; "3 milyon", "40 bin",
  // "100 milyonluk", "2 milyara"): the word is said whole, so the value keeps it whole
  String.raw`bin(?:lik)?|milyon\p{L}*|milyar\p{L}*|trilyon\p{L}*`,
].join('|');

/**
 * Abbreviated scales ("10 mln", "40 mld.", "26 tys. osób", "5 tis. Kč", "5 тис.", "3 εκατ.", "2 mrd";
 * Icelandic "7.200 millj. kr.", Norwegian "2 mill. kroner", Latvian "5 milj. eiro", "2 mljrd.", judge35).
 */
export const MORE_SCALE_ABBR = String.raw`mln|mld|mil|mrd|tys|tis|тис|εκατ|δισ|millj|mill|milj|mljrd`;

/**
 * Currency words ("złotych", "korun", "гривень", "forintba", "ευρώ"); "Kč", "Ft", "zł", "грн";
 * Icelandic and Norwegian "krónur", "kr.", with the scale written in ("500 m.kr.", "2 ma.kr.",
 * "300 mkr."), Latvian "eiro", Serbian "dinara" (judge35).
 */
export const MORE_CURRENCIES = String.raw`złot\p{L}*|zł|korun\p{L}*|Kč|гривен\p{L}*|гривн\p{L}*|грн\.?|forint\p{L}*|Ft|ευρώ|euró\p{L}*|євро|долар\p{L}*|dolar\p{L}*|kronor|krona|kroner|krone|kun[ae]|eura|evr(?:a|ov|o)|euroa|eurot|eurų|лев(?:а|ове)?|лв\.?|ரூபா[\p{L}\p{M}]*|lira\p{L}*|TL|avro\p{L}*|krón(?:a|ur|um|u)|kr\.?|m\.?\s?kr\.?|ma\.\s?kr\.?|mkr\.?|eiro|dinar\p{L}*|динар\p{L}*`;

/**
 * Percent words and points of percent ("százalékos", "procent", "відсотків", "τοις εκατό"; Icelandic
 * "prósent", Serbian "procenata", Norwegian "pst." written short, judge35).
 */
export const MORE_PERCENTS = String.raw`percentage\s+points?|basis\s+points?|punkt\p{L}*\s+procentow\p{L}*|procentní\p{L}*\s+bod\p{L}*|відсотков\p{L}*\s+пункт\p{L}*|процентн\p{L}*\s+пункт\p{L}*|százalékpont\p{L}*|ποσοστια\p{L}*\s+μον[αά]δ\p{L}*|százalék\p{L}*|pro[cs]ent\p{L}*|prósent\p{L}*|procen(?:at|ta|ata|ti)|pst\.?|відсот\p{L}*|τοις\s+εκατό`;

/** Units of area and weight said after a scale ("10 milionów ha", "2 мільйони гектарів"). */
export const MORE_AREA = String.raw`ha|hektar\p{L}*|гектар\p{L}*|εκτ[αά]ρι\p{L}*|km²|km2|tun|tuny|ton(?:y|a|ów|nes|s)?|тонн?\p{L}*|τ[οό]ν\p{L}*`;
