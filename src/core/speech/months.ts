/**
 * Month names of Ukrainian, Polish, Czech, Greek, Hungarian, Turkish, Indonesian and Malay, in every case a date says
 * them in ("24 лютого", "24 lutego", "24. února", "24 Φεβρουαρίου", "február 24", "15 Temmuz"):
 * with structure.ts's MONTHS a number said with one is a day of the month, never a count
 * ("24 лютого — аніж робив це" was a card, judge14).
 */

/** Ukrainian: nominative, genitive (the date's case) and locative ("у лютому"). */
const UK = String.raw`січ(?:ень|ня|ні)|лют(?:ий|ого|ому)|берез(?:ень|ня|ні)|квіт(?:ень|ня|ні)|трав(?:ень|ня|ні)|черв(?:ень|ня|ні)|лип(?:ень|ня|ні)|серп(?:ень|ня|ні)|верес(?:ень|ня|ні)|жовт(?:ень|ня|ні)|листопад(?:а|і)?|груд(?:ень|ня|ні)`;
/** Polish: nominative, genitive, locative ("w lutym"). */
const PL = String.raw`stycz(?:eń|nia|niu)|lut(?:y|ego|ym)|mar(?:zec|ca|cu)|kwie(?:cień|tnia|tniu)|maj(?:a|u)?|czerw(?:iec|ca|cu)|lip(?:iec|ca|cu)|sierp(?:ień|nia|niu)|wrze(?:sień|śnia|śniu)|październik(?:a|u)?|listopad(?:a|zie)?|grud(?:zień|nia|niu)`;
/** Czech: nominative, genitive, locative ("v únoru"). */
const CS = String.raw`led(?:en|na|nu)|únor(?:a|u)?|břez(?:en|na|nu)|dub(?:en|na|nu)|květ(?:en|na|nu)|červen(?:ec|ce|ci)|červ(?:en|na|nu)|srp(?:en|na|nu)|září|říj(?:en|na|nu)|listopad(?:u)?|prosin(?:ec|ce|ci)`;
/** Greek: nominative, genitive (the date's case), accusative; accents as written or not. */
const EL = String.raw`ιανου[αά]ρ[ιί](?:ου|ος|ο)|φεβρου[αά]ρ[ιί](?:ου|ος|ο)|μ[αά]ρτ[ιί](?:ου|ος|ο)|απρ[ιί]λ[ιί](?:ου|ος|ο)|μα[ΐϊι](?:ου|ος|ο)|μ[αά][ιΐϊ](?:ος|ο)|ιου[νλ][ιί](?:ου|ος|ο)|ιο[υύ][νλ][ιί](?:ος|ο)|α[υύ]γο[υύ]στ(?:ου|ος|ο)|σεπτ[εέ]μβρ[ιί](?:ου|ος|ο)|οκτ[ωώ]βρ[ιί](?:ου|ος|ο)|νο[εέ]μβρ[ιί](?:ου|ος|ο)|δεκ[εέ]μβρ[ιί](?:ου|ος|ο)`;
/** Hungarian: the name and its case endings ("februárban", "március 15-én" keeps its day). */
const HU = String.raw`(?:január|február|március|április|május|június|július|augusztus|szeptember|október|november|december)(?:ban|ben|jában|ig|tól|től|i|t|ra|re)?`;
/** Turkish: the name (its suffixes come after an apostrophe: "15 Temmuz'da"). */
const TR = String.raw`ocak|şubat|mart|nisan|mayıs|haziran|temmuz|ağustos|eylül|ekim|kasım|aralık`;

/** Bulgarian ("24 февруари", judge15). */
const BG = String.raw`януари|февруари|март|април|май|юни|юли|август|септември|октомври|ноември|декември`;
/** Croatian, Slovenian, Serbian and Bosnian (Latin script), with the cases a date says them in. */
const HR = String.raw`siječ(?:anj|nja|nju)|veljač(?:a|e|i)|ožuj(?:ak|ka|ku)|trav(?:anj|nja|nju)|svib(?:anj|nja|nju)|lip(?:anj|nja|nju)|srp(?:anj|nja|nju)|kolovoz(?:a|u)?|ruj(?:an|na|nu)|studen(?:i|oga|og|om)|prosin(?:ac|ca|cu)|januar(?:ja|ju|a|u)?|februar(?:ja|ju|a|u)?|mar(?:ec|ca|cu)|junij(?:a|u)?|julij(?:a|u)?|avgust(?:a|u)?|septemb(?:ar|ra|ru)|oktob(?:ar|ra|ru)|novemb(?:ar|ra|ru)|decemb(?:ar|ra|ru)`;
/** Swedish, Danish, Norwegian, Dutch and Finnish. */
const NORTH = String.raw`januari|februari|mars|marts|maart|augusti|augustus|mei|tammikuu\p{L}*|helmikuu\p{L}*|maaliskuu\p{L}*|huhtikuu\p{L}*|toukokuu\p{L}*|kesäkuu\p{L}*|heinäkuu\p{L}*|elokuu\p{L}*|syyskuu\p{L}*|lokakuu\p{L}*|marraskuu\p{L}*|joulukuu\p{L}*`;

/** Indonesian and Malay, the names the others do not spell so ("29 Desember 2017", "17 Agustus"). */
const ID = String.raw`maret|agustus|desember|pebruari|nopember|ogos|disember`;

/**
 * Malayalam writes the month before the day ("സെപ്റ്റംബര്‍ 23 ന്", 23 September; "ഒക്‌ടോബര്‍ 2 ന്റെ")
 * and after it with a case ending ("31 ഒക്‌ടോബറിന്"): each name's stem, with its ending and the
 * joiners a source may write after a virama (joiners.ts; "ഒക്‌ടോബര്‍" and "ഒക്ടോബർ" are one word).
 * judge37: three of the Malayalam deck's seven figure cards were days of the month.
 */
const ML =
  String.raw`(?:ജനുവരി|ഫെബ്രുവരി|മാര്ച്ച്|മാർച്ച്|ഏപ്രി|മെയ്|മേയ്|ജൂണ്|ജൂൺ|ജൂലൈ|ആഗസ്റ്റ്|ഓഗസ്റ്റ്|സെപ്റ്റംബ|സെപ്തംബ|ഒക്ടോബ|നവംബ|ഡിസംബ)`
    // (a joiner may follow any virama: "ഒക്‌ടോബര്‍")
    .replace(/്/gu, '്[\u200C\u200D]?')
    .concat(String.raw`[\p{L}\p{M}‌‍]*`);
/** Bengali ("২৫ ডিসেম্বর", "ডিসেম্বর ২০১৮"); য় written as one letter or as য and its nukta. */
const BN = String.raw`জানুয়ারি|জানুয়ারি|ফেব্রুয়ারি|ফেব্রুয়ারি|মার্চ|এপ্রিল|মে|জুন|জুলাই|আগস্ট|সেপ্টেম্বর|অক্টোবর|নভেম্বর|ডিসেম্বর`;

/** All of them, one alternation for structure.ts's MONTHS. */
export const MORE_MONTHS = [UK, PL, CS, EL, HU, TR, BG, HR, NORTH, ID, ML, BN].join('|');
