import { describe, expect, it } from 'vitest';
import { framesOthersView, isDenied } from './negation';
import { deriveTitle } from './titles';

describe('a phrase the speech denies, ranks below its point or reports as another’s view', () => {
  it('is denied after a negation or a contrast, in each language', () => {
    // Booker T. Washington, Atlanta, 1895
    const booker =
      'Yet far above and beyond material benefits will be that higher good, that, let us pray God, will come.';
    expect(isDenied('material benefits', booker, 'en')).toBe(true);
    expect(isDenied('higher good', booker, 'en')).toBe(false);
    // Friedrich Ebert, Weimar, 1919: what is "over" is denied
    const ebert =
      'Mit den alten Königen und Fürsten von Gottes Gnaden ist es für immer vorbei. Das deutsche Volk ist frei.';
    expect(isDenied('Gottes Gnaden', ebert, 'de')).toBe(true);
    expect(isDenied('deutsche Volk', ebert, 'de')).toBe(false);
    expect(isDenied('third World War', 'They are not looking for a third World War.', 'en')).toBe(true);
    expect(isDenied('la guerre', 'Nous ne voulons pas la guerre. Nous voulons la paix.', 'fr')).toBe(true);
    expect(isDenied('la paix', 'Nous ne voulons pas la guerre. Nous voulons la paix.', 'fr')).toBe(false);
    expect(isDenied('la violencia', 'No aceptamos la violencia.', 'es')).toBe(true);
    expect(isDenied('войны', 'Мы не хотим войны.', 'ru')).toBe(true);
  });

  it('is denied in Chinese right after 不 or 没有, not further off (Lu Xun, 《无声的中国》, 1927; judge21)', () => {
    // the slides were titled "喜欢改革的中国" and "声音的民族": the opposite of what he said
    const reform =
      '这本也不过是一种文字革新，很平常的，但被不喜欢改革的中国人听见，就大不得了了，于是便放过了比较的平和的文学革命，而竭力来骂钱玄同。';
    expect(isDenied('喜欢改革的中国', reform, 'zh')).toBe(true);
    expect(isDenied('文学革命', reform, 'zh')).toBe(false);
    expect(isDenied('声音的民族', '我们试想现在没有声音的民族是那几种民族。', 'zh')).toBe(true);
    // 不 before a verb leaves its object the speaker's topic
    expect(isDenied('革命的实际情形', '倘不明白革命的实际情形，也就不能明白文学。', 'zh')).toBe(false);
  });

  it('is denied when the speaker reports it as others’ view', () => {
    const macron =
      'Even in our democracies, a lot of people just want to jeopardize or revert on this principle, challenge and contest elections and so on.';
    expect(isDenied('contest elections', macron, 'en')).toBe(true);
    // Barack Obama, Joint Session of the Congress, 24 February 2009 (judge24 A3): the slide's cards
    // were titled "Massive tax increase", the claim he answers on it
    const obama =
      "Now, let me be clear—let me be absolutely clear, because I know you'll end up hearing some of the same claims that rolling back these tax breaks means a massive tax increase on the American people: If your family earns less than $250,000 a year, a quarter million dollars a year, you will not see your taxes increased a single dime.";
    expect(isDenied('massive tax increase', obama, 'en')).toBe(true);
    expect(isDenied('American people', obama, 'en')).toBe(true);
    // his answer after the colon is his own
    expect(isDenied('your family', obama, 'en')).toBe(false);
    // Ronald Reagan, Address to the Nation on Federal Tax and Budget Reconciliation Legislation,
    // 16 August 1982 (corpus): the cards of the $99 billion were titled "Biggest tax increase"
    const reagan =
      "Now, let me take that $99 billion tax program apart, and you decide whether it's the biggest tax increase in history.";
    expect(isDenied('biggest tax increase', reagan, 'en')).toBe(true);
    expect(isDenied('tax program', reagan, 'en')).toBe(false);
  });

  it('is set aside by "except for", "apart from", "außer"', () => {
    // Jimmy Carter, Address to the Nation on the Anti-Inflation Program, 24 October 1978 (judge25
    // A1): the slide of the 7 percent wage cap was titled "Lowest paid workers", the one group it spares
    const carter =
      "Except for our lowest paid workers, I'm asking all employees in this country to limit total wage increases to a maximum of 7 percent per year.";
    expect(isDenied('lowest paid workers', carter, 'en')).toBe(true);
    expect(isDenied('total wage increases', carter, 'en')).toBe(false);
    expect(isDenied('Rentner', 'Außer den Rentnern zahlen alle Bürger den Beitrag.', 'de')).toBe(true);
  });

  it('is not denied by "not only", "nothing less than", or when it is also said plainly', () => {
    expect(isDenied('new phase', 'This is not only a war but a new phase.', 'en')).toBe(false);
    expect(isDenied('security threat', 'It is nothing less than a national security threat.', 'en')).toBe(
      false,
    );
    expect(isDenied('war', 'We do not want war. But war came.', 'en')).toBe(false);
    // a noun-phrase cue sets aside its noun phrase only
    expect(
      isDenied(
        'mutual respect',
        'We will move forward without preconditions on the basis of mutual respect.',
        'en',
      ),
    ).toBe(false);
  });
});

describe('slide titles never state the opposite of the slide', () => {
  it('does not title a slide with what the speech puts below its point', () => {
    // Booker T. Washington, Atlanta Exposition, 1895 (public domain): the closing sentence
    const s = [
      'In conclusion, may I repeat that nothing in thirty years has given us more hope and encouragement, and drawn us so near to you of the white race, as this opportunity offered by the Exposition.',
      'Only let this be constantly in mind, that, while from representations in these buildings of the product of field, of forest, of mine, of factory, letters, and art, much good will come, yet far above and beyond material benefits will be that higher good, that, let us pray God, will come, in a blotting out of sectional differences and racial animosities and suspicions, in a determination to administer absolute justice, in a willing obedience among all classes to the mandates of law.',
      'This, this, coupled with our material prosperity, will bring into our beloved South a new heaven and a new earth.',
    ];
    const title = deriveTitle(s, [], 'en');
    expect(title).not.toMatch(/material benefits/iu);
    expect(title).toBeTruthy();
  });

  it('does not title a German slide with the monarchy it abolishes', () => {
    const s = [
      'Deshalb begrüßt die Reichsregierung in dieser Nationalversammlung den höchsten und einzigen Souverän in Deutschland.',
      'Mit den alten Königen und Fürsten von Gottes Gnaden ist es für immer vorbei.',
      'Das deutsche Volk ist frei, bleibt frei und regiert in aller Zukunft sich selbst.',
    ];
    expect(deriveTitle(s, [], 'de')).not.toMatch(/Gottes Gnaden|Königen/u);
  });

  it('prefers a noun phrase with a head noun to a place or a people', () => {
    // Roosevelt to Congress, 8 December 1941 (public domain): the slide was titled "United States"
    const s = [
      'Yesterday, December 7, 1941—a date which will live in infamy—the United States of America was suddenly and deliberately attacked by naval and air forces of the Empire of Japan.',
      'The United States was at peace with that Nation and, at the solicitation of Japan, was still in conversation with its Government and its Emperor looking toward the maintenance of peace in the Pacific.',
    ];
    const title = deriveTitle(s, [], 'en');
    expect(title).not.toMatch(/^(?:the )?united states$/iu);
    expect(title.split(' ').length).toBeGreaterThanOrEqual(2);
  });
});

describe('a list whose lead-in refutes, denies or reports its items', () => {
  it('is framed as another’s view, not the speaker’s verdict', () => {
    // Lu Xun, 《未有天才之前》: the clamour "反证" two things; the items are not his claims
    expect(
      framesOthersView(
        '我看现在许多人对于文艺界的要求的呼声之中，要求天才的产生也可以算是很盛大的了，这显然可以反证两件事：',
      ),
    ).toBe(true);
    expect(framesOthersView('他们说：')).toBe(true);
    expect(framesOthersView('Critics say three things about this plan:')).toBe(true);
    expect(framesOthersView('Let me make three proposals:')).toBe(false);
    expect(framesOthersView('我提出三点建议：')).toBe(false);
  });
});
