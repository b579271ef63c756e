/**
 * Titles that are fragments a designer would never write (judge30 #4, judge30 #1): a Greek
 * genitive, past verb or time adverbial, a Hebrew clause opened by a conjunction, Tamil locatives,
 * correlatives and dates without their numbers, Dutch "zoveel mogelijk…" and a participle cut from
 * its object, English "Nations strength"; and a Greek slide of long periods shows the claim a
 * sentence makes after "ότι" rather than key phrases cut out of it.
 */
import { describe, expect, it } from 'vitest';
import { buildDeck } from './index';
import { standsAlone } from './fragment';
import { claimClause, lastResortLine } from './last-line';
import { titleWordsProblem } from './title-words';

describe('fragment titles refused by their language (title-greek-hebrew-tamil.ts, title-words.ts, title-nordic.ts)', () => {
  it.each([
    // Greek Parliament, Holocaust Remembrance Day 2022 (judge26)
    ['Ανατριχιαστικής τελικής λύσης', 'el'],
    ['Δύο χρόνια κατόρθωσε', 'el'],
    ['Κάθε μέρα', 'el'],
    // Burg on Rivlin, Knesset 2003 (judge27)
    ['ובמקום שאין הסכמה', 'he'],
    ['אלא הכנסת', 'he'],
    // Modi, Mann Ki Baat June 2017 (judge26)
    ['மணி நேரத்தில்', 'ta'],
    ['ஆண்டு ஜூன் மாதம்', 'ta'],
    ['விஞ்ஞானத்திலும் சரி', 'ta'],
    ['ஆனந்தம் அளிக்கலாம்', 'ta'],
    ['இது ஒரு கலாச்சாரம்', 'ta'],
    ['இன்று பாரதம் பூமியில் மட்டுமல்ல', 'ta'],
    ['நாங்கள் எங்கள் கழிப்பறைகளை', 'ta'],
    ['அவசரநிலையை நினைவுகூர்ந்து', 'ta'],
    // Troonrede 2015 (judge27)
    ['Zoveel mogelijk nieuwe', 'nl'],
    ['Nederlandse inzet gericht', 'nl'],
  ])('"%s" (%s) is no headline', (title, lang) => {
    expect(titleWordsProblem(title, lang)).not.toBeNull();
  });

  it.each([
    ['Μικρασιατική Καταστροφή', 'el'],
    ['Ημέρα Μνήμης για τα θύματα του Ολοκαυτώματος', 'el'],
    ['Οικονομική ανάπτυξη', 'el'],
    ['Κοινός παρονομαστής', 'el'],
    ['הכנסת היא נקודת מפגש', 'he'],
    ['ועדת הכספים', 'he'],
    ['ஒட்டுமொத்த உலகும் யோகமயமானது', 'ta'],
    ['பகவான் ஜகன்நாதர் ஏழைகளின் தெய்வம்', 'ta'],
    ['நமது விளையாட்டு வீரர்கள்', 'ta'],
    ['Economische groei', 'nl'],
    ['Vergunning verleend', 'nl'],
  ])('"%s" (%s) still stands', (title, lang) => {
    expect(titleWordsProblem(title, lang)).toBeNull();
  });

  it('a lower-case plural before a noun is two objects, not a compound: "nations strength" (Biden 2024)', () => {
    const sentence = 'The fact is these are shared beliefs that give both our nations strength.';
    expect(standsAlone('nations strength', sentence, 'en')).toBe(false);
    expect(standsAlone('shared beliefs', sentence, 'en')).toBe(true);
    // (a name keeps its plural: "United Nations Security Council")
    expect(
      standsAlone(
        'United Nations Security Council',
        'We met at the United Nations Security Council today.',
        'en',
      ),
    ).toBe(true);
    expect(
      standsAlone(
        'United Nations’ mission',
        'Our approach is firmly grounded and fully consistent with the United Nations’ mission and the values we’ve agreed to.',
        'en',
      ),
    ).toBe(true);
  });
});

/** Greek Parliament, Holocaust Remembrance Day 2022 (judge26), its last paragraph but the thanks. */
const GREEK_CLOSE = [
  'Ειδικά για εμάς τους Έλληνες και ειδικά φέτος που συμπληρώνονται εκατό χρόνια από τη Μικρασιατική Καταστροφή μιας ακόμα ντροπιαστικής σελίδας στην ιστορία του ανθρώπινου γένους, μιας θηριωδίας την οποία εμπνεύστηκε το ίνδαλμα του Αδόλφου Χίτλερ, ο Κεμάλ Ατατούρκ, είναι δυστυχώς κοινός τόπος ότι ο θάνατος, ο ξεριζωμός και η προσφυγιά παραμένουν ένας θλιβερός κοινός παρονομαστής για την ανθρωπότητα.',
  "Γι' αυτόν τον λόγο στη σημερινή μέρα μνήμης, αλλά και κάθε μέρα από τη ζωή μας οφείλουμε να τιμούμε τα θύματα και να παραδειγματιζόμαστε από τη θυσία τους, να αντιστεκόμαστε σθεναρά σε κάθε μορφή βίας και μισαλλοδοξία, να υπερασπιζόμαστε τα δίκαια των ανθρώπων μας με σεβασμό και σύνεση, να τιμούμε και να θυμόμαστε.",
  "Γι' αυτό λοιπόν, οφείλουμε να έχουμε πάντα στο νου μας τα διδάγματα της ιστορίας και οφείλουμε να έχουμε στην καρδιά μας τα λόγια μιας μικρής Εβραιοπούλας που έγραφε πως «είναι υπέροχο να μη χρειάζεται κανείς να περιμένει ούτε μια στιγμή, πριν αρχίσει να βελτιώνει τον κόσμο».",
];

describe('a Greek period shows the claim it makes after "ότι" (last-line.ts claimClause)', () => {
  const claim =
    'Ο θάνατος, ο ξεριζωμός και η προσφυγιά παραμένουν ένας θλιβερός κοινός παρονομαστής για την ανθρωπότητα.';

  it('takes the clause after "ότι" to the sentence end, in Greek only', () => {
    expect(claimClause(GREEK_CLOSE[0]!, 'el')).toBe(claim);
    expect(claimClause(GREEK_CLOSE[1]!, 'el')).toBeNull();
    expect(claimClause(GREEK_CLOSE[0]!, 'en')).toBeNull();
  });

  it('is the last resort line of the slide, not key phrases cut out of it', () => {
    expect(lastResortLine(GREEK_CLOSE, 'Μικρασιατική Καταστροφή', 30, 'el')).toBe(claim);
    const deck = buildDeck(`${GREEK_CLOSE.join(' ')} Σας ευχαριστώ.`, { fileName: 'el-mnimi.txt' });
    const screen = deck.slides.map((s) => s.screenText).join('\n');
    expect(screen).not.toMatch(/Δυστυχώς κοινός τόπος|Θλιβερός κοινός παρονομαστής/u);
  });
});
