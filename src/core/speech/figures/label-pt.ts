/**
 * Portuguese labels that keep what the figure is (issue 10). The noun-phrase rules in label.ts cut
 * the verb before a figure, so a change read as a level: "o pagamento das prestações tinha subido
 * 40,5 %" became "40,5 % — o pagamento das prestações", as if the payment were 40,5 %. English
 * says "rise in …" (qualify.ts), Russian "…: рост" (change-by.ts); a Portuguese change is labelled
 * by the verb's own noun and what changed: "subida do pagamento das prestações".
 *
 * - A figure right after a verb of change (subir, aumentar, crescer, cair, descer, diminuir,
 *   baixar, recuar, disparar…), its auxiliaries and hedges between ("tinha subido", "aumentou em
 *   cerca de"), is the change: its label is the change's noun and the verb's subject, or nothing
 *   when the subject is no noun phrase (a pronoun, a relative) or the change is denied or only
 *   possible ("não subiu", "poderá subir"): a change shown as a fact, or as a level, is unsaid.
 *   "caiu para 6 %" is where it ended, a level: labelled by its subject alone ("desemprego"),
 *   never "desemprego caiu", which reads as a fall of 6 %.
 * - Money said after a verb of forecast ("o Governo prevê mais de 5000 milhões de euros de receita
 *   fiscal adicional") is a forecast: "previsão de receita fiscal adicional", else "previsão do
 *   Governo", else nothing.
 * - Money's noun, or a count's, after "de" ("300 milhões de euros de investimento", "2 milhões de
 *   postos de trabalho") is the label without it: a label never opens on "de", which reads as
 *   the unit cut off; a scale's one noun joins its value ("2 milhões de desempregados").
 */

/** A verb of change, by stem, and the noun of that change. */
const CHANGES: Array<[RegExp, string]> = [
  [/^sub(?:iu|iram|ido|ir|ia|iam|irá|irão|e|em|indo)$/u, 'subida'],
  [/^aument(?:ou|aram|ado|ar|ava|avam|ará|arão|a|am|ando)$/u, 'aumento'],
  [/^cresc(?:eu|eram|ido|er|ia|iam|erá|erão|e|em|endo)$/u, 'crescimento'],
  [/^(?:caiu|caíram|caído|cair|caía|caíam|cairá|cairão|cai|caem|caindo)$/u, 'queda'],
  [/^desc(?:eu|eram|ido|er|ia|iam|erá|erão|e|em|endo)$/u, 'descida'],
  [/^diminu(?:iu|íram|ído|ir|ía|íam|irá|irão|i|em|indo)$/u, 'diminuição'],
  [/^baix(?:ou|aram|ado|ar|ava|avam|ará|arão|a|am|ando)$/u, 'descida'],
  [/^recu(?:ou|aram|ado|ar|ava|avam|ará|arão|a|am|ando)$/u, 'recuo'],
  [/^dispar(?:ou|aram|ado|ar|ava|avam|ará|arão|a|am|ando)$/u, 'subida'],
  [/^agrav(?:ou|aram|ado|ar|ava|avam|ará|arão|a|am|ando)(?:-se)?$/u, 'agravamento'],
  [
    /^(?:reduz|reduziu|reduziram|reduzido|reduzir|reduzia|reduziam|reduzirá|reduzirão|reduzem)(?:-se)?$/u,
    'redução',
  ],
];
/** Words of the verb group before the verb of change ("tinha", "já", "voltou a"). */
const AUX =
  /^(?:tinha|tinham|tenha|tenham|tivesse|tivessem|tem|têm|teve|tiveram|terá|terão|havia|haviam|há|foi|foram|era|eram|é|são|está|estão|estava|estavam|já|ainda|também|só|apenas|entretanto|voltou|voltaram|continua|continuam|continuou|a|se)$/u;
/** Words that deny the change or make it only possible: such a change is no card. */
const NOT_SAID =
  /^(?:não|nunca|nem|jamais|pode|podem|poderá|poderão|poderia|poderiam|deve|devem|deverá|deverão|deveria|deveriam|vai|vão|irá|irão|possa|possam|pudesse)$/u;
/** Hedges and "em" between the verb and its figure ("aumentou em cerca de"). */
const BETWEEN = /(?:\s+(?:em|de|cerca|perto|quase|mais|menos|aproximadamente|praticamente|já|mesmo))*\s*$/u;

/** Verbs of forecast, the money after them a forecast. */
const FORECAST =
  /^(?:prevê|preveem|prevêem|previa|previam|previu|previram|prevê-se|preveem-se|previsto|prevista|previstos|previstas|estima|estimam|estimou|estimaram|estima-se|estimado|estimada|estimados|estimadas|projeta|projetam|projetou|projetado|projetada)$/u;

const ARTICLE: Record<string, string> = { o: 'do', a: 'da', os: 'dos', as: 'das' };
/** Words that open the clause a subject stands at the start of. */
const SUBJECT_STOP = /^(?:que|quando|porque|pois|se|e|ou|mas|nem|como|onde)$/u;
/**
 * Words a subject may hold, which the walk back cannot see past: a preposition of place or time
 * ("as rendas das casas em Lisboa subiram" is no rise of Lisbon), a time. No subject then.
 */
const SUBJECT_UNSURE =
  /^(?:em|no|na|nos|nas|desde|até|após|durante|entre|para|por|pelo|pela|com|sem|sobre|ano|anos|mês|meses)$/u;
const PRONOUN =
  /^(?:eu|tu|ele|ela|nós|vós|eles|elas|você|vocês|isso|isto|aquilo|tudo|ninguém|alguém|que|qual|quem)$/u;
/** Words a subject may carry on through ("pagamento das prestações", "taxa de juro"). */
const OF = /^(?:de|do|da|dos|das)$/u;

const bare = (w: string) => w.toLowerCase().replace(/^[^\p{L}]+|[^\p{L}-]+$/gu, '');
const words = (t: string) => t.split(/\s+/u).filter(Boolean);

/**
 * The subject a verb group is said of, read back from its end ("Sabemos que o pagamento das
 * prestações" → "o pagamento das prestações"), or '' when it is no noun phrase: at most five
 * words besides a qualifying "em", not a pronoun, not a number.
 */
function subjectBefore(text: string, isWord: (w: string) => boolean): string {
  const ws = words(text);
  const out: string[] = [];
  for (let i = ws.length - 1; i >= 0; i--) {
    const w = bare(ws[i]!);
    if (!w || /\p{Nd}/u.test(ws[i]!) || /[,;:.!?]$/u.test(ws[i]!)) break;
    if (ARTICLE[w]) {
      out.unshift(w);
      break;
    }
    if (SUBJECT_STOP.test(w)) break;
    // "pagamentos em atraso", "trabalhadores em formação": "em" and a bare noun qualify the noun
    // before them (never a place, a time or a number: "em Lisboa", "em março", "em 2023")
    const qualifier = w === 'em' && out.length > 0 && /^\p{Ll}+$/u.test(out[0]!) && !MONTH.test(out[0]!);
    if (SUBJECT_UNSURE.test(w) && !qualifier) return '';
    out.unshift(ws[i]!.replace(/[^\p{L}\p{M}-]+$/u, ''));
  }
  // (five words, and "em" with its noun: "o stock de pagamentos em atraso")
  if (!out.length || out.filter((w) => bare(w) !== 'em').length > 5) return '';
  const content = out.filter((w) => !ARTICLE[bare(w)] && !OF.test(bare(w)) && bare(w) !== 'em');
  if (!content.length || PRONOUN.test(bare(content[0]!)) || !content.every(isWord)) return '';
  // (a subject never ends on "de": "a taxa de" is a phrase cut off)
  if (OF.test(bare(out[out.length - 1]!)) || (out.length === 1 && ARTICLE[bare(out[0]!)])) return '';
  return out.join(' ');
}

const MONTH =
  /^(?:janeiro|fevereiro|março|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro)$/u;
/** The longest label a card shows (label.ts). */
const LABEL_WORDS = 6;

/**
 * A change's label, "<noun> <of-phrase>" ("redução do stock de pagamentos em atraso"); when too long
 * for a card, the subject's own of-phrase stands for it ("o stock de pagamentos em atraso" →
 * "redução de pagamentos em atraso"), else ''.
 */
function changeOf(noun: string, subject: string): string {
  const full = `${noun} ${ofPhrase(subject)}`;
  if (words(full).length <= LABEL_WORDS) return full;
  const inner = /^(?:o|a|os|as)\s+\p{L}+\s+(?:de|do|da|dos|das)\s+(.+)$/u.exec(subject)?.[1];
  const short = inner ? `${noun} ${ofPhrase(inner)}` : '';
  return short && words(short).length <= LABEL_WORDS ? short : '';
}

/** "o pagamento" → "do pagamento", "Portugal" → "de Portugal". */
function ofPhrase(subject: string): string {
  const [first, ...rest] = words(subject);
  const art = ARTICLE[bare(first!)];
  return art ? [art, ...rest].join(' ') : `de ${subject}`;
}

/** The verb group before a figure, split off its verb: what comes before it, its words, the verb. */
function verbGroup(before: string): { head: string; group: string[]; verb: string } | null {
  const ws = words(before.replace(BETWEEN, ''));
  let i = ws.length - 1;
  const verb = bare(ws[i] ?? '');
  if (!verb) return null;
  i--;
  while (i >= 0 && (AUX.test(bare(ws[i]!)) || NOT_SAID.test(bare(ws[i]!)))) i--;
  return { head: ws.slice(0, i + 1).join(' '), group: ws.slice(i + 1, -1).map(bare), verb };
}

/**
 * The label of a Portuguese figure when its clause makes it a change, a forecast or money with
 * its noun after "de"; `label` (label.ts's) otherwise; '' when such a label is none (`isLabel`).
 * `before`: the clause up to the figure; `isWord`: whether a word may stand in a label.
 */
export function portugueseLabel(
  before: string,
  after: string,
  label: string,
  kind: string,
  isWord: (w: string) => boolean,
  isLabel: (l: string) => boolean,
): string {
  const out = withPredicate(labelOf(before, label, kind, isWord), after, kind, isLabel);
  return out === label || isLabel(out) ? out : '';
}

/** A finite verb: the few short ones, and the endings of the third person ("vivem", "emigraram"). */
const FINITE =
  /^(?:é|são|está|estão|foi|foram|era|eram|tem|têm|há|vai|vão|dá|dão|pode|podem|consegue|conseguem|\p{Ll}{3,}(?:am|em|ou|iu))$/u;
/** Nouns and adverbs with a verb's ending ("viagem", "homem", "também", "ninguém"). */
const NOT_FINITE =
  /(?:gem|gens|bém|guém|lém)$|^(?:homem|ordem|desordem|jovem|nuvem|quem|sem|bem|porém|armazém|refém|vintém)$/u;
const isFinite = (w: string) => FINITE.test(bare(w)) && !NOT_FINITE.test(bare(w));

/**
 * "Mais de 40 % das famílias portuguesas vivem com dificuldades": a share's label ("das famílias
 * portuguesas") ends before its verb, and takes what the clause says of it when short ("das
 * famílias portuguesas vivem com dificuldades", at most six words), never a verb cut from its
 * predicate ("das famílias portuguesas vivem"). A denied predicate too long to show ("não
 * conseguem pagar a renda ao fim do mês") makes the share's label false without it: none. A
 * count is of what its verb says ("Mais de 2 milhões de pessoas idosas vivem sozinhas" is no
 * count of the elderly): its noun and predicate when short, else no label.
 * `after`: the clause after the figure.
 */
function withPredicate(label: string, after: string, kind: string, isLabel: (l: string) => boolean): string {
  const ws = words(label);
  const verb = ws.findIndex((w, i) => i > 0 && isFinite(w));
  const base = verb > 0 ? ws.slice(0, verb).join(' ') : label;
  if (!base) return label;
  const at = after.indexOf(base);
  if (at < 0 || !/^\s*(?:de\s+)?$/u.test(after.slice(0, at))) return base;
  const rest = after
    .slice(at + base.length)
    .replace(/[\s.!?…]+$/u, '')
    .trim();
  const predicate = words(rest);
  const denied = /^(?:não|nunca|nem)$/u.test(bare(predicate[0] ?? ''));
  if (!predicate.length || !isFinite(predicate[denied ? 1 : 0] ?? '')) return base;
  const share = (kind === 'percentage' || kind === 'fraction') && /^(?:de|do|da|dos|das)\s/u.test(base);
  const counted = kind === 'count' || kind === 'scaled';
  const whole = `${base} ${rest}`;
  if ((share || counted) && words(whole).length <= 6 && isLabel(whole)) return whole;
  // ("Mais de 2 milhões de pessoas idosas vivem sozinhas…": a count is of what its verb says)
  return denied || counted ? '' : base;
}

function labelOf(before: string, label: string, kind: string, isWord: (w: string) => boolean): string {
  // "caiu para 6 %": where the change ended, a level, labelled by what it is the level of
  const to = /\s+para\s*$/u.exec(before);
  const g = verbGroup(to ? before.slice(0, to.index) : before);
  if (g) {
    const change = CHANGES.find(([re]) => re.test(g.verb));
    if (change && to) {
      if (g.group.some((w) => NOT_SAID.test(w))) return '';
      return subjectBefore(g.head, isWord).replace(/^(?:o|a|os|as)\s+/u, '');
    }
    if (change) {
      if (g.group.some((w) => NOT_SAID.test(w))) return '';
      // ("que faz com que tenha subido 40,5 % o pagamento das prestações": the subject said after, judge20)
      const subject = subjectBefore(g.head, isWord) || (/^(?:o|a|os|as)\s/u.test(label) ? label : '');
      return subject ? changeOf(change[1], subject) : '';
    }
    if (kind === 'currency' && FORECAST.test(g.verb)) {
      if (g.group.some((w) => NOT_SAID.test(w))) return '';
      // "… de receita fiscal adicional": what is forecast, said after the money
      if (/^(?:de|do|da|dos|das)\s/u.test(label)) return `previsão ${label}`;
      const subject = subjectBefore(g.head, isWord);
      return subject ? `previsão ${ofPhrase(subject)}` : '';
    }
  }
  // ("2 milhões — de postos de trabalho": the counted noun, said after its "de", is the label without it)
  if ((kind === 'currency' || kind === 'scaled' || kind === 'count') && /^de\s/u.test(label))
    return label.replace(/^de\s+/u, '');
  return label;
}

/** A scale a count ends on ("2 milhões", "300 mil milhões"). */
const SCALE_END = /(?:milhões|milhão|mil\s+milhões|biliões|bilhões|bilhão|milhares)$/u;
/** What ends a noun phrase after its noun: the clause's end, a preposition or conjunction, a relative. */
const NOUN_END =
  /^\s*(?:$|[,.;:!?)—–]|(?:em|no|na|nos|nas|e|ou|que|com|para|por|desde|até|este|esta|neste|nesta)\s)/u;

/**
 * "Há 2 milhões de desempregados em Portugal", "Mais de 2 milhões de portugueses vivem na
 * pobreza": a scale's counted noun is said after "de"; cut there, the card read "2 milhões — de
 * desempregados", the noun split from its number as a unit would be. The length of " de <noun>"
 * to take into the value when the noun ends its phrase (the clause ends, a preposition, "que", or
 * its verb follows), else 0. `value`: the count so far; `after`: the text after it.
 */
export function portugueseCounted(value: string, after: string, isFunction: (w: string) => boolean): number {
  if (!SCALE_END.test(value)) return 0;
  const m = /^\s+de\s+(\p{L}[\p{L}-]*)/u.exec(after);
  if (!m || isFunction(m[1]!) || isFinite(m[1]!)) return 0;
  const rest = after.slice(m[0].length);
  const next = /^\s+(\S+)/u.exec(rest)?.[1] ?? '';
  return NOUN_END.test(rest) || isFinite(next) ? m[0].length : 0;
}

/** Verbs that say what a sum reached ("atingiram um montante … — mais de 5000 milhões de euros"). */
const REACHED =
  /^(?:atingiu|atingiram|atinge|atingem|ascendeu|ascenderam|ascende|ascendem|totalizou|totalizaram|somou|somaram|alcançou|alcançaram|chegou|chegaram)$/u;

/**
 * Money or a share said after a dash or a colon, restating what its sentence's subject reached
 * ("os pagamentos em atraso, em 2011, atingiram um montante particularmente expressivo — mais de
 * 5000 milhões de euros"): labelled by that subject ("pagamentos em atraso"); '' otherwise.
 * `before`: the sentence up to the figure.
 */
export function portugueseApposition(before: string, isWord: (w: string) => boolean): string {
  const m = /^(.*\S)\s*[—–:]\s*(?:(?:mais|menos|cerca|perto|quase)\s+de\s+)?$/su.exec(before);
  if (!m) return '';
  // (a time said between commas, ", em 2011,", is no part of the subject; a year is the sum's, and
  // stays on its label: "pagamentos em atraso, 2011")
  const year = /,\s*em\s+((?:1[89]|20)\d\d),/u.exec(m[1]!)?.[1];
  const said = words(m[1]!.replace(/,\s*(?:em|no|na)\s+[^,]{1,20},/gu, ''));
  const verb = said.findIndex((w) => REACHED.test(bare(w)));
  if (verb <= 0) return '';
  const subject = subjectBefore(said.slice(0, verb).join(' '), isWord).replace(/^(?:o|a|os|as)\s+/u, '');
  return subject && year ? `${subject}, ${year}` : subject;
}

/**
 * Whether a figure restates the one before it ("2,9 mil milhões de euros, isto é, mais de 61%"; and
 * "that is", "es decir", "c'est-à-dire", "cioè", "das heißt", "eli", "то есть" …: own-label.ts lets
 * such a restatement share its label).
 */
export const restatesPrevious = (between: string): boolean =>
  /^\s*,?\s*(?:isto\s+é|ou\s+seja|quer\s+dizer|that\s+is|i\.\s?e\.|es\s+decir|o\s+sea|c['’]est-à-dire|soit|cioè|ossia|das\s+heißt|d\.\s?h\.|dat\s+wil\s+zeggen|dus|eli|toisin\s+sanoen|det\s+vil\s+sige|det\s+vill\s+säga|dvs\.?|то\s+есть|тобто|т\.\s?е\.)\s*,?\s*$/iu.test(
    between,
  );

/** The most words of a share's label said as its noun and what it is a share of. */
const SHARE_OF_WORDS = 7;

/**
 * "uma reserva correspondente a 50% do valor do aumento dos pagamentos em atraso": a share said
 * as what a noun amounts to is that noun's share of what follows it. Its label is the noun and
 * that whole, without the "valor"/"montante" that only says "amount" ("reserva do aumento dos
 * pagamentos em atraso"); '' when the clause says no such share or the label would be longer than
 * SHARE_OF_WORDS. `before`: the clause up to the figure, `after`: the clause after it.
 */
export function portugueseShareOf(before: string, after: string, isWord: (w: string) => boolean): string {
  const noun = /(?:^|\s)(?:um|uma|o|a)\s+(\p{L}{3,})\s+(?:correspondente|equivalente|igual)\s+a\s*$/u.exec(
    before,
  );
  if (!noun || !isWord(noun[1]!)) return '';
  const of = /^\s+(?:do|da)\s+(?:valor|montante|total)\s+((?:do|da|dos|das)\s+[^,;:.!?—–()]+)/u.exec(after);
  if (!of) return '';
  const ws = words(of[1]!);
  // ("… em atraso, nos serviços": the whole ends at its clause mark; no whole that ends on "de")
  while (ws.length && !isWord(bare(ws[ws.length - 1]!))) ws.pop();
  const label = [noun[1]!, ...ws].join(' ');
  return ws.length >= 2 && words(label).length <= SHARE_OF_WORDS && !/\p{Nd}/u.test(label) ? label : '';
}

/** Verbs that say what a company or body had or showed ("teve um lucro de", "apresentava um lucro de"). */
const HELD =
  /^(?:teve|tem|tinha|têm|tiveram|registou|registaram|registava|apresentou|apresentaram|apresentava|apresenta|obteve|obtiveram|alcançou|alcançaram)$/u;
/** A name that holds the figures: capitalised words, "de/do/da/dos/das" between them ("Caixa Geral de Depósitos"). */
const HOLDER = String.raw`((?:\p{Lu}[\p{L}\p{M}-]*)(?:\s+(?:(?:de|do|da|dos|das)\s+)?\p{Lu}[\p{L}\p{M}-]*){0,3})`;
/**
 * "E o Novo Banco teve um lucro — lucro — de ": the holder, its verb and the noun the figure is of
 * (the noun said twice, or once with its dash where the screen's mask took the repeat, mask.ts).
 */
const HOLDER_NOUN = new RegExp(
  String.raw`^[\s«"“]*(?:(?:[Ee]|[Mm]as)\s+)?[OoAa]s?\s+${HOLDER}(?<aside>(?:\s*\([^()]{1,40}\))?(?:(?:\s*,\s*[^,.;:!?()]{1,60}?)+\s*,)?)\s+(?:já\s+)?(?<verb>\p{Ll}+)\s+(?:um|uma)\s+(?<noun>\p{Ll}{3,})(?:\s*[—–]\s*\k<noun>)?(?:\s*[—–])?\s+de\s+$`,
  'u',
);
/** The time an aside between the holder and its verb says the figure is for ("até setembro do ano passado"). */
const ASIDE_TIME =
  /(?<![\p{L}])(até\s+(?:janeiro|fevereiro|março|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro))(?![\p{L}])/u;
/** The holder's clause: after the sentence's last colon or semicolon ("…no mesmo caminho: a Caixa…"). */
const holderClause = (before: string) =>
  before.slice(Math.max(before.lastIndexOf(':'), before.lastIndexOf(';')) + 1);
/** ", um aumento de ": a figure said in apposition to the one before, with its own noun. */
const APPOSED_NOUN = /^\s*,\s+(?:um|uma)\s+(\p{Ll}{3,})\s+de\s+$/u;
/**
 * What a holder's figure is said of right after it: the year ("em 2023"), the whole it is a
 * change of ("dos seus lucros") or what it is compared with ("face ao ano anterior").
 */
const HELD_TAIL =
  /^\s+(?:(em\s+(?:1[89]|20)\d\d)(?![\p{Nd}])|((?:do|da|dos|das)\s+(?:seus\s+|suas\s+)?\p{Ll}{3,})(?=[\s,.;:!?]|$)|(face\s+a(?:o|à|os|às)?\s+(?:\p{Ll}+\s+){0,1}\p{Ll}+)(?=\s*[,.;:!?]|$))/u;

/**
 * "O Novo Banco teve um lucro de 743 milhões de euros em 2023, um aumento de 83 % face ao ano
 * anterior": a name's figures, each said with the noun it is of ("lucro", "aumento"), are labelled
 * by the name, that noun and what the sentence says of it right after the figure (its year, its
 * whole, what it is compared with): "Novo Banco: lucro em 2023", "Novo Banco: aumento face ao ano
 * anterior". Each is the speech's words in their order; without the name, three banks' profits in a
 * row read as one bank's (judge20: the paragraph's ten amounts sat in a quote). '' when the
 * sentence does not say the figure so, or the label would pass `isLabel` only without its year.
 * `before`: the sentence up to the figure; `previous`: the sentence's figures before it, in order.
 */
export function holderLabel(
  before: string,
  after: string,
  previous: ReadonlyArray<{ start: number; end: number }>,
  isLabel: (l: string) => boolean,
): string {
  let holder: string;
  let noun: string;
  let aside: string;
  const first = HOLDER_NOUN.exec(holderClause(before));
  if (first && HELD.test(first.groups!.verb!)) {
    holder = first[1]!;
    noun = first.groups!.noun!;
    aside = first.groups!.aside ?? '';
  } else {
    // the figure said in apposition to the one before it ("…em 2023, um aumento de 83 %")
    const prev = previous.at(-1);
    if (!prev || previous.length > 1) return '';
    const gap = before.slice(prev.end);
    const tail = HELD_TAIL.exec(gap)?.[0] ?? '';
    const apposed = APPOSED_NOUN.exec(gap.slice(tail.length));
    const opened = HOLDER_NOUN.exec(holderClause(before.slice(0, previous[0]!.start)));
    if (!apposed || !opened || !HELD.test(opened.groups!.verb!)) return '';
    holder = opened[1]!;
    noun = apposed[1]!;
    aside = opened.groups!.aside ?? '';
  }
  // ("a Caixa Geral de Depósitos, nos últimos números conhecidos, que vão até setembro do ano
  // passado, já apresentava um lucro de 987 milhões de euros": the time the aside gives stays)
  const when = ASIDE_TIME.exec(aside)?.[1] ?? '';
  const tail = HELD_TAIL.exec(after);
  const said = tail ? (tail[2] ?? tail[3] ?? '') : '';
  const year = tail?.[1] ?? '';
  // (too long with what is said after it: the name and the noun, "Novo Banco: aumento")
  const fits = (l: string) => words(l).length <= LABEL_WORDS && isLabel(l.replace(':', ''));
  const base = [`${holder}: ${noun} ${said}`, `${holder}: ${noun}`].find((l) => fits(l.trim()))?.trim();
  if (!base) return '';
  const timed = [base, when, year].filter(Boolean).join(' ');
  // (a time the label cannot keep leaves no label: the figure would read as the year's whole)
  return when && words(timed).length > LABEL_WORDS + 1 ? '' : timed;
}
