import { plainParagraphs } from '../src/core/speech/reflow';
import { isHeaderLine, structureKind } from '../src/core/speech/structure';
import { readFileSync } from 'node:fs';
const t = readFileSync('tests/fixtures/speeches/corpus/ar-blinken-nato-2023.txt','utf8');
for (const p of plainParagraphs(t).slice(0,6)) console.log(JSON.stringify(p.text.slice(0,60)), p.ownBlock, p.lines.length, isHeaderLine(p.text), structureKind(p.text));
