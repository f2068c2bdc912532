// Publishing cost: `safar publish` on generated folders of 10, 100 and 1,000 maps (the three
// examples, copied with new ids, titles and personas), timed with /usr/bin/time for wall time
// and peak memory. Each size is published three ways: into an empty folder, again with nothing
// changed (incremental: no page is rendered), and again after one map changed; the pages alone
// (--exports none, as before downloads existed), then 10 and 100 maps with their downloads
// (SVG, PNG at 2x and PDF on A3 per map, drawn on every core).
//
//   cargo build --release --locked -p safar-cli && node bench/publish.mjs [runs]
//
// Prints a Markdown table for BENCHMARKS.md, and the sizes of the pages it wrote.

import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { root } from '../e2e/support.mjs';

const runs = Number(process.argv[2] ?? 3);
const bin = join(root, 'target/release/safar');
const work = join(root, 'target/bench-publish');
const examples = ['en-online-electronics', 'fa-bank-account', 'ar-telecom-subscription'].map((name) =>
  JSON.parse(readFileSync(join(root, 'examples', `${name}.journey.json`), 'utf8')),
);

/** A folder of `count` maps, each with a persona of its own. */
function generate(count) {
  const dir = join(work, `maps-${count}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync(join(root, 'examples/images'), join(dir, 'images'), { recursive: true });
  for (let i = 0; i < count; i += 1) {
    const file = structuredClone(examples[i % examples.length]);
    const journey = file.journeys[0];
    journey.id = `${journey.id}-${i}`;
    journey.title = `${journey.title} #${i}`;
    file.personas[0].id = `${file.personas[0].id}-${i}`;
    journey.personas = [file.personas[0].id];
    writeFileSync(join(dir, `map-${String(i).padStart(4, '0')}.json`), JSON.stringify(file, null, 2));
  }
  return dir;
}

/** Runs a publish under /usr/bin/time: { seconds, mib }. */
function measure(maps, out, exports = 'none') {
  // /usr/bin/time reports on stderr, after the command's own; a shell keeps just that line.
  const text = execFileSync('sh', ['-c', `/usr/bin/time -f '%e %M' "$0" publish "$1" --out "$2" --no-widget --exports "$3" 2>&1 >/dev/null | tail -1`, bin, maps, out, exports], {
    encoding: 'utf8',
    env: { ...process.env, LC_ALL: 'C' },
  });
  const [seconds, kib] = text.trim().split(/\s+/).map(Number);
  return { seconds, mib: kib / 1024 };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const rows = [];
let sizes = null;
const indexSizes = [];
for (const count of [10, 100, 1000]) {
  const maps = generate(count);
  const cold = [];
  const warm = [];
  const oneChanged = [];
  for (let run = 0; run < runs; run += 1) {
    const out = join(work, `site-${count}`);
    rmSync(out, { recursive: true, force: true });
    cold.push(measure(maps, out));
    warm.push(measure(maps, out));
    const first = join(maps, 'map-0000.json');
    const file = JSON.parse(readFileSync(first, 'utf8'));
    file.journeys[0].title += ` (run ${run})`;
    writeFileSync(first, JSON.stringify(file, null, 2));
    oneChanged.push(measure(maps, out));
    if (count === 10 && run === 0) sizes = pageSizes(out);
    if (run === 0) indexSizes.push([count, statSync(join(out, 'index.html')).size]);
  }
  const pick = (list, key) => median(list.map((m) => m[key]));
  rows.push(
    `| ${count.toLocaleString('en')} | ${pick(cold, 'seconds').toFixed(2)} s | ${pick(cold, 'mib').toFixed(1)} MiB | ${pick(warm, 'seconds').toFixed(2)} s | ${pick(oneChanged, 'seconds').toFixed(2)} s | ${pick(oneChanged, 'mib').toFixed(1)} MiB |`,
  );
}

function pageSizes(site) {
  const pages = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.html')) pages.push({ path: path.slice(site.length + 1), bytes: statSync(path).size, gzip: gzipSync(readFileSync(path), { level: 9 }).length });
    }
  };
  walk(site);
  return pages;
}

// The same, with every map's downloads.
const drawnRows = [];
for (const count of [10, 100]) {
  const maps = generate(count);
  const cold = [];
  const warm = [];
  const oneChanged = [];
  for (let run = 0; run < runs; run += 1) {
    const out = join(work, `site-downloads-${count}`);
    rmSync(out, { recursive: true, force: true });
    cold.push(measure(maps, out, 'svg,png,pdf'));
    warm.push(measure(maps, out, 'svg,png,pdf'));
    const first = join(maps, 'map-0000.json');
    const file = JSON.parse(readFileSync(first, 'utf8'));
    file.journeys[0].title += ` (run ${run})`;
    writeFileSync(first, JSON.stringify(file, null, 2));
    oneChanged.push(measure(maps, out, 'svg,png,pdf'));
  }
  const pick = (list, key) => median(list.map((m) => m[key]));
  drawnRows.push(
    `| ${count.toLocaleString('en')} | ${pick(cold, 'seconds').toFixed(2)} s | ${pick(cold, 'mib').toFixed(1)} MiB | ${pick(warm, 'seconds').toFixed(2)} s | ${pick(oneChanged, 'seconds').toFixed(2)} s |`,
  );
}

console.log(`safar publish, median of ${runs} runs (${bin})\n`);
console.log('| maps | empty folder | peak memory | again, nothing changed | again, one map changed | peak memory |');
console.log('| ---: | ---: | ---: | ---: | ---: | ---: |');
for (const row of rows) console.log(row);
console.log('\nPage sizes (10 maps):\n');
console.log('| page | HTML | gzip -9 |');
console.log('| --- | ---: | ---: |');
const kinds = { index: (p) => p.path === 'index.html', 'map (en)': (p) => p.path.startsWith('maps/map-0000'), 'map (fa)': (p) => p.path.startsWith('maps/map-0001'), 'map (ar)': (p) => p.path.startsWith('maps/map-0002'), persona: (p) => p.path.startsWith('personas/') };
for (const [kind, test] of Object.entries(kinds)) {
  const page = sizes.find(test);
  console.log(`| ${kind} | ${(page.bytes / 1024).toFixed(1)} KiB | ${(page.gzip / 1024).toFixed(1)} KiB |`);
}
console.log(`\nThe index grows with the maps: ${indexSizes.map(([count, bytes]) => `${count.toLocaleString('en')} maps ${(bytes / 1024).toFixed(1)} KiB`).join(', ')}.`);
console.log('\nWith the downloads (--exports svg,png,pdf):\n');
console.log('| maps | empty folder | peak memory | again, nothing changed | again, one map changed |');
console.log('| ---: | ---: | ---: | ---: | ---: |');
for (const row of drawnRows) console.log(row);
