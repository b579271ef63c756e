import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildDeck } from '.';
import { speakerLabel } from './mask';
import { isRoomLabel, parliamentName } from './turn-labels';
import { labelName } from './voices';

// judge18: parliament transcripts (an eduskunta question time, a Swedish riksdag debate) took their
// speaker from the file name ("Kyselytunti") and showed no one's turn. The records' own labels
// name who speaks: a member with her party, a minister by title, the chair by office.
describe('a parliament record’s turn labels (turn-labels.ts, judge18)', () => {
  it.each([
    // Eduskunta: PTK 72/2019 vp (28.11.2019), PTK 109/2013 vp (7.11.2013), PTK 199/2002 vp
    [
      'Anna-Kaisa Ikonen kok: Arvoisa puhemies! Esitän ensimmäiseksi osanottomme …',
      'Anna-Kaisa Ikonen',
      false,
    ],
    ['Annika Saarikko /kesk: Arvoisa puhemies! Tulevaisuudesta tähän päivään …', 'Annika Saarikko', false],
    [
      'Pääministeri Antti Rinne (vastauspuheenvuoro): Arvoisa puhemies! Kiitos kysymyksestä.',
      'Pääministeri Antti Rinne',
      false,
    ],
    [
      'Pääministeri Jyrki Katainen: Ei sote-uudistus kai kenellekään voi mikään arvovaltakysymys olla …',
      'Pääministeri Jyrki Katainen',
      false,
    ],
    [
      'Ensimmäinen varapuhemies Tuula Haatainen: Seuraava kysymys, kokoomuksen eduskuntaryhmä, edustaja Ikonen, olkaa hyvä.',
      'Ensimmäinen varapuhemies Tuula Haatainen',
      true,
    ],
    ['Puhemies: Kyselytunti on päättynyt.', 'Puhemies', true],
    // Riksdagen's protocol ("Anf. 12 …"), Folketinget's, Stortinget's
    ['Anf. 12 Statsminister ULF KRISTERSSON (M): Herr talman! …', 'Statsminister Ulf Kristersson', false],
    ['Anders Åkesson (C): Fru talman! Jag vill tacka ministern för svaret.', 'Anders Åkesson', false],
    ['Talmannen: Överläggningen var härmed avslutad.', 'Talmannen', true],
    ['Statsministeren (Mette Frederiksen): Tak for spørgsmålet.', 'Mette Frederiksen', false],
    ['Formanden (Søren Gade): Mødet er åbnet.', 'Formanden (Søren Gade)', true],
    ['Sylvi Listhaug (FrP) [10:05:33]: President! Jeg vil takke statsministeren.', 'Sylvi Listhaug', false],
    ['Presidenten: Neste taler er Sylvi Listhaug.', 'Presidenten', true],
  ])('%s → %s (the chair: %s)', (para, name, chair) => {
    const label = speakerLabel(para);
    expect(label).not.toBeNull();
    expect(labelName(label!)).toBe(name);
    expect(isRoomLabel(labelName(label!))).toBe(chair);
  });

  it.each([
    // a sentence of a speech that opens with a name and a comma or a colon is no turn
    'Pääministeri Rinne, sanoitte pääministerin kyselytunnilla 24.11., että pääministerillä ei ole roolia.',
    'Fru talman! Anders Åkesson har frågat mig när och på vilket sätt ministern avser att agera.', // sv-strandhall corpus
    'Kokoomus jätti äsken välikysymyksen hallituksen omistajaohjauspolitiikasta.',
  ])('%s opens no turn', (para) => expect(parliamentName(speakerLabel(para) ?? '')).toBeNull());

  const file = 'tests/fixtures/speeches/parliament/fi-kyselytunti-2019-11-28.txt';
  const deck = () => buildDeck(readFileSync(file, 'utf8'), { fileName: 'fi-kyselytunti-2019-11-28.txt' });

  it('a question time names its speakers from the record, never from the file name', () => {
    const d = deck();
    expect(d.meta.speaker).toBe('Anna-Kaisa Ikonen, Pääministeri Antti Rinne');
    expect(d.meta.title).toBe('Kyselytunti');
    for (const name of ['fi-kyselytunti.txt', 'kyselytunti-postin-tyokiista.txt']) {
      const other = buildDeck(readFileSync(file, 'utf8'), { fileName: name });
      expect(other.meta.speaker).toBe('Anna-Kaisa Ikonen, Pääministeri Antti Rinne');
    }
  });

  it('shows who speaks: the member’s question and the minister’s answer each signed, the chair’s call never on screen', () => {
    const d = deck();
    const screens = d.slides.map((s) => s.screenText).join('\n');
    expect(screens).toContain('— Anna-Kaisa Ikonen');
    expect(screens).toContain('— Pääministeri Antti Rinne');
    expect(screens).not.toMatch(/Seuraava kysymys|olkaa hyvä|varapuhemies|kok:/u);
    expect(d.slides.map((s) => s.title)).not.toContain('Seuraava kysymys');
    // the answer opens a slide of its own
    const answer = d.slides.find((s) => s.notes.startsWith('Pääministeri Antti Rinne (vastauspuheenvuoro):'));
    expect(answer?.screenText).toContain('— Pääministeri Antti Rinne');
    // the notes stay the record, labels and the chair's knock included
    const notes = d.slides.map((s) => s.notes).join('\n\n');
    expect(notes).toContain('Ensimmäinen varapuhemies Tuula Haatainen: Seuraava kysymys');
    expect(notes).toContain('[Puhemies koputtaa] Sotkeuduitteko Postin työkiistaan vai ette?');
  });
});
