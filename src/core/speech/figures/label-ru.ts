/**
 * Russian labels before a figure. The noun-phrase rules in label.ts know English verbs; a Russian
 * clause before its figure ("Мы чествуем все 50 штатов", "В программе участвуют 45
 * муниципалитетов", "За год было создано более 3 тысяч мест") left a verb on the card ("чествуем
 * все", "программе участвуют"). The label is the clause's subject, the words before its first
 * finite verb, and only when that is a noun phrase: not a pronoun (that is who acts on the
 * figure, not what it counts) nor a prepositional phrase (where or when).
 */
import { RU_PREPOSITION } from '../lexicon';

/**
 * Finite verbs and short passive participles, by ending; endings that nouns share often
 * (-ал "капитал", -ена "замена", -им "режим") are left out on purpose, and -ила counts only
 * after a verb's prefix ("превысила", not "правила").
 */
export const RU_VERB =
  /^(?:был[оаи]?|будет|будут|стал[оаи]?|является|являются|есть|\p{Ll}{2,}(?:аем|яем|уем|еем|ете|ите|ешь|ишь|ется|ются|ится|ятся|ает|яет|ует|еет|ают|яют|уют|ят|ил|ел|ял|ыл|ала|яла|ыла|али|яли|или|ели|ыли|ось|ась|ись)|\p{Ll}{3,}(?:ано|ено|ято|ыто|аны|ены)|(?:пре|при|про|вы|по|у|с|за|на|от|об|раз|рас)\p{Ll}{2,}(?:ила|ило|или))$/u;
const RU_PRONOUN = /^(?:я|мы|вы|ты|он|она|оно|они|это|все|всё|каждый)$/u;
/**
 * Ukrainian prepositions the Russian list lacks ("Після обстрілу рятувальники працювали…": a
 * phrase that opens on one says when or where, and "обстрілу рятувальники" was carded for 11 hours).
 */
const UK_PREPOSITION =
  /^(?:після|під|від|з|із|зі|у|в|на|до|для|при|про|за|через|над|перед|між|серед|без|біля|внаслідок|протягом|впродовж|упродовж|згідно|завдяки|щодо)$/u;

const bare = (w: string) => w.toLowerCase().replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');

/**
 * The subject of a Russian phrase that runs up to a figure, or '' when it has none that may
 * label the figure. A phrase without a finite verb is returned as it is.
 */
export function russianSubject(phrase: string): string {
  const ws = phrase.split(/\s+/).filter(Boolean);
  const verb = ws.findIndex((w) => RU_VERB.test(bare(w)));
  const subject = verb < 0 ? ws : ws.slice(0, verb);
  const first = bare(subject[0] ?? '');
  if (!subject.length || RU_PREPOSITION.test(first) || UK_PREPOSITION.test(first) || RU_PRONOUN.test(first))
    return '';
  return subject.join(' ');
}
