import { describe, expect, it } from 'vitest';
import { blocksText } from '../deck';
import { colonSeries, semicolonSeries } from './clause-list';
import { perorationLine } from './peroration';
import { buildDeck } from './index';
import { listRuns, type ListUnit } from './lists';

/** Sentences of paragraphs, as the planner hands them to the list finder. */
const units = (...paras: string[][]): ListUnit[] =>
  paras.flatMap((ss, para) => ss.map((text) => ({ text, para })));

/** Guterres, message on United Nations Day, 24 October 2022 (Arabic text, un.org; judge21 fault 24). */
const GUTERRES = [
  'إننا نحتاج الآن، أكثر من أي وقت مضى، إلى إحياء قِيم ميثاق الأمم المتحدة ومبادئه في كل ركن من أركان المعمورة.',
  'بأن نعطي السلام فرصةً وننهي النزاعات التي تعرّض أرواح الناس ومستقبلهم للخطر وتهدد التقدّم العالمي.',
  'بأن نعمل من أجل القضاء على الفقر المدقع والتقليل من أوجه اللامساواة وإنقاذ أهداف التنمية المستدامة.',
  'بأن نحمي كوكبنا، بما في ذلك عن طريق التخلص من إدماننا للوقود الأحفوري وإطلاق ثورة الطاقة المتجددة.',
  'وبأن نعيد التوازن أخيراً إلى ميزان الفرص والحريات لصالح النساء والفتيات ونضمن حقوق الإنسان للجميع.',
  'دعونا، في احتفالنا هذا بيوم الأمم المتحدة، نجدّد أملنا وقناعتنا بما يمكن للبشرية أن تحقّقه عندما نعمل جميعا كيدٍ واحدة بروح من التضامن العالمي.',
];

describe('clauses a sentence governs, each set out on its own, are its list (judge21)', () => {
  it('finds the four pledges opened by "بأن" (the last "وبأن"), the sentence before as their lead-in', () => {
    const runs = listRuns(units(...GUTERRES.map((s) => [s])));
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({ kind: 'anaphora', start: 1, end: 5, items: [1, 2, 3, 4], lead: 0 });
  });

  it('shows every pledge as an item, whole', () => {
    const deck = buildDeck(`الأمم المتحدة هي وليدة الأمل.\n\n${GUTERRES.join('\n\n')}\n`, {
      fileName: 'un-day.txt',
    });
    const shown = deck.slides
      .filter((s) => s.blocks.some((b) => b.type === 'list'))
      .map((s) => blocksText(s.blocks))
      .join('\n');
    expect(shown).toContain('بأن نعطي السلام فرصةً وننهي النزاعات');
    expect(shown).toContain('بأن نعمل من أجل القضاء على الفقر المدقع');
    expect(shown).toContain('بأن نحمي كوكبنا');
    expect(shown).toContain('نعيد التوازن أخيراً إلى ميزان الفرص والحريات لصالح النساء والفتيات');
  });

  it('makes no list of two such clauses', () => {
    expect(listRuns(units(...GUTERRES.slice(0, 3).map((s) => [s])))).toEqual([]);
  });
});

describe('a CJK series its count announces before a colon (judge21)', () => {
  it('lists Lu Xun’s two roads: "两条路：一是…，一是…"', () => {
    // 鲁迅《无声的中国》, lecture at the Hong Kong YMCA, 16 February 1927: its last line and point
    expect(colonSeries('我们此后实在只有两条路：一是抱着古文而死掉，一是舍掉古文而生存。')).toEqual([
      '抱着古文而死掉',
      '舍掉古文而生存',
    ]);
  });

  it('never lists what a lead-in refutes, nor a count the items do not match', () => {
    // 鲁迅《未有天才之前》(corpus): the two things the demand for genius "refutes" are not his verdict
    expect(
      colonSeries(
        '我看现在许多人对于文艺界的要求的呼声之中，要求天才的产生也可以算是很盛大的了，这显然可以反证两件事：一是中国现在没有一个天才，二是大家对于现在的艺术的厌薄。',
      ),
    ).toBeNull();
    expect(colonSeries('我们此后实在只有三条路：一是抱着古文而死掉，一是舍掉古文而生存。')).toBeNull();
  });
});

/** Felipe VI, Mensaje de Navidad, 24 December 2021 (casareal.es; judge21 faults 21–22). */
const FELIPE_AIMS =
  'Todos deseamos una sociedad avanzada en lo económico y social, con empleo estable y digno, y con un Estado del Bienestar sólido; queremos una sociedad que siga impulsando la igualdad entre hombres y mujeres, que favorezca el progreso individual y social; y aspiramos —por supuesto— a que sea puntera en tecnología, en innovación, que esté en la vanguardia de la lucha contra el cambio climático y plenamente comprometida con la sostenibilidad de nuestro planeta y su equilibrio medioambiental.';
const FELIPE_CLOSE = [
  'Gracias por vuestra atención; y con la paz y la alegría que esta noche representa, junto a la Reina y nuestras hijas la Princesa Leonor y la Infanta Sofía, os deseo a todos que tengáis una muy feliz Navidad y Año Nuevo.',
  'Eguberri On, Bon Nadal, Boas Festas.',
];

describe('what "we" want, said in step between semicolons, is the list (judge21 fault 22)', () => {
  it('lists the King’s aims whole, never noun pairs plucked from them ("Cambio climático")', () => {
    expect(semicolonSeries(FELIPE_AIMS, 'es')).toEqual([
      'Todos deseamos una sociedad avanzada en lo económico y social',
      'Queremos una sociedad que siga impulsando la igualdad entre hombres y mujeres',
      'Aspiramos —por supuesto— a que sea puntera en tecnología, en innovación',
    ]);
    // (only where the language's verbs say "we": no such series in a language it cannot read)
    expect(semicolonSeries(FELIPE_AIMS, 'fr')).toBeNull();
  });
});

describe('a closing greeting leaves the closing wish before it as the last line (judge21 fault 21)', () => {
  it('quotes the wish, never "Noche representa · Infanta Sofía"', () => {
    expect(perorationLine(FELIPE_CLOSE, 40, 'es')).toBe(
      'Con la paz y la alegría que esta noche representa, junto a la Reina y nuestras hijas la Princesa Leonor y la Infanta Sofía, os deseo a todos que tengáis una muy feliz Navidad y Año Nuevo.',
    );
  });
});
