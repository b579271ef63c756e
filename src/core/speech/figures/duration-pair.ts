/**
 * A length said in two units ("35 hodin a 10 minut", "2 hours and 15 minutes", "3 роки і 2
 * місяці") is one figure: the first number alone ("35 hodin") is a length nobody said, and the
 * second alone ("10 minut") counts nothing (judge14). The pair is joined into one `duration`.
 */
import type { Span } from '../segment';
import type { FigureKind } from './index';

/** A larger unit of time, any of the languages, as the end of the first figure. */
const BIG =
  /(?:years?|months?|weeks?|days?|hours?|minutes?|let|roky?|roků|měsíc\p{L}*|týdn\p{L}*|dn\p{L}*|hodin\p{L}*|minut\p{L}*|lat|lata|rok|miesi\p{L}*|tygodni\p{L}*|godzin\p{L}*|рок\p{L}*|років|місяц\p{L}*|тижн\p{L}*|дн\p{L}*|годин\p{L}*|хвилин\p{L}*|лет|год\p{L}*|час\p{L}*|минут\p{L}*|év\p{L}*|hónap\p{L}*|nap\p{L}*|ór[aá]\p{L}*|perc\p{L}*|χρ[οό]ν\p{L}*|μ[ηή]ν\p{L}*|ημ[εέ]ρ\p{L}*|ώρ\p{L}*|ωρ\p{L}*|λεπτ\p{L}*|Jahre?n?|Monate?n?|Tage?n?|Stunden|Minuten|años|meses|días|horas|minutos|ans|mois|jours|heures)$/iu;
/** "and", then the second number and its smaller unit. */
const AND_SMALL =
  /^\s+(?:and|a|i|és|και|κι|і|й|та|и|y|e|et|und)\s+(\p{Nd}+)\s+(?:months?|weeks?|days?|hours?|minutes?|seconds?|měsíc\p{L}*|týdn\p{L}*|dn\p{L}*|hodin\p{L}*|minut\p{L}*|sekund\p{L}*|miesi\p{L}*|tygodni\p{L}*|godzin\p{L}*|місяц\p{L}*|тижн\p{L}*|дн\p{L}*|годин\p{L}*|хвилин\p{L}*|секунд\p{L}*|месяц\p{L}*|час\p{L}*|минут\p{L}*|hónap\p{L}*|nap\p{L}*|ór[aá]\p{L}*|perc\p{L}*|másodperc\p{L}*|μ[ηή]ν\p{L}*|ημ[εέ]ρ\p{L}*|ώρ\p{L}*|ωρ\p{L}*|λεπτ\p{L}*|δευτερ[οό]λεπτ\p{L}*|Monate?n?|Tage?n?|Stunden|Minuten|Sekunden|meses|días|horas|minutos|segundos|mois|jours|heures|minutes|secondes)(?![\p{L}])/iu;

/**
 * Joins each figure that ends on a unit of time with the "and N <smaller unit>" said right after
 * it; the second figure, if any, is dropped. Changes `spans` in place.
 */
export function joinDurationPairs(
  sentence: string,
  spans: Array<Span & { kind: FigureKind; core: string }>,
): void {
  for (let i = 0; i < spans.length; i++) {
    const f = spans[i]!;
    if (!/\p{Nd}/u.test(f.core)) continue;
    // the unit is in the figure ("35 hodin") or said right after it ("11 godzin": no counted noun)
    const unit = /^\s+\p{L}+/u.exec(sentence.slice(f.end, f.end + 30))?.[0] ?? '';
    const unitEnd = BIG.test(sentence.slice(f.start, f.end))
      ? f.end
      : unit && BIG.test(unit.trim()) && /^\p{Nd}/u.test(sentence.slice(f.start, f.end).slice(-1))
        ? f.end + unit.length
        : -1;
    if (unitEnd < 0) continue;
    const m = AND_SMALL.exec(sentence.slice(unitEnd, unitEnd + 60));
    if (!m) continue;
    const end = unitEnd + m[0].length;
    // the figure the second number made ("10 minut", or "15" with words after it) goes
    const next = spans.findIndex((g, j) => j > i && g.start >= unitEnd && g.start < end);
    if (next >= 0) spans.splice(next, 1);
    f.end = end;
    f.kind = 'duration';
    f.core = sentence.slice(f.start, f.end);
  }
}
