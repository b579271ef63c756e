import { textInline } from '../src/core/speech/model';
import { planSlides } from '../src/core/speech/plan';
const para = (text: string) => ({ text, inlines: textInline(text), pos: { line: 1, column: 1 } });
const sentence = (i: number) => `Sentence number ${i} tells the audience about cities, rivers and the bridges between them.`;
const paras = [
  ...Array.from({ length: 6 }, (_, i) => para(sentence(i))),
  para('We propose three steps:'),
  para('Firstly, unite the national data networks into one regional system.'),
  para('Secondly, open cloud services to small businesses.'),
  para('Finally, train young people in digital skills.'),
  ...Array.from({ length: 6 }, (_, i) => para(sentence(i + 10))),
];
for (const s of planSlides(paras, { wpm: 130, lang: 'en' })) console.log(s.paras.map((p) => p.text.slice(0, 30)), s.list);
