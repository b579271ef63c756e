import { describe, expect, it } from 'vitest';
import { clauseAnaphora, colonNouns, colonSeries } from './clause-list';

describe('clauses in step (anaphora inside a sentence)', () => {
  it('finds a repetition said within one sentence, each item whole and as said', () => {
    expect(
      clauseAnaphora(
        'I will, in the name of humanity which is outraged, in the name of liberty which is fettered, in the name of the constitution and the bible, which are disregarded.',
        'en',
      ),
    ).toEqual([
      'In the name of humanity which is outraged',
      'In the name of liberty which is fettered',
      'In the name of the constitution and the bible',
    ]);
  });

  it('never runs an item over a sentence’s end (judge15, the Bulgarian closing address)', () => {
    const text =
      'Уважаеми колеги, българското общество има нужда от политически елит, в който да има доверие. Българското общество има нужда от сигурност, от спокойствие и стабилност. Българското общество заслужава да живее в по-добра България. Вярвам, че всеки един от нас ще се поучи от грешките си.';
    const items = clauseAnaphora(text, 'bg');
    expect(items?.at(-1)).toBe('Българското общество заслужава да живее в по-добра България');
    for (const item of items ?? []) expect(item).not.toMatch(/Вярвам/u);
  });

  it('reads short sentences the segmenter kept together after an ellipsis', () => {
    expect(
      clauseAnaphora(
        'шага для выживания человечества… Невзирая на трудности. Невзирая на препятствия. Невзирая на времена. Мы должны справиться.',
        'ru',
      ),
    ).toEqual(['Невзирая на трудности', 'Невзирая на препятствия', 'Невзирая на времена']);
  });

  it('keeps the answering clause with its repeat in a step of two (CJK)', () => {
    expect(
      clauseAnaphora(
        '他就要两元，对他说这行李小，他说要两元，对他说道路近，他说要两元，对他说不要搬了，他说也仍然要两元。',
        'zh',
      ),
    ).toEqual(['对他说这行李小，他说要两元', '对他说道路近，他说要两元', '对他说不要搬了，他说也仍然要两元']);
  });

  it('drops the joining word and capitalises each item', () => {
    expect(
      clauseAnaphora('We will build roads, we will build schools, and we will build hospitals.', 'en'),
    ).toEqual(['We will build roads', 'We will build schools', 'We will build hospitals']);
  });

  it('is no list for a mere repetition, two repeats, function words, or items too long for a screen', () => {
    expect(clauseAnaphora('Thank you, thank you, thank you.', 'en')).toBeNull();
    expect(clauseAnaphora('In the name of peace, in the name of justice, we act.', 'en')).toBeNull();
    expect(clauseAnaphora('It is on us, it is on them, it is on everyone.', 'en')).toBeNull();
    const long =
      'we will build roads that reach every village of the valley and every farm beyond the river before the winter comes';
    expect(clauseAnaphora(`${long}, ${long} again, ${long} once more.`, 'en')).toBeNull();
  });
});

describe('the first repeat said inside a longer clause', () => {
  it('starts the first item where the opening is said (Clinton, Brandenburg Gate, 1994)', () => {
    const said =
      'It is to all of you in pursuit of that new future that I say in the name of the pilots whose airlift kept Berlin alive, in the name of the sentries at Checkpoint Charlie who stood face-to-face with enemy tanks, in the name of every American President who has come to Berlin, in all of their names I say, America is on your side.';
    expect(clauseAnaphora(said, 'en')).toEqual([
      'In the name of the pilots whose airlift kept Berlin alive',
      'In the name of the sentries at Checkpoint Charlie who stood face-to-face with enemy tanks',
      'In the name of every American President who has come to Berlin',
    ]);
  });

  it('starts it after an adverb in CJK (Lu Xun, 1923: 此后或者去读书)', () => {
    const said =
      '使他们都得到相等的经济权，此后或者去读书，或者去生发，或者为自己去享用，或者去花完，都请便。';
    expect(clauseAnaphora(said, 'zh')).toEqual([
      '或者去读书',
      '或者去生发',
      '或者为自己去享用',
      '或者去花完',
    ]);
  });

  it('never starts it on the object of a preposition (Wen Yiduo, 1946: 光明就在我们眼前)', () => {
    // was "我们眼前，而现在正是黎明之前那个最黑暗的时候": a clause cut after "在"
    const said =
      '我们看，光明就在我们眼前，而现在正是黎明之前那个最黑暗的时候。我们有力量打破这个黑暗，争到光明！我们的光明，就是反动派的末日！';
    for (const item of clauseAnaphora(said, 'zh') ?? []) expect(item).not.toMatch(/^我们眼前/u);
  });
});

describe('clauses in step on a slide', () => {
  it('are no list where an item holds a number the editor corrected', async () => {
    const { keyBlock } = await import('./body');
    const said = 'We will wait 30 [300] days, we will wait for the Congress, we will wait for the courts.';
    const block = keyBlock([said], 'Patience', [], 'en');
    expect(block?.type).not.toBe('list');
    const clean = keyBlock([said.replace(' [300]', '')], 'Patience', [], 'en');
    expect(clean?.type).toBe('list');
  });
});

describe('a series said after a colon', () => {
  it('is one list of its semicolon-parted items (Ford, State of the Union, 1975)', () => {
    const said =
      'America needs a new direction—a change of course which will: put the unemployed back to work; increase real income and production; restrain the growth of federal government spending; achieve energy independence; and advance the cause of world understanding. We have the ability.';
    expect(colonSeries(said)).toEqual([
      'Put the unemployed back to work',
      'Increase real income and production',
      'Restrain the growth of federal government spending',
      'Achieve energy independence',
      'Advance the cause of world understanding',
    ]);
  });

  it('is no list for two parts, long parts, or a count the items do not match', () => {
    expect(colonSeries('We need this: air; sea.')).toBeNull();
    expect(colonSeries('We need four key areas: air defense; artillery; armored vehicles.')).toBeNull();
    expect(
      colonSeries(
        'I propose: legislation to make thermal efficiency standards mandatory for all new buildings in the United States of America; a tax credit; a program.',
      ),
    ).toBeNull();
  });
});

describe('a clause item never ends on its conjunction (judge16)', () => {
  it('pt "uma agressão injustificada e, portanto,…"', () => {
    expect(
      clauseAnaphora(
        'Trata-se de uma agressão militar da Rússia contra a Ucrânia, uma agressão não provocada, uma agressão injustificada e, portanto, à luz do direito, trata-se de uma guerra.',
        'pt',
      ),
    ).toEqual([
      'Uma agressão militar da Rússia contra a Ucrânia',
      'Uma agressão não provocada',
      'Uma agressão injustificada',
    ]);
  });
});

describe('nouns named after a colon, past the stress before the last (judge16)', () => {
  it('da "saglighed, grundighed, beskedenhed, eftertænksomhed og ikke mindst flid"', () => {
    expect(
      colonNouns(
        'Og måske rummer den bemærkning nøglen til forståelse af de dyder, som Svend Jakobsen byggede sit politiske virke på: saglighed, grundighed, beskedenhed, eftertænksomhed og ikke mindst flid.',
        'da',
      ),
    ).toEqual(['Saglighed', 'Grundighed', 'Beskedenhed', 'Eftertænksomhed', 'Flid']);
  });
});
