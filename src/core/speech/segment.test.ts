import { describe, expect, it } from 'vitest';
import { sentenceSpans } from './segment';

const sentences = (text: string) => sentenceSpans(text).map((s) => text.slice(s.start, s.end).trim());

describe('sentences (segment.ts)', () => {
  it('keeps "Mr." inside an opening quote with its sentence (Carter, energy address, 8 November 1977; judge21)', () => {
    // the slide showed 'President," he said, "I don’t feel much…' with "Mr." and the quote mark lost
    const text =
      'A few weeks ago, in Detroit, an unemployed steelworker told me something that may reflect the feelings of many of you. "Mr. President," he said, "I don\'t feel much like talking about energy and foreign policy."';
    expect(sentences(text)).toEqual([
      'A few weeks ago, in Detroit, an unemployed steelworker told me something that may reflect the feelings of many of you.',
      '"Mr. President," he said, "I don\'t feel much like talking about energy and foreign policy."',
    ]);
    expect(sentences('“Dr. King dreamed of it.” We still do.')).toEqual([
      '“Dr. King dreamed of it.”',
      'We still do.',
    ]);
  });

  it('still ends a sentence at a quoted word that is no abbreviation', () => {
    expect(sentences('He said "yes." Then he left.')).toEqual(['He said "yes."', 'Then he left.']);
  });

  it('keeps Tamil initials and short titles inside their sentence (Mann Ki Baat, June 2017, Tamil; judge26)', () => {
    // ICU ended the sentence at "திரு." (Mr.), "டா." (Dr.), "ஐ." of "ஐ.நா" (U.N.) and "பி.டி." (P.T.):
    // the title slide read "பிரதமர் திரு", a slide was titled "நாவின் அனைத்து நாடுகளைச் …"
    const ta = (text: string) => sentenceSpans(text, 'ta').map((s) => text.slice(s.start, s.end));
    expect(ta('பிரதமர் திரு. நரேந்திர மோடி, மன் கீ பாத் என்ற பெயரில் உரையாற்றினார். இரண்டாவது வாக்கியம்.')).toEqual([
      'பிரதமர் திரு. நரேந்திர மோடி, மன் கீ பாத் என்ற பெயரில் உரையாற்றினார்.',
      'இரண்டாவது வாக்கியம்.',
    ]);
    expect(ta('நான் குஜராத்தின் அகமதாபாத்திலிருந்து டா. அநில் சோனாரா பேசுகிறேன். ஐயா, வணக்கம்.')).toEqual([
      'நான் குஜராத்தின் அகமதாபாத்திலிருந்து டா. அநில் சோனாரா பேசுகிறேன்.',
      'ஐயா, வணக்கம்.',
    ]);
    expect(ta('ஐக்கிய நாடுகள் சபையில் பணி புரிவோர், ஐ.நாவின் அனைத்து நாடுகளைச் சார்ந்தவர்கள். அது தான்.')).toEqual([
      'ஐக்கிய நாடுகள் சபையில் பணி புரிவோர், ஐ.நாவின் அனைத்து நாடுகளைச் சார்ந்தவர்கள்.',
      'அது தான்.',
    ]);
    expect(ta('தடகள வீராங்கனை பி.டி. உஷா அவர்களின் பள்ளியில் பயிற்சி. இது பொருள்.')).toEqual([
      'தடகள வீராங்கனை பி.டி. உஷா அவர்களின் பள்ளியில் பயிற்சி.',
      'இது பொருள்.',
    ]);
  });

  it('keeps a reference "skv. 5. gr." with its sentence and ends "kl. 24." after the hour (fjárlög 2021, Stortinget 2011; judge35)', () => {
    const is = (text: string) => sentenceSpans(text, 'is').map((s) => text.slice(s.start, s.end).trim());
    expect(
      is(
        'Breytingartillögur meiri hlutans eru bæði á tekju- og gjaldahlið frumvarpsins, auk hækkunar á lántökuheimild skv. 5. gr. Gerðar eru nokkrar breytingartillögur vegna tilfærslu verkefna á milli ráðuneyta.',
      ),
    ).toEqual([
      'Breytingartillögur meiri hlutans eru bæði á tekju- og gjaldahlið frumvarpsins, auk hækkunar á lántökuheimild skv. 5. gr.',
      'Gerðar eru nokkrar breytingartillögur vegna tilfærslu verkefna á milli ráðuneyta.',
    ]);
    const no = (text: string) => sentenceSpans(text, 'no').map((s) => text.slice(s.start, s.end).trim());
    expect(
      no(
        'Åtte møter er gått utover den reglementsmessige tid, kl. 22, mens kun fire møter har vart utover kl. 24. Regjeringen har fremmet 183 saker for Stortinget.',
      ),
    ).toEqual([
      'Åtte møter er gått utover den reglementsmessige tid, kl. 22, mens kun fire møter har vart utover kl. 24.',
      'Regjeringen har fremmet 183 saker for Stortinget.',
    ]);
  });
});
