/**
 * `npm run bench:readme [results.json]`: rewrites the README's benchmark table (between the
 * `<!-- bench:start -->` and `<!-- bench:end -->` markers) from a results file — by default the
 * newest full run in bench-results/ (quick runs are never used). The table is never edited by hand.
 * docs/scale.md's fan-out table (between `<!-- fanout:start -->` and `<!-- fanout:end -->`) is
 * written from the same run's follower rows.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../tests/helpers/show-host';
import { goalOf, meetsGoal } from './goals';

interface Row {
  metric: string;
  unit: string;
  ours: number | null;
  baseline: number | null;
  note?: string;
}

const num = (x: number | null): string =>
  x === null || Number.isNaN(x) ? '—' : Math.abs(x) >= 100 ? x.toFixed(0) : x.toFixed(2);

function verdict(row: Row): string {
  const goal = goalOf(row.metric);
  if (!goal) return '';
  const met = meetsGoal(row.metric, row.ours ?? NaN, row.baseline ?? NaN);
  return `${goal.text}: ${met === undefined ? 'not measured' : met ? 'holds' : 'does not hold'}`;
}

export function readmeTable(rows: readonly Row[], file: string, date: string): string {
  const lines = [
    `The run of ${date.slice(0, 10)} on a shared 2-core machine (\`bench-results/${file}\`):`,
    '',
    '| measure | unit | Lectern | baseline | ratio | goal | note |',
    '| --- | --- | ---: | ---: | ---: | --- | --- |',
  ];
  for (const row of rows) {
    const ratio =
      row.ours === null || row.baseline === null || Number.isNaN(row.baseline)
        ? '—'
        : `${(row.ours / row.baseline).toFixed(2)}×`;
    const cells = [row.metric.trim(), row.unit, num(row.ours), num(row.baseline), ratio, verdict(row)];
    // a `|` in a cell (the timer row's |shown − monotonic|) would end it
    lines.push(`| ${[...cells, row.note ?? ''].map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`);
  }
  return lines.join('\n');
}

/** docs/scale.md's table: p50 and p95 per number of followers, and the memory each one costs. */
export function fanoutTable(rows: readonly Row[], file: string): string {
  const lines = ['| followers | p50 (ms) | p95 (ms) |', '| ---: | ---: | ---: |'];
  const at = (n: string, q: string) =>
    rows.find((r) => new RegExp(`^follower fan-out ${q}, ${n} followers?$`).test(r.metric.trim()))?.ours ??
    null;
  for (const n of ['1', '100', '500']) lines.push(`| ${n} | ${num(at(n, 'p50'))} | ${num(at(n, 'p95'))} |`);
  const memory = rows.find((r) => r.metric.startsWith('host memory per follower'));
  lines.push(
    '',
    `Host memory per follower (500 connected): ${num(memory?.ours ?? null)} kB. From \`bench-results/${file}\`.`,
  );
  return lines.join('\n');
}

/** Replaces what stands between two markers of a file. */
function between(path: string, start: string, end: string, text: string): void {
  const doc = readFileSync(path, 'utf8');
  const from = doc.indexOf(start);
  const to = doc.indexOf(end);
  if (from < 0 || to < from) throw new Error(`${path} has no ${start} … ${end} section`);
  writeFileSync(path, `${doc.slice(0, from + start.length)}\n${text}\n${doc.slice(to)}`);
}

function main(): void {
  const dir = join(projectRoot, 'bench-results');
  const file =
    process.argv[2] ??
    readdirSync(dir)
      .filter((f) => /^\d{4}-\d{2}-\d{2}\.json$/.test(f))
      .sort()
      .at(-1);
  if (!file) throw new Error('no full bench run in bench-results/ (run `npm run bench` first)');
  const results = JSON.parse(readFileSync(join(dir, file.replace(/^.*\//, '')), 'utf8')) as {
    date: string;
    quick: boolean;
    rows: Row[];
  };
  if (results.quick) throw new Error(`${file} is a quick run: the README's numbers come from a full one`);
  const name = file.replace(/^.*\//, '');
  between(
    join(projectRoot, 'README.md'),
    '<!-- bench:start -->',
    '<!-- bench:end -->',
    readmeTable(results.rows, name, results.date),
  );
  between(
    join(projectRoot, 'docs', 'scale.md'),
    '<!-- fanout:start -->',
    '<!-- fanout:end -->',
    fanoutTable(results.rows, name),
  );
  console.log(`README.md and docs/scale.md: benchmark tables from ${file}`);
}

main();
