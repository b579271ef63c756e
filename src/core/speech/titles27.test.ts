import { describe, expect, it } from 'vitest';
import { deriveTitle, isTitle } from './titles';
import { sentencesOf } from './segment';

const titleOf = (text: string, lang: string) => deriveTitle(sentencesOf(text, lang), [], lang);

/**
 * Titles cut to a fragment that says nothing (issue 10, titles27 C4): the emphasis of a phrase
 * without its claim, an exclamation cut out of its sentence, a count's superlative, a clause cut
 * across its auxiliary, a subject that only ranks what its predicate says.
 */
describe('fragments that say nothing', () => {
  it('a Spanish, Italian or Portuguese adjective of degree or praise put before its noun is no title', () => {
    // López, Congreso 2016: "…viejos problemas que resurgen con especial crueldad"
    expect(isTitle('Especial crueldad', 'es')).toBe(false);
    // Felipe VI 2014 (judge26): "…una profunda regeneración de nuestra vida colectiva"
    expect(isTitle('Profunda regeneración', 'es')).toBe(false);
    // Obama, Calderón toast 2010: "Es un extraordinario honor…", "…al digno pueblo que…"
    expect(isTitle('Extraordinario honor', 'es')).toBe(false);
    expect(isTitle('Digno pueblo', 'es')).toBe(false);
    // Napolitano, Senato 2018: "…a inequivocabile vantaggio dei movimenti…", "…le proprie responsabilità"
    expect(isTitle('Inequivocabile vantaggio', 'it')).toBe(false);
    expect(isTitle('Proprie responsabilità', 'it')).toBe(false);
    // the noun and its adjective after it, as these languages say them, still title a slide
    expect(isTitle('Desigualdad insoportable', 'es')).toBe(true);
    expect(isTitle('Violencia machista', 'es')).toBe(true);
    expect(isTitle('Democrazia rappresentativa', 'it')).toBe(true);
  });

  it('an exclamation cut out of its sentence is no title; one said as its own sentence is', () => {
    // Merkel, Zapfenstreich 2021 (judge26): "…gezeigt, von welch großer Bedeutung das Vertrauen … ist"
    const merkel = titleOf(
      'Die 16 Jahre als Bundeskanzlerin waren ereignisreiche und oft sehr herausfordernde Jahre. Sie haben mich politisch und menschlich gefordert; und zugleich haben sie mich immer auch erfüllt. Ganz besonders die vergangenen zwei Jahre der Pandemie haben wie in einem Brennglas gezeigt, von welch großer Bedeutung das Vertrauen in Politik, Wissenschaft und den gesellschaftlichen Diskurs ist, aber auch, wie fragil das sein kann.',
      'de',
    );
    expect(merkel).not.toMatch(/^welch/iu);
    // Obama, Pinckney eulogy 2015: the exclamation is a sentence of its own
    const obama = titleOf(
      'What a good man. Sometimes I think that’s the best thing to hope for when you’re eulogized -- after all the words and recitations and resumes are read, to just say someone was a good man.',
      'en',
    );
    expect(obama).toBe('What a good man');
  });

  it('the superlative of a count says how much, not what', () => {
    // Biden, UNGA 2021: "…the countries and people … that have the fewest resources to help them adapt."
    expect(isTitle('Fewest resources', 'en')).toBe(false);
  });

  it('an Italian subject with its auxiliary and participle is a clause', () => {
    // Napolitano 2018: "…le forze pronte a governare … sulla base del consenso degli elettori abbiano dichiarato…"
    expect(isTitle('Elettori abbiano dichiarato', 'it')).toBe(false);
  });

  it('a subject that only ranks what its predicate says names nothing', () => {
    // Biden, UNGA 2021: the claim is after the colon
    const t = titleOf(
      'And the best part is: Making these ambitious investments isn’t just good climate policy, it’s a chance for each of our countries to invest in ourselves and our own future.  It’s an enormous opportunity to create good-paying jobs for workers in each of our countries and to spur long-term economic growth that will improve the quality of life for all of our people. We also have to support the countries and people that will be hit hardest and that have the fewest resources to help them adapt.',
      'en',
    );
    expect(t).not.toBe('The best part');
    expect(t).not.toBe('Fewest resources');
    expect(t).toBe('Ambitious investments');
  });

  it('a Spanish paragraph is titled by what it is about, not by its emphasis', () => {
    const t = titleOf(
      'Pero también tenemos viejos problemas que resurgen con especial crueldad, como la desigualdad insoportable entre los que tienen mucho y los que no tienen nada o casi nada, y nos corresponde a todas y a todos los que estamos aquí poner en marcha las reformas políticas e institucionales necesarias para enfrentarnos a estos problemas y dar respuesta a lo que de verdad esperan de nosotros los ciudadanos y ciudadanas de este país.',
      'es',
    );
    expect(t).toBe('Desigualdad insoportable');
  });
});
