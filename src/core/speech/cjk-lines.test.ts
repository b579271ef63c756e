import { describe, expect, it } from 'vitest';
import { cjkClauseLines, cjkKeyLine, cjkOnScreen } from './cjk-lines';
import { keyBlock } from './body';
import { blocksText } from '../deck';
import { sentencesOf } from './segment';

// Natsume Sōseki, 『現代日本の開化』 (Wakayama, 1911) and Lu Xun, 《未有天才之前》 (1924), public domain
const SOSEKI_NAMING =
  'さて吾々の活力が外界の刺戟に反応する方法は刺戟の複雑である以上固より多趣多様千差万別に違ないが、要するに刺戟の来るたびに吾が活力をなるべく制限節約してできるだけ使うまいとする工夫と、また自ら進んで適意の刺戟を求め能うだけの活力を這裏に消耗して快を取る手段との二つに帰着してしまうよう私は考えているのであります。で前のを便宜のため活力節約の行動と名づけ後者をかりに活力消耗の趣向とでも名づけておきましょうが、この活力節約の行動はどんな場合に起るかと云えば現代の吾々が普通用いる義務という言葉を冠して形容すべき性質の刺戟に対して起るのであります。';
const SOSEKI_ONE_PERIOD =
  '元来人間の命とか生とか称するものは解釈次第でいろいろな意味にもなりまたむずかしくもなりますが要するに前申したごとく活力の示現とか進行とか持続とか評するよりほかに致し方のない者である以上、この活力が外界の刺戟に対してどう反応するかという点を細かに観察すればそれで吾人人類の生活状態もほぼ了解ができるような訳で、その生活状態の多人数の集合して過去から今日に及んだものがいわゆる開化にほかならないのは今さら申上げるまでもありますまい。';

describe('Chinese and Japanese lines never open on a particle, a conjunction or a pronoun pointing back', () => {
  it('refuses a line that joins the one before', () => {
    for (const line of [
      'が、そうするとボンヤリして来る。',
      'と私はこう云いたい。',
      'かと思うと非常に静かな所だと云う人もある。',
      'がまた両方とも本当でもない。',
      'その結果は現に吾々が生息している社会の実況を目撃すればすぐ分ります。'.replace('その結果', 'それ'),
      '叱る権利をもつ先生はすなわち教える義務をももっているはずなのですから。',
      '思われるのですけれども、実際その通りに金が活動する以上は致し方がない。',
    ])
      expect(cjkOnScreen(line, 'ja'), line).toBeNull();
    for (const line of [
      '即使产生了，也是活不下去的。',
      '也许有着罢，然而我们和别人都没有见。',
      '这显然可以反证两件事。',
    ])
      expect(cjkOnScreen(line, 'zh'), line).toBeNull();
  });
  it('drops a transitional opener, as English drops "And", and keeps a line that opens on its own', () => {
    expect(cjkOnScreen('で前のを便宜のため活力節約の行動と名づけ', 'ja')).toBe(
      '前のを便宜のため活力節約の行動と名づけ',
    );
    expect(cjkOnScreen('となると勢い訪問が郵便になり、郵便が電報になる理窟です。', 'ja')).toBe(
      '勢い訪問が郵便になり、郵便が電報になる理窟です。',
    );
    expect(cjkOnScreen('できるだけ身体は使いたくない。', 'ja')).toBe('できるだけ身体は使いたくない。');
    expect(cjkOnScreen('所以我想，在要求天才的产生之前，应该先要求可以使天才生长的民众。', 'zh')).toBe(
      '我想，在要求天才的产生之前，应该先要求可以使天才生长的民众。',
    );
    expect(cjkOnScreen('其实即使天才，也和平常的儿童的一样。', 'zh')).toBe(
      '其实即使天才，也和平常的儿童的一样。',
    );
    // a demonstrative heading its own noun stands when the line sets its own contrast
    expect(
      cjkOnScreen('这样的风气的民众是灰尘，不是泥土，在他这里长不出好花和乔木来！', 'zh'),
    ).not.toBeNull();
  });
});

describe('a clause of its own from a long Chinese or Japanese period', () => {
  it('ends on a finite predicate, its conjunction dropped, never inside what a verb of saying governs', () => {
    const lines = sentencesOf(SOSEKI_NAMING, 'ja').flatMap((s) => cjkClauseLines(s, 'ja'));
    expect(lines).toContain(
      '前のを便宜のため活力節約の行動と名づけ後者をかりに活力消耗の趣向とでも名づけておきましょう。',
    );
    // "…所だと云う人がある": what the people say is never cut out of its frame
    const reported = cjkClauseLines(
      '私は昨日和歌の浦を見物しましたが、あすこを見た人のうちで和歌の浦は大変浪の荒い所だと云う人がある。',
      'ja',
    );
    expect(reported.some((l) => l.endsWith('荒い所だ。'))).toBe(false);
    // a condition or a clause that goes on ("…見ると、", "…訳で、") ends no line
    expect(cjkClauseLines(SOSEKI_ONE_PERIOD, 'ja').some((l) => /(?:訳で|以上)。$/u.test(l))).toBe(false);
  });
  it('shows the contrast a slide names (活力節約 vs 活力消耗) instead of nothing', () => {
    const sentences = sentencesOf(SOSEKI_NAMING, 'ja');
    const line = cjkKeyLine(sentences, '外界の刺戟', ['活力', '刺戟'], 'ja');
    expect(line).toContain('活力節約');
    expect(line).toContain('後者');
    const block = keyBlock(sentences, '外界の刺戟', [], 'ja');
    expect(block?.type).toBe('quote');
    expect([...blocksText([block!])].length).toBeLessThanOrEqual(50);
  });
  it('gives a 200-character period a line of its own', () => {
    const block = keyBlock([SOSEKI_ONE_PERIOD], '活力の示現', [], 'ja');
    expect(block?.type).toBe('quote');
    const text = blocksText([block!]);
    expect([...text].length).toBeLessThanOrEqual(48);
    expect(SOSEKI_ONE_PERIOD.replace(/[、。]/gu, '')).toContain(text.replace(/[、。]/gu, ''));
  });
  it('prefers the speaker’s thesis, said in parallel, to a dangling clause', () => {
    const s = sentencesOf(
      '天才并不是自生自长在深林荒野里的怪物，是由可以使天才生长的民众产生，长育出来的，所以没有这种民众，就没有天才。所以我想，在要求天才的产生之前，应该先要求可以使天才生长的民众。——譬如想有乔木，想看好花，一定要有好土；没有土，便没有花木了；所以土实在较花木还重要。花木非有土不可，正同拿破仑非有好兵不可一样。',
      'zh',
    );
    const line = cjkKeyLine(s, '天才的产生', ['天才', '民众'], 'zh');
    expect(line).not.toBeNull();
    expect(line!).not.toMatch(/^(?:所以|即使|也|但)/u);
  });
});
