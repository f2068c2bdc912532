// Measures the embeddable widget in headless Chromium, on the test suite's hostile host page
// with its strict CSP (e2e/widget-host.mjs):
// - the compressed size of the widget's files next to the full app's;
// - the time from the widget script starting to a rendered map, for each example, with a
//   fresh context (nothing cached) each run;
// - the memory of a page with one widget and with ten.
// Prints Markdown for BENCHMARKS.md. With `--baseline DIR` (another build of the widget, such as
// an earlier commit's dist/widget), the start-up times of the two are taken in the same run,
// turn about, and compared: on a shared, noisy machine the ratio holds where a time does not.
//
//   trunk build --release --offline && node bench/widget.mjs [runs] [--baseline DIR]

import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { cpus } from 'node:os';
import { serveDist, launch, dist } from '../e2e/support.mjs';
import { hostRoutes, hostPage } from '../e2e/widget-host.mjs';

const args = process.argv.slice(2);
const baselineAt = args.indexOf('--baseline');
const baseline = baselineAt >= 0 ? args.splice(baselineAt, 2)[1] : null;
const runs = Number(args[0] ?? 10);
const kib = (n) => (n / 1024).toFixed(1);

async function measure(file) {
  const bytes = await readFile(file);
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: constants.Z_BEST_COMPRESSION }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

async function sizes() {
  const rows = [];
  const app = (await readdir(dist)).filter((n) => /\.(wasm|js)$/.test(n));
  for (const name of app) rows.push({ build: 'app', name: name.replace(/-[0-9a-f]{16}/, ''), ...(await measure(join(dist, name))) });
  for (const build of ['view', 'edit']) {
    for (const name of [`safar_widget_${build}_bg.wasm`, `safar_widget_${build}.js`]) {
      rows.push({ build: `widget (${build})`, name, ...(await measure(join(dist, 'widget', name))) });
    }
  }
  for (const name of ['safar-widget.js', 'safar-widget.css']) rows.push({ build: 'widget (both)', name, ...(await measure(join(dist, 'widget', name))) });
  if (baseline) {
    for (const name of (await readdir(baseline)).filter((n) => /\.(wasm|js)$/.test(n))) {
      rows.push({ build: 'baseline widget', name, ...(await measure(join(baseline, name))) });
    }
  }
  return rows;
}

function stats(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return { median: sorted[Math.floor(sorted.length / 2)], min: sorted[0], max: sorted.at(-1) };
}

const ten = Array.from({ length: 10 }, (_, i) => {
  const lang = ['en', 'fa', 'ar'][i % 3];
  return `<safar-journey-map src="/maps/${lang}.json"${i === 9 ? ' mode="edit" storage-key="bench"' : ''}></safar-journey-map>`;
}).join('\n');
const pages = {
  '/host/en': hostPage('<safar-journey-map src="/maps/en.json"></safar-journey-map>'),
  '/host/fa': hostPage('<safar-journey-map src="/maps/fa.json"></safar-journey-map>'),
  '/host/ar': hostPage('<safar-journey-map src="/maps/ar.json"></safar-journey-map>'),
  '/host/baseline/en': hostPage('<safar-journey-map src="/maps/en.json"></safar-journey-map>', { folder: '/baseline/' }),
  '/host/baseline/fa': hostPage('<safar-journey-map src="/maps/fa.json"></safar-journey-map>', { folder: '/baseline/' }),
  '/host/baseline/ar': hostPage('<safar-journey-map src="/maps/ar.json"></safar-journey-map>', { folder: '/baseline/' }),
  '/host/none': hostPage(''),
  '/host/one': hostPage('<safar-journey-map src="/maps/en.json"></safar-journey-map>'),
  '/host/ten': hostPage(ten),
};
const server = await serveDist({ routes: hostRoutes(pages, { baseline }) });
const browser = await launch();

async function open(path) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript(() => {
    window.ready = 0;
    document.addEventListener('safar-ready', () => {
      window.ready += 1;
      performance.mark(`safar-widget:ready:${window.ready}`);
    });
  });
  await page.goto(`${server.url}${path.slice(1)}`);
  return page;
}

/** Script start and map rendered, in ms from navigation, on a fresh host page. */
async function startUp(path) {
  const page = await open(path);
  await page.waitForFunction(() => window.ready === 1);
  const [script, ready] = await page.evaluate(() =>
    ['safar-widget:script', 'safar-widget:ready:1'].map((n) => performance.getEntriesByName(n)[0].startTime),
  );
  await page.context().close();
  return [ready - script, ready];
}

const timings = [];
for (const lang of ['en', 'fa', 'ar']) {
  const fromScript = [];
  const fromNavigation = [];
  const baselineScript = [];
  for (let i = 0; i < runs; i++) {
    const [script, navigation] = await startUp(`/host/${lang}`);
    fromScript.push(script);
    fromNavigation.push(navigation);
    if (baseline) baselineScript.push((await startUp(`/host/baseline/${lang}`))[0]);
  }
  timings.push({ lang, script: stats(fromScript), navigation: stats(fromNavigation), baseline: baseline ? stats(baselineScript) : null });
}

/** JS heap (CDP) and the WebAssembly module's linear memory, after a settle and a GC. */
async function memory(path, count) {
  const page = await open(path);
  if (count) await page.waitForFunction((n) => window.ready === n, count, { timeout: 60000 });
  await page.waitForTimeout(500);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const metric = (name) => metrics.find((m) => m.name === name).value;
  const wasm = count
    ? await page.evaluate(async () => {
        // The builds this page fetched (the edit build only for a widget that edits).
        const fetched = performance.getEntriesByType('resource').map((r) => r.name);
        let bytes = 0;
        for (const build of ['view', 'edit']) {
          if (!fetched.some((name) => name.endsWith(`/safar_widget_${build}_bg.wasm`))) continue;
          const { default: init } = await import(`/safar/safar_widget_${build}.js`);
          bytes += (await init()).memory.buffer.byteLength;
        }
        return bytes;
      })
    : 0;
  const result = { heap: metric('JSHeapUsedSize'), nodes: metric('Nodes'), wasm };
  await page.context().close();
  return result;
}
const memories = [
  { label: 'host page, no widget', ...(await memory('/host/none', 0)) },
  { label: 'one widget (en)', ...(await memory('/host/one', 1)) },
  { label: 'ten widgets (en, fa, ar; one editable)', ...(await memory('/host/ten', 10)) },
];

await browser.close();
await server.close();

const cpu = cpus()[0]?.model ?? 'unknown CPU';
console.log(`Widget, ${runs} runs each, headless Chromium (${cpu}, ${cpus().length} cores)\n`);
console.log('| build | file | raw KiB | gzip KiB | brotli KiB |\n|---|---|---:|---:|---:|');
for (const r of await sizes()) console.log(`| ${r.build} | ${r.name} | ${kib(r.raw)} | ${kib(r.gzip)} | ${kib(r.brotli)} |`);
console.log('\n| map | script start → map rendered, ms (median, min–max) | navigation → map rendered, ms (median) |' + (baseline ? ' baseline: script start → map rendered, ms (median, min–max) | this build / baseline (medians) |\n|---|---:|---:|---:|---:|' : '\n|---|---:|---:|'));
for (const t of timings) {
  const compared = t.baseline ? ` ${t.baseline.median.toFixed(0)} (${t.baseline.min.toFixed(0)}–${t.baseline.max.toFixed(0)}) | ${(t.script.median / t.baseline.median).toFixed(2)} |` : '';
  console.log(`| ${t.lang} | ${t.script.median.toFixed(0)} (${t.script.min.toFixed(0)}–${t.script.max.toFixed(0)}) | ${t.navigation.median.toFixed(0)} |${compared}`);
}
console.log('\n| page | JS heap MiB | wasm memory MiB | DOM nodes |\n|---|---:|---:|---:|');
for (const m of memories) console.log(`| ${m.label} | ${(m.heap / 1048576).toFixed(1)} | ${(m.wasm / 1048576).toFixed(1)} | ${m.nodes} |`);
