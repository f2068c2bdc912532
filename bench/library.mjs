// Measures the library with 200 maps (6 stages × 8 lanes, one card per cell: 48 cards each) in
// headless Chromium: opening the library page (with its index, and when the index must be
// rebuilt from the records), exporting the whole library, and importing that export into a
// fresh browser profile. Prints a Markdown table for BENCHMARKS.md.
//
//   trunk build --release --offline && node bench/library.mjs [runs]

import { cpus } from 'node:os';
import { readFile } from 'node:fs/promises';
import { serveDist, launch } from '../e2e/support.mjs';
import { generatedMap, record } from './maps.mjs';

const runs = Number(process.argv[2] ?? 3);
const MAPS = 200;
const records = Array.from({ length: MAPS }, (_, i) => {
  const map = generatedMap({ stages: 6, lanes: 8, perCell: 1, id: `map-${i}`, title: `Generated map ${i + 1}` });
  return [`safar:map:map-${i}`, record(JSON.stringify(map))];
});
const stored = records.reduce((sum, [k, v]) => sum + k.length + v.length, 0);

function stats(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return { median: sorted[Math.floor(sorted.length / 2)], min: sorted[0], max: sorted[sorted.length - 1] };
}
const ms = (values) => {
  const { median, min, max } = stats(values);
  return `${median.toFixed(1)} ms (${min.toFixed(1)}–${max.toFixed(1)})`;
};

async function firstRender(page) {
  await page.waitForFunction(() => performance.getEntriesByName('safar:first-render').length > 0, null, { timeout: 120000 });
  return page.evaluate(() => {
    const [start, rendered] = ['safar:start', 'safar:first-render'].map((n) => performance.getEntriesByName(n)[0].startTime);
    return rendered - start;
  });
}

const measure = (page, name) => page.evaluate((n) => performance.getEntriesByName(n).at(-1).duration, name);

const server = await serveDist();
const browser = await launch();
const results = { rebuild: [], open: [], rows: [], exportMs: [], exportSize: [], check: [], importMs: [] };
for (let run = 0; run < runs; run++) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, acceptDownloads: true });
  const page = await context.newPage();
  await page.addInitScript((all) => {
    if (!localStorage.getItem('safar:map:map-0')) for (const [k, v] of all) localStorage.setItem(k, v);
  }, records);
  await page.goto(server.url);
  results.rebuild.push(await firstRender(page));
  for (let i = 0; i < 3; i++) {
    await page.reload();
    results.open.push(await firstRender(page));
  }
  results.rows.push(await page.locator('.library-table tbody tr').count());

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export library' }).click();
  const file = await (await download).path();
  results.exportMs.push(await measure(page, 'safar:export'));
  const text = await readFile(file, 'utf8');
  results.exportSize.push(text.length);

  const fresh = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const other = await fresh.newPage();
  await other.goto(server.url);
  await other.locator('.library-table').waitFor();
  await other.locator('input[type=file]').setInputFiles({ name: 'library.journey.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  await other.getByRole('button', { name: `Import ${MAPS} maps` }).waitFor();
  results.check.push(await measure(other, 'safar:import:check'));
  await other.getByRole('button', { name: `Import ${MAPS} maps` }).click();
  await other.getByRole('status').filter({ hasText: `Import finished: ${MAPS} added.` }).waitFor();
  results.importMs.push(await measure(other, 'safar:import'));
  await fresh.close();
  await context.close();
}
await browser.close();
await server.close();

console.log(`${runs} runs; ${cpus().length} × ${cpus()[0].model}; ${MAPS} maps, ${(stored / 1e6).toFixed(2)} million characters stored; ${new Date().toISOString().slice(0, 10)}\n`);
console.log('| measure | median (min–max) |\n| --- | ---: |');
console.log(`| wasm start → library listed (${stats(results.rows).median} rows), index rebuilt from every record | ${ms(results.rebuild)} |`);
console.log(`| wasm start → library listed, index present (every record's header checked) | ${ms(results.open)} |`);
console.log(`| export the whole library: load, validate, combine, pretty-print (${(stats(results.exportSize).median / 1e6).toFixed(2)} M chars) | ${ms(results.exportMs)} |`);
console.log(`| import it into a fresh profile: parse, migrate, validate | ${ms(results.check)} |`);
console.log(`| import it: plan applied, ${MAPS} records + index written in one batch | ${ms(results.importMs)} |`);
