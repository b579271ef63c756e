/**
 * Child process for rehearsals-save.test.ts: saves two versions of a rehearsal file in turn, as
 * fast as it can, until it is killed. Argument: the file's path. Prints "ready" once writing.
 */
import { emptyRehearsalFile } from '../core/rehearsal-schema';
import { saveRehearsalFile } from './rehearsals';
import { versionOf } from './rehearsals-save.fixture';

const path = process.argv[2]!;
const files = [versionOf('old'), versionOf('new')].map((runs) => ({
  ...emptyRehearsalFile({ fileName: 'x', title: 'x' }),
  runs,
}));
let n = 0;
process.stdout.write('ready\n');
for (;;) {
  await saveRehearsalFile(path, files[n % 2]!);
  n += 1;
}
