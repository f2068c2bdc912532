// Exporting in the browser against exporting natively, in one run: each example as SVG, PNG at
// 2x and PDF on A3, by `safar export` (the release binary) and by the browser's picture worker
// (dist/widget/safar-picture.js in headless Chromium), alternately, `runs` times each. The
// browser's time is from the request to the Blob, a new worker each time (its start, the
// WebAssembly's compilation from the HTTP cache, and the drawing), as Share and exportMap run it.
//
//   trunk build --release --offline && cargo build --release --locked -p safar-cli && node bench/export.mjs [runs]
//
// Prints a Markdown table of medians for BENCHMARKS.md, with the browser's time over the native.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { root, serveDist, launch } from '../e2e/support.mjs';

const runs = Number(process.argv[2] ?? 3);
const bin = join(root, 'target/release/safar');
const maps = ['en-online-electronics', 'fa-bank-account', 'ar-telecom-subscription'];
const jobs = [
  { format: 'svg', args: [], options: {} },
  { format: 'png', args: ['--scale', '2'], options: { scale: 2 } },
  { format: 'pdf', args: ['--page-size', 'a3'], options: { pageSize: 'a3' } },
];

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const work = mkdtempSync(join(tmpdir(), 'safar-bench-export-'));
const server = await serveDist();
const browser = await launch();
const page = await browser.newPage();
await page.goto(`${server.url}widget/embed.html`);

const rows = [];
try {
  for (const name of maps) {
    const file = join(root, 'examples', `${name}.journey.json`);
    const text = readFileSync(file, 'utf8');
    for (const job of jobs) {
      const native = [];
      const inBrowser = [];
      let bytes = 0;
      for (let run = 0; run < runs; run++) {
        const started = process.hrtime.bigint();
        execFileSync(bin, ['export', file, ...job.args, '-o', join(work, `out.${job.format}`)], { stdio: 'ignore' });
        native.push(Number(process.hrtime.bigint() - started) / 1e6);
        const measured = await page.evaluate(async ({ text, format, options }) => {
          const { exportMap } = await import('./safar-picture.js');
          const started = performance.now();
          const { blob } = await exportMap(text, { format, ...options });
          return { ms: performance.now() - started, bytes: blob.size };
        }, { text, format: job.format, options: job.options });
        inBrowser.push(measured.ms);
        bytes = measured.bytes;
      }
      rows.push({ name, format: job.format, native: median(native), browser: median(inBrowser), bytes });
    }
  }
} finally {
  await browser.close();
  await server.close();
  rmSync(work, { recursive: true, force: true });
}

console.log(`| map | format | native (safar export) | browser (worker) | browser / native | file |`);
console.log(`| --- | --- | ---: | ---: | ---: | ---: |`);
for (const row of rows) {
  console.log(`| ${row.name} | ${row.format} | ${(row.native / 1000).toFixed(2)} s | ${(row.browser / 1000).toFixed(2)} s | ${(row.browser / row.native).toFixed(2)} | ${Math.round(row.bytes / 1000)} KB |`);
}
console.log(`\n${runs} runs each, medians; ${new Date().toISOString().slice(0, 10)}`);
