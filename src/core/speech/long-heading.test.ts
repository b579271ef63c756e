import { describe, expect, it } from 'vitest';
import { buildDeck } from '.';
import { shortHeading } from './long-heading';

describe('a title line too long for a title slide', () => {
  it.each([
    // a motion: what it is about, after "betreffend" / "zur"
    [
      'Beratung des Antrags der Fraktion der SPD betreffend Stärkung der kommunalen Finanzen und der Handlungsfähigkeit der Städte in Hessen',
      'Stärkung der kommunalen Finanzen und der Handlungsfähigkeit',
    ],
    [
      'Erste Beratung des von der Bundesregierung eingebrachten Entwurfs eines Gesetzes zur Änderung des Bundeswahlgesetzes',
      'Änderung des Bundeswahlgesetzes',
    ],
    // a press release's headline: the remarks and their topic, not the venue nor the "Says …" clause
    [
      'President Smith Delivers Remarks on the Economy at the Chamber of Commerce, Says Jobs Are Back',
      'Remarks on the Economy',
    ],
    // "calls on" is a verb's particle, no topic: the headline's head phrase
    [
      'Secretary Jones Announces New Funding for Rural Hospitals in Five States and Calls on Congress to Act',
      'Secretary Jones Announces New Funding for Rural Hospitals',
    ],
    // no topic said: the head phrase, up to where a new phrase begins; no delivery note
    [
      'Remarks as Prepared for Delivery by First Lady Jill Biden to the United Nations LGBTI Core Group',
      'Remarks by First Lady Jill Biden',
    ],
    [
      'Intervención del presidente del Gobierno en el debate general del 73º periodo de sesiones de la Asamblea General de Naciones Unidas',
      'Intervención del presidente del Gobierno',
    ],
    // an Arabic page headline: remarks by someone at an occasion; the occasion is the subject,
    // unless the headline says what the remarks are about ("بشأن")
    // (US Embassy Cairo, 2019, a US Government work)
    [
      'كلمة القائم بأعمال السفارة الأمريكية تواماس جولدبرجر في حفل استقبال 4 يوليو 2019',
      'حفل استقبال 4 يوليو 2019',
    ],
    [
      'كلمة وزير الخارجية أمام مجلس الأمن الدولي بشأن الوضع الإنساني في غزة وجهود وقف إطلاق النار',
      'الوضع الإنساني في غزة وجهود وقف إطلاق النار',
    ],
  ])('%s → %s', (line, short) => {
    const got = shortHeading(line);
    expect(got).toBe(short);
    expect(got!.split(' ').length).toBeLessThanOrEqual(8);
  });

  it.each([
    'What to the Slave Is the Fourth of July?',
    "WHO Director-General's opening remarks at the WHA76 Strategic Roundtable – 23 May 2023",
    'Why should a city of ten million people with two rivers and a port still import most of its food?',
  ])('leaves a line of 12 words or fewer, or a question, whole: %s', (line) => {
    expect(shortHeading(line)).toBeNull();
  });

  it('keeps the whole line as the subtitle; a subtitle it had becomes the occasion', () => {
    const line =
      'President Smith Delivers Remarks on the Economy at the Chamber of Commerce, Says Jobs Are Back';
    const deck = buildDeck(`${line}\n\nThank you all for coming. Jobs are back and wages are rising.`, {
      fileName: 'remarks.txt',
    });
    expect(deck.meta.title).toBe('Remarks on the Economy');
    expect(deck.meta.subtitle).toBe(line);
    expect(deck.slides[0]!.screenText).toContain(line);
    const biden = buildDeck(
      'Remarks as Prepared for Delivery by First Lady Jill Biden to the United Nations LGBTI Core Group\n\nNew York City, New York\n\nYour Excellencies and distinguished guests, thank you. We meet to defend the dignity of every person.',
      { fileName: 'en-jill-biden-un-lgbti.txt' },
    );
    // (an archive's catalogue heading: its kind and occasion, the speaker and office apart, judge28)
    expect(biden.meta.title).toBe('Remarks to the United Nations LGBTI Core Group');
    expect(biden.meta.speaker).toBe('Jill Biden');
    expect(biden.meta.role).toBe('First Lady');
    expect(biden.slides[0]!.screenText).toContain('New York City, New York');
    expect(biden.slides[0]!.screenText).toContain('United Nations LGBTI Core Group');
  });

  // render19: "Remarks by First Lady Jill Biden" over "Remarks as Prepared for Delivery by First Lady
  // Jill Biden to the United Nations LGBTI Core Group" said the title twice on the title slide
  it.each([
    [
      'Intervención del presidente del Gobierno en el debate general del 73º periodo de sesiones de la Asamblea General de Naciones Unidas',
      'Intervención del presidente del Gobierno',
      'En el debate general del 73º periodo de sesiones de la Asamblea General de Naciones Unidas',
    ],
    // the occasion is the title: the subtitle says who spoke, without the "في" ("at") that joined them
    // (US Embassy Cairo, 2019, a US Government work; the corpus's ar-goldberger)
    [
      'كلمة القائم بأعمال السفارة الأمريكية تواماس جولدبرجر في حفل استقبال 4 يوليو 2019',
      'حفل استقبال 4 يوليو 2019',
      'كلمة القائم بأعمال السفارة الأمريكية تواماس جولدبرجر',
    ],
    // a topic from the middle of the line: the subtitle is the whole line
    [
      'President Smith Delivers Remarks on the Economy at the Chamber of Commerce, Says Jobs Are Back',
      'Remarks on the Economy',
      'President Smith Delivers Remarks on the Economy at the Chamber of Commerce, Says Jobs Are Back',
    ],
  ])('the subtitle of %s says what the title does not', (line, title, subtitle) => {
    const deck = buildDeck(`${line}\n\nThank you all. We meet to defend the dignity of every person.`, {
      fileName: 'remarks.txt',
    });
    expect(deck.meta.title).toBe(title);
    expect(deck.meta.subtitle).toBe(subtitle);
  });

  it('shortens a Markdown deck’s first heading too, never its front matter’s title', () => {
    const heading =
      'Beratung des Antrags der Fraktion der SPD betreffend Stärkung der kommunalen Finanzen und der Handlungsfähigkeit der Städte in Hessen';
    const md = buildDeck(`# ${heading}\n\nDie Kommunen tragen die Last der Krise.`, { fileName: 'rede.md' });
    expect(md.meta.title).toBe('Stärkung der kommunalen Finanzen und der Handlungsfähigkeit');
    expect(md.meta.subtitle).toBe(heading);
    const fm = buildDeck(`---\ntitle: ${heading}\n---\n\nDie Kommunen tragen die Last der Krise.`, {
      fileName: 'rede.md',
    });
    expect(fm.meta.title).toBe(heading);
  });
});

describe('a title taken from the head of a caption before its comma (judge26)', () => {
  it('shows the rest of the caption under it, never the title again', () => {
    // Modi, Mann Ki Baat, 25 June 2017, the PIB's Tamil translation (judge26): the subtitle was the
    // whole caption, the name in it a second time
    const caption =
      'பிரதமர் திரு. நரேந்திர மோடி, மன் கீ பாத் என்ற பெயரில் (மனதின் குரல்) இன்று காலை (25.06.2017) அகில இந்திய வானொலியில் ஆற்றிய உரையின் தமிழாக்கம்';
    const text = `${caption}\n\nஎனதருமை நாட்டு மக்களே, வணக்கம். பருவநிலை மாறி வருகிறது. இந்த முறை வெப்பம் அதிகமாகவே இருந்தது.`;
    const title = buildDeck(text, { fileName: 'ta-modi-mann-ki-baat-2017-06.txt' }).slides[0]!;
    expect(title.title).toBe('பிரதமர் திரு. நரேந்திர மோடி');
    expect(title.screenText.split('\n')[1]).toBe(
      'மன் கீ பாத் என்ற பெயரில் (மனதின் குரல்) இன்று காலை (25.06.2017) அகில இந்திய வானொலியில் ஆற்றிய உரையின் தமிழாக்கம்',
    );
  });
});
