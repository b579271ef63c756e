import { describe, expect, it } from 'vitest';
import { isProcedural, isThrowaway } from './quotable';
import { deriveTitle } from './titles';

// judge18: a Portuguese deck quoted "Peço aos Srs. Deputados que tomem os seus lugares", and a bill's
// full title read out was a title candidate. The chair's procedure and a bill's formal name are
// never a quote nor a title, in any language. Every line below is from a parliament's own record.
describe('the chair’s procedure and a bill’s formal title are no quote (quotable.ts, judge18)', () => {
  it.each([
    // Assembleia da República, DAR I série n.º 29, 2009-02-20; n.º 36, 2024-01-05; n.º 84, 1990-06-07 (debates.parlamento.pt)
    'Peço então, Sr.as e Srs. Deputados, que ocupem os vossos lugares para que a Mesa possa proceder à verificação do quórum.',
    'Peço aos Srs. Deputados que tomem os seus lugares.',
    'Sr.as e Srs. Deputados, vamos passar ao período regimental de votações.',
    'Portanto, vou suspender a reunião plenária até às 12 horas.',
    'Vamos proceder à reapreciação do Decreto da Assembleia da República n.º 107/XV — Alteração ao Estatuto da Ordem dos Advogados.',
    'Peço que seja aberto o sistema de votação eletrónica, renovado.',
    'Submetido à votação, foi aprovado por unanimidade.',
    'O Sr. Presidente: - Tem a palavra a Sr.ª Deputada Margarida Salema.',
    // Congreso de los Diputados, sesión constitutiva de la XIII Legislatura, 2019-05-21
    'Señorías, se abre la sesión.',
    'La señora secretaria primera de la Mesa de Edad tiene la palabra.',
    'Artículo 5 del Real Decreto 129/2019, de 4 de marzo, de disolución del Congreso de los Diputados y del Senado.',
    // Senato della Repubblica, seduta n. 826, 2005-06-23; seduta antimeridiana, XIV legislatura
    'La seduta è aperta (ore 9,31).',
    'L’ordine del giorno reca la discussione del disegno di legge n. 3400-B, già approvato dal Senato e modificato dalla Camera dei deputati.',
    'Domando di parlare.',
    // Assemblée nationale, 2020 (nosdeputes.fr, séance 5009)
    'La séance est ouverte.',
    'La parole est à M. Laurent Saint-Martin, rapporteur général de la commission des finances, pour donner l’avis de la commission.',
    'L’ordre du jour appelle la suite de la discussion de la seconde partie du projet de loi de finances rectificative pour 2020.',
    'L’amendement no 875 n’est pas adopté.',
    // Deutscher Bundestag / 16. Bundesversammlung (Lammert, 2017-02-12); BT-Plenarprotokoll 17/208, 18/237
    'Nehmen Sie bitte Platz.',
    'Ich schließe die Aussprache.',
    'Das Wort hat nun Kerstin Griese für die SPD-Fraktion.',
    'Dann stimmen wir jetzt über die Beschlussempfehlung des Ausschusses ab, die Sie auf der Drucksache 18/12376 alle sicher schon seit Tagen mit sich herumtragen.',
    'Entwurf eines Gesetzes zur Änderung des Bundeswahlgesetzes.',
    // Tweede Kamer, Handelingen 2018-2019 nr. 86 item 22; 2012-10-30; 2023-2024 nr. 4 item 26
    'Dan geef ik nu het woord aan de heer Wassenberg namens de Partij voor de Dieren.',
    'Het woord is aan de heer Pechtold.',
    'Aan de orde is de regeling van werkzaamheden.',
    'Overeenkomstig de voorstellen van de voorzitter wordt besloten.',
    // Senat RP, wspólne posiedzenie komisji, 2005-12-08; Sejm, Komisja Regulaminowa
    'Proszę państwa, otwieram wspólne posiedzenie trzech komisji.',
    'Otwieram posiedzenie Komisji Regulaminowej i Spraw Poselskich.',
    'Pierwsze czytanie projektu uchwały Senatu w sprawie zmiany Regulaminu Senatu (druk nr 19).',
    'Proszę państwa posłów o zajęcie miejsc.',
    // House of Commons, HC Deb 23 March 1971 (Bristol Corporation Bill); Eleanor Laing, Deputy Speaker
    'The Question is "That the Bill be read a Second time."',
    'We now move on to the next item of business.',
    'I shall now suspend the House in order that arrangements can be made for the next item of business.',
  ])('"%s" is procedure', (line) => {
    expect(isProcedural(line)).toBe(true);
    expect(isThrowaway(line)).toBe(true);
  });

  it.each([
    // a speech's own argument about a bill or the House stays a line of the speech
    'Este projeto de lei defende as famílias que mais precisam.', // pt
    'Wir brauchen ein Gesetz, das die Mieter schützt.', // de
    'Das Wort hat Gewicht, wenn wir es halten.', // de
    'The Inflation Reduction Act is the largest climate investment in history.', // en (Podesta, 2024)
    'We will not take our seat at the table for granted.', // en
    'La ley es igual para todos.', // es
    'Deze wet beoogt vast te leggen wat al elf jaar gangbare praktijk is.', // nl (Tweede Kamer, judge16)
  ])('"%s" is a line of the speech', (line) => expect(isProcedural(line)).toBe(false));

  it('a slide that opens with the chair’s procedure is titled by what it says next', () => {
    const title = deriveTitle(
      [
        'Vamos proceder à reapreciação do Decreto da Assembleia da República n.º 107/XV — Alteração ao Estatuto da Ordem dos Advogados.',
        'A reforma das ordens profissionais abre as profissões aos jovens licenciados.',
      ],
      [],
      'pt',
    );
    expect(title).not.toMatch(/Decreto|Assembleia|Estatuto/u);
  });
});
