import { describe, expect, it } from 'vitest';
import { titleWordsProblem, withoutTimeAdverb } from './title-words';
import { deriveTitle, isTitle } from './titles';
import { buildDeck } from '.';
import { fragmentProblem } from './fragment';

describe('words no title is made of', () => {
  it('refuses unit words alone, a speech act, a clause adverb', () => {
    expect(titleWordsProblem('Миллиардов рублей', 'ru')).toBe('unit words alone');
    expect(titleWordsProblem('Million dollars', 'en')).toBe('unit words alone');
    expect(titleWordsProblem('Вот что хочу сказать', 'ru')).toBe('a speech act about the talk');
    expect(titleWordsProblem("Here's what I want to say", 'en')).toBe('a speech act about the talk');
    expect(titleWordsProblem('American tonight', 'en')).toBe('ends on an adverb of time or place');
    expect(isTitle('Вот что хочу сказать', 'ru')).toBe(false);
  });
  it('refuses a clause opened by a subordinating conjunction (judge10 de: "Dass so viele …")', () => {
    expect(titleWordsProblem('Dass so viele Journalistinnen und Journalisten in Haft', 'de')).toBe(
      'opens a subordinate clause',
    );
    expect(titleWordsProblem('Porque a banca lucra', 'pt')).toBe('opens a subordinate clause');
    expect(titleWordsProblem('Perché il Parlamento decide', 'it')).toBe('opens a subordinate clause');
    expect(titleWordsProblem('Inhaftierte Journalistinnen', 'de')).toBeNull();
  });
  it('refuses a Russian phrase in an oblique case, and a subject with its predicate', () => {
    expect(titleWordsProblem('Устойчивого роста рождаемости', 'ru')).toBe('opens in an oblique case');
    expect(titleWordsProblem('Вызов связан', 'ru')).toBe('a clause (subject and verb)');
    expect(titleWordsProblem('Программа началась', 'ru')).toBe('a clause (subject and verb)');
    expect(titleWordsProblem('Строящееся жильё становилось', 'ru')).toBe('a clause (subject and verb)');
    expect(titleWordsProblem('Действие такой нормы', 'ru')).toBe('points back to what was named before');
  });
  it('keeps nominative noun phrases, and nouns that end like participles', () => {
    for (const t of [
      'Уровень бедности',
      'Лидеры стран',
      'Права граждан',
      'Многие другие государства',
      'Много детей',
      'Что это значит?',
      'Race relations',
      'Ряд мер принят относительно недавно',
    ])
      expect(titleWordsProblem(t, /\p{Script=Cyrillic}/u.test(t) ? 'ru' : 'en')).toBeNull();
  });
  it('takes a phrase without the adverb its clause ends on', () => {
    expect(withoutTimeAdverb('race relations overnight')).toBe('race relations');
    expect(withoutTimeAdverb('American tonight')).toBe('American tonight');
  });
  it('finds a Russian case cut from "в том числе", and the rest of a relative clause', () => {
    const ru = 'Доходы, с которыми сталкиваются в том числе многодетные семьи.';
    expect(fragmentProblem('Числе многодетные семьи', ru, 'ru')).toBe('a case cut from its preposition');
    const usa = 'Мы чествуем все 50 штатов США, простирающиеся от Атлантического до Тихого океана.';
    expect(fragmentProblem('Штатов США', usa, 'ru')).toBe('a case after a number');
    const fr = "Il a proclamé la volonté de paix qui l'anime tout entier.";
    expect(fragmentProblem("L'anime tout entier", fr, 'fr')).toBe('the rest of a relative clause');
  });
  it('finds a unit cut from its number: "Percent tariff" of "a 100 percent tariff"', () => {
    // President Biden's remarks on tariffs, 14 May 2024
    const tariffs = 'Next, a 100 percent tariff on electric vehicles made in China.';
    expect(fragmentProblem('Percent tariff', tariffs, 'en')).toBe('a unit cut from its number');
    expect(fragmentProblem('Billion investment', 'A $7 billion investment in chips.', 'en')).toBe(
      'a unit cut from its number',
    );
    // the same words said on their own stand
    const alone = 'Percent tariff rules are complex. A 25 percent tariff applies.';
    expect(fragmentProblem('Percent tariff', alone, 'en')).toBeNull();
    expect(fragmentProblem('Electric vehicles', tariffs, 'en')).toBeNull();
  });
});

describe('an Arabic title never opens on a word that leans on what came before (judge11)', () => {
  it.each([
    ['والسيدة نائبة الرئيس', 'leans on what came before'],
    ['وهذا ما نقوم به', 'leans on what came before'],
    ['التي تخرج من كل أزمة', 'leans on what came before'],
    ['وصول قوات الحلفاء', null],
    ['وزير الخارجية', null],
    ['والد الشهيد', null],
    ['قصة التقدم والصمود والمرونة', null],
  ])('%s → %s', (title, problem) => {
    expect(titleWordsProblem(title, 'ar')).toBe(problem);
    expect(isTitle(title, 'ar')).toBe(problem === null);
  });
});

describe('a numbered section’s title is its point, not the opening words of its sentence (issue 10)', () => {
  it.each([
    ['Построено свыше', 'ru'],
    ['Отремонтировано около', 'ru'],
    ['Опыт нужно', 'ru'],
    ['Решения должны', 'ru'],
  ])('%s is no title', (t, lang) => expect(isTitle(t, lang)).toBe(false));
  it('titles a report opened by its predicate by its first clause, with what it counts', () => {
    const s = 'Построено свыше 120 километров дорог, отремонтировано 45 школ и 30 детских садов.';
    expect(titleWordsProblem('Построено свыше 120 километров дорог', 'ru')).toBeNull();
    expect(deriveTitle([s], [], 'ru')).toBe('Построено свыше 120 километров дорог');
  });
});

describe('an Italian title never ends on a function word (issue 10)', () => {
  it.each([
    'La riforma dello',
    'Il futuro degli',
    'Le scelte sulla',
    'I diritti e i doveri dei',
    'La scuola ed',
    'Il lavoro però',
    'Le imprese dai',
    'Una politica per tutti questi',
    'Il governo ci',
  ])('%s is no title', (t) => expect(isTitle(t, 'it')).toBe(false));
  it.each(['La riforma della scuola', 'Il futuro degli italiani', 'Lavoro e dignità'])('%s is one', (t) =>
    expect(isTitle(t, 'it')).toBe(true),
  );
});

describe('a Romance title is never a subject and its verb, nor a modal without its verb (issue 10)', () => {
  it.each([
    ['Governo sostiene', 'Il Governo sostiene il lavoro dei giovani. Il Governo sostiene le imprese.', 'it'],
    ['Orçamento esquece', 'Mas este orçamento esquece as pequenas empresas.', 'pt'],
    ['Gobierno propone', 'El Gobierno propone una reforma. El Gobierno propone un plan.', 'es'],
  ])('%s is a verb left without its object', (t, text, lang) =>
    expect(fragmentProblem(t, text, lang)).toBe('a verb left without its object'),
  );
  it('keeps a name before a clitic pronoun ("il Governo le sostiene")', () => {
    expect(fragmentProblem('Il Governo', 'Il Governo le sostiene da anni.', 'it')).toBeNull();
  });
  it.each([
    ['Il Paese deve', 'it'],
    ['O Governo não pode', 'pt'],
    ['El Gobierno debe', 'es'],
  ])('%s ends on a modal', (t, lang) => expect(isTitle(t, lang)).toBe(false));
  it('titles an Italian speech with no title line by its topic, never by its salutation', () => {
    const speech =
      'Signor Presidente, onorevoli colleghi, il Governo sostiene le imprese che investono nel Mezzogiorno. Il Governo sostiene il lavoro dei giovani e delle donne. La riforma della scuola è la nostra priorità.\n\nIl Paese deve investire nella ricerca. Le università italiane meritano risorse stabili, e i ricercatori meritano un futuro in Italia.';
    const deck = buildDeck(speech, { fileName: 'it-camera-2021-03-02.txt' });
    expect(deck.meta.title).not.toMatch(/Signor|Presidente|Governo sostiene/u);
    for (const s of deck.slides) expect(s.title).not.toBe('Governo sostiene');
  });
});

describe('a Russian title never opens on a past reflexive verb (issue 10)', () => {
  it.each(['Добились заметных результатов', 'Сложилась непростая ситуация'])('%s is no title', (t) =>
    expect(titleWordsProblem(t, 'ru')).toBe('opens on a verb'),
  );
  it('keeps a noun phrase', () => expect(titleWordsProblem('Заметные результаты', 'ru')).toBeNull());
});

// Harris at the Coast Guard Academy, 2022 (judge14): "Immense sense" titled a slide
describe('a noun that measures or sorts keeps its of-phrase', () => {
  it.each([
    ['immense sense', 'I know you are feeling an immense sense of pride in these Cadets today.'],
    ['vast majority', 'The vast majority of gun owners support these measures.'],
  ])('"%s" is cut from what it is of', (phrase, said) => {
    expect(fragmentProblem(phrase, said, 'en')).toBe('a noun cut from its of-phrase');
  });
  it('a sense said on its own stands', () => {
    expect(fragmentProblem('common sense', 'This is common sense.', 'en')).toBeNull();
  });
});
