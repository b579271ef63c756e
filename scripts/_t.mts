import { buildDeck } from '../src/core/speech';
import { deckToMarkdown } from '../src/core/speech/eject';
const d = buildDeck('City budget 2025\n\nDear colleagues,\n\nThe city will invest €3.5 billion in the railway over the next ten years, and 44% of that money goes to new rolling stock for the suburban lines that carry most of our commuters every working day.\n\nWe propose three steps:\n\nFirstly, open the data.\n\nSecondly, train the staff.\n\nFinally, measure the results.\n\nThank you!', { fileName: 'budget.txt' });
console.log(deckToMarkdown(d));
