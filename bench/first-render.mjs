// Measures the release build in headless Chromium: the compressed size of the wasm and JS, and
// the time from navigation start to the map being in the DOM (the `safar:first-render` mark),
// for each example map. Prints a Markdown table for BENCHMARKS.md.
//
//   trunk build --release --offline && node bench/first-render.mjs [runs]

import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { cpus } from 'node:os';
import { serveDist, launch, dist } from '../e2e/support.mjs';

const runs = Number(process.argv[2] ?? 15);

async function sizes() {
  const rows = [];
  for (const name of (await readdir(dist)).filter((n) => /\.(wasm|js)$/.test(n))) {
    const bytes = await readFile(join(dist, name));
    rows.push({
      name: name.replace(/-[0-9a-f]{16}/, ''),
      raw: bytes.length,
      gzip: gzipSync(bytes, { level: constants.Z_BEST_COMPRESSION }).length,
      brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    });
  }
  return rows;
}

function stats(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)];
  return { median, min: sorted[0], max: sorted.at(-1) };
}

const server = await serveDist();
const browser = await launch();
// Each example in an interface of its own language, as its readers would open it.
const examples = [
  { example: 'online-electronics', locale: 'en-US' },
  { example: 'bank-account', locale: 'fa-IR' },
  { example: 'telecom-subscription', locale: 'ar-EG' },
];
const results = [];
for (const { example, locale } of examples) {
  const times = [];
  const renders = [];
  const catalogs = [];
  let cells = 0;
  for (let i = 0; i < runs; i++) {
    // A fresh context each run: nothing cached, like a first visit.
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, locale });
    const page = await context.newPage();
    await page.goto(`${server.url}?example=${example}`);
    await page.waitForFunction(() => performance.getEntriesByName('safar:first-render').length > 0);
    const [start, rendered] = await page.evaluate(() =>
      ['safar:start', 'safar:first-render'].map((name) => performance.getEntriesByName(name)[0].startTime),
    );
    // Parsing the interface's catalogs (and the map's, when another language): `safar:catalog`.
    catalogs.push(await page.evaluate(() => performance.getEntriesByName('safar:catalog').reduce((sum, e) => sum + e.duration, 0)));
    times.push(rendered);
    renders.push(rendered - start);
    cells = await page.locator('.card').count();
    await context.close();
  }
  results.push({ example, locale, cards: cells, total: stats(times), render: stats(renders), catalogs: stats(catalogs) });
}
await browser.close();
await server.close();

const kb = (n) => `${(n / 1024).toFixed(1)} KiB`;
console.log(`Runs per example: ${runs}; ${cpus().length} × ${cpus()[0].model}; ${new Date().toISOString().slice(0, 10)}\n`);
console.log('| file | raw | gzip -9 | brotli -q 11 |\n| --- | ---: | ---: | ---: |');
for (const s of await sizes()) console.log(`| ${s.name} | ${kb(s.raw)} | ${kb(s.gzip)} | ${kb(s.brotli)} |`);
const ms = ({ median, min, max }) => `${median.toFixed(0)} ms (${min.toFixed(0)}–${max.toFixed(0)})`;
const ms1 = ({ median, min, max }) => `${median.toFixed(1)} ms (${min.toFixed(1)}–${max.toFixed(1)})`;
console.log('\n| example | interface | cards | navigation start → map in DOM | wasm start → map in DOM | of which parsing catalogs |');
console.log('| --- | --- | ---: | ---: | ---: | ---: |');
for (const r of results) console.log(`| ${r.example} | ${r.locale} | ${r.cards} | ${ms(r.total)} | ${ms(r.render)} | ${ms1(r.catalogs)} |`);
