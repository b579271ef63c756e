import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { buildDeck } from './index';
import { commaHead } from './last-line';

// Patxi López on the constitution of the XI Legislature, Congreso de los Diputados, 13 January 2016
// (es-lopez-constitucion-congreso-2016): two periods of 61 and 56 words, the slide "Lacra
// terrorista" showed its title alone
const LOPEZ =
  'Palabras para manifestar nuestra solidaridad con el pueblo turco, con el camerunés y con todos los países que hoy lloran a sus ciudadanos asesinados y heridos en estos brutales atentados, y nuestra determinación de unir nuestras voluntades con las de todos aquellos que defienden y defendemos la libertad y la democracia para combatir esta lacra terrorista.';

describe('the head of a long period before its first comma, the very last resort (last-line.ts)', () => {
  it.each([
    ['es', LOPEZ, 'Palabras para manifestar nuestra solidaridad con el pueblo turco'],
    // a salutation, an opening phrase or a subordinate clause before the comma says nothing alone
    [
      'es',
      'Señorías, quisiera que mis primeras palabras sean en nombre de esta Cámara, que aúna la voluntad del conjunto de la sociedad española.',
      null,
    ],
    [
      'pt',
      'Nos termos do artigo 119.º da Constituição, as decisões do Tribunal Constitucional são publicadas no Diário da República.',
      null,
    ],
    // (Blum, déclaration ministérielle, 6 June 1936: fr-blum-declaration-ministerielle-1936)
    [
      'fr',
      'Si les institutions démocratiques étaient attaquées, nous en assurerions le respect inviolable avec une vigueur proportionnée aux menaces ou aux résistances.',
      null,
    ],
  ])('%s: %s', (lang, sentence, want) => {
    expect(commaHead(sentence, lang)).toBe(want);
  });

  it('the Lopez deck has no slide with its title alone', () => {
    const name = 'es-lopez-constitucion-congreso-2016.txt';
    const text = readFileSync(`tests/fixtures/speeches/corpus/${name}`, 'utf8');
    const deck = buildDeck(text, { fileName: name });
    const slide = deck.slides.find((s) => s.title === 'Lacra terrorista');
    expect(slide?.screenText).toMatch(/Palabras para manifestar nuestra solidaridad con el pueblo turco/u);
    // (the closing slide, "Se levanta la sesión.", is its words alone by design)
    expect(deck.slides.slice(1).every((s) => s.layout === 'closing' || s.blocks.length > 0)).toBe(true);
  });
});
