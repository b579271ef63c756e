import { benchDeckBuild } from '/work/wt/design/scripts/bench/deck-build';
const r = await benchDeckBuild([1_000, 10_000, 100_000, 1_000_000]);
for (const x of r) console.log(x.words, 'build', x.buildMs.toFixed(1), 'floor', x.floorMs.toFixed(1), 'ratio', (x.buildMs / x.floorMs).toFixed(2), 'slides', x.slides);
