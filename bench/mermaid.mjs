// Safar's view widget side by side with Mermaid's `journey` diagram (the `mermaid` npm package
// from node_modules, no network), in one headless Chromium and one run, on the same journeys:
// typical (6 stages × 4 steps, 8 lanes × 2 cards), large (20 × 5, 12 lanes × 3) and huge
// (50 × 6, 20 lanes × 3), each in English and Persian. Mermaid is given what it can show (the
// title, stages as sections, steps as tasks with their scores and the persona as actor); Safar
// the whole map those come from: the emotion lane scores every step, and the other lanes hold
// their cards in every stage.
//
// - cold: a fresh browser context each run (nothing cached): download, compile, render;
// - warm: the same page renders the journey again (Safar: `setMap` with the map under a new id;
//   Mermaid: `render` again);
// each to the event (Safar's `safar-ready`, which fires once the map is painted with its
// styles; Mermaid's `render()` resolving and its SVG put in the page) and to painted (the next
// animation frame and the task after it). Runs of the two alternate. Then, once per journey: the
// bytes each page fetched (as served, and gzip -9), the JS heap plus wasm memory after a GC, the
// DOM nodes, and axe's WCAG 2.2 AA violations.
//
// Safar's pages carry the widget's strict Content-Security-Policy; Mermaid's carry none, as it
// writes inline styles into its SVG, which `style-src 'self'` refuses.
//
//   node bench/mermaid.mjs [runs]      (after `trunk build --release`)
//
// Prints Markdown, writes bench/results/mermaid.json, and puts the tables in BENCHMARKS.md
// between its `mermaid:start` and `mermaid:end` markers.

import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { join, normalize, extname } from 'node:path';
import { cpus } from 'node:os';
import { gzipSync, constants } from 'node:zlib';
import { AxeBuilder } from '@axe-core/playwright';
import { serveDist, launch, root, WCAG_TAGS } from '../e2e/support.mjs';
import { hostRoutes } from '../e2e/widget-host.mjs';

const runs = Number(process.argv[2] ?? 5);
const SIZES = {
  typical: { stages: 6, steps: 4, lanes: 8, cards: 2 },
  large: { stages: 20, steps: 5, lanes: 12, cards: 3 },
  huge: { stages: 50, steps: 6, lanes: 20, cards: 3 },
};
const LANGS = ['en', 'fa'];
const KINDS = ['actions', 'thoughts', 'touchpoints', 'pain-points', 'opportunities', 'feelings', 'evidence', 'frontstage'];
const WORDS = {
  en: { title: 'Opening an account', stage: 'Stage', step: 'Step', persona: 'Customer', lane: 'Lane', card: 'The customer compares offers and asks a question about delivery' },
  fa: { title: 'افتتاح حساب', stage: 'مرحله', step: 'گام', persona: 'مشتری', lane: 'ردیف', card: 'مشتری پیشنهادها را مقایسه می‌کند و دربارهٔ تحویل می‌پرسد' },
};

/** The score of step `n`, on Safar's −2..+2 scale: a journey with its ups and downs. */
const score = (n) => [1, 0, -1, -2, 0, 2, 1][n % 7];

function card(kind, id, text) {
  switch (kind) {
    case 'touchpoints': return { kind: 'touchpoint', id, text, channel: 'website' };
    case 'pain-points': return { kind: 'pain-point', id, text, severity: 'high' };
    case 'opportunities': return { kind: 'opportunity', id, text, priority: 'medium' };
    case 'evidence': return { kind: 'evidence', id, text, source: 'analytics' };
    case 'frontstage': return { kind: 'blueprint', id, text, resource: 'people' };
    default: return { kind: 'note', id, text };
  }
}

/** The Safar map of a size, in a language. */
function safarMap(size, lang) {
  const { stages: S, steps: T, lanes: L, cards: C } = SIZES[size];
  const w = WORDS[lang];
  let n = 0;
  const stages = Array.from({ length: S }, (_, s) => ({
    id: `s${s}`, name: `${w.stage} ${s + 1}`,
    steps: Array.from({ length: T }, (_, t) => ({ id: `s${s}t${t}`, name: `${w.step} ${s + 1}.${t + 1}` })),
  }));
  const lanes = [{ id: 'emotions', name: w.lane, kind: 'emotions' }, ...Array.from({ length: L - 1 }, (_, l) => ({ id: `l${l}`, name: `${w.lane} ${l + 1}`, kind: KINDS[l % KINDS.length] }))];
  const cells = [];
  let step = 0;
  for (const stage of stages) {
    for (const s of stage.steps) cells.push({ lane: 'emotions', stage: stage.id, step: s.id, cards: [{ kind: 'emotion', id: `e${step}`, score: score(step++) }] });
  }
  for (const lane of lanes.slice(1)) {
    for (const stage of stages) cells.push({ lane: lane.id, stage: stage.id, cards: Array.from({ length: C }, () => card(lane.kind, `c${n}`, `${w.card} ${n++}`)) });
  }
  const journey = {
    id: `${size}-${lang}`, title: w.title, type: 'current-state', language: lang, direction: lang === 'en' ? 'ltr' : 'rtl',
    created: '2026-12-01T00:00:00Z', updated: '2026-12-01T00:00:00Z', stages, lanes, cells,
  };
  return { format: 'safar-journey-map', version: 1, journeys: [journey] };
}

/** The same journey as a Mermaid `journey` diagram: Safar's −2..+2 is Mermaid's 1..5. */
function mermaidText(size, lang) {
  const { stages: S, steps: T } = SIZES[size];
  const w = WORDS[lang];
  const lines = ['journey', `  title ${w.title}`];
  let step = 0;
  for (let s = 0; s < S; s++) {
    lines.push(`  section ${w.stage} ${s + 1}`);
    for (let t = 0; t < T; t++) lines.push(`    ${w.step} ${s + 1}.${t + 1}: ${score(step++) + 3}: ${w.persona}`);
  }
  return lines.join('\n');
}

const journeys = Object.keys(SIZES).flatMap((size) => LANGS.map((lang) => ({ size, lang, key: `${size}-${lang}` })));
const maps = Object.fromEntries(journeys.map((j) => [j.key, JSON.stringify(safarMap(j.size, j.lang))]));

const mermaidPage = (key, lang) => `<!doctype html>
<html lang="${lang}" dir="${lang === 'en' ? 'ltr' : 'rtl'}">
  <head><meta charset="utf-8"><title>Mermaid journey: ${key}</title></head>
  <body>
    <main><h1>${WORDS[lang].title}</h1><div id="diagram"></div></main>
    <script type="application/json" id="text">${JSON.stringify(mermaidText(...key.split('-')))}</script>
    <script type="module">
      import mermaid from '/mermaid/mermaid.esm.min.mjs';
      mermaid.initialize({ startOnLoad: false });
      const text = JSON.parse(document.getElementById('text').textContent);
      let renders = 0;
      window.draw = async () => {
        const { svg } = await mermaid.render('journey' + renders++, text);
        document.getElementById('diagram').innerHTML = svg;
      };
      await window.draw();
      performance.mark('bench:event:1');
      document.dispatchEvent(new Event('bench-drawn'));
    </script>
  </body>
</html>`;

/** Safar's page: the widget's script and element, under the host pages' strict CSP. */
const safarPage = (key, lang) => `<!doctype html>
<html lang="${lang}" dir="${lang === 'en' ? 'ltr' : 'rtl'}">
  <head><meta charset="utf-8"><title>Safar journey map: ${key}</title>
    <script type="module" src="/safar/safar-widget.js"></script></head>
  <body>
    <main><h1>${WORDS[lang].title}</h1><safar-journey-map id="map" src="/maps/bench/${key}.json" lang="${lang}"></safar-journey-map></main>
  </body>
</html>`;
const pages = {};
for (const { key, lang } of journeys) pages[`/host/safar/${key}`] = safarPage(key, lang);
const base = hostRoutes(pages);
const mermaidDir = join(root, 'node_modules/mermaid/dist');
const routes = async (path, response) => {
  const map = /^\/maps\/bench\/([a-z]+-(?:en|fa))\.json$/.exec(path);
  if (map && maps[map[1]]) {
    response.writeHead(200, { 'content-type': 'application/json' }).end(maps[map[1]]);
    return true;
  }
  const page = /^\/mermaid-page\/([a-z]+-(?:en|fa))$/.exec(path);
  if (page) {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(mermaidPage(page[1], page[1].split('-')[1]));
    return true;
  }
  if (path.startsWith('/mermaid/')) {
    const file = normalize(join(mermaidDir, path.slice('/mermaid/'.length)));
    if (!file.startsWith(mermaidDir)) return false;
    try {
      response.writeHead(200, { 'content-type': extname(file) === '.mjs' || extname(file) === '.js' ? 'text/javascript; charset=utf-8' : 'application/octet-stream' }).end(await readFile(file));
    } catch {
      response.writeHead(404).end();
    }
    return true;
  }
  return base(path, response);
};

const server = await serveDist({ routes });
const browser = await launch();

/** Opens a journey in a fresh context; resolves once the first drawing is painted. */
async function open(tool, key) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  const fetched = [];
  page.on('response', (response) => fetched.push(new URL(response.url()).pathname));
  await page.addInitScript(() => {
    const painted = () => new Promise((done) => requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => done();
      channel.port2.postMessage(null);
    }));
    window.drawn = 0;
    const drawn = () => {
      window.drawn += 1;
      const n = window.drawn;
      performance.mark(`bench:event:${n}`);
      painted().then(() => performance.mark(`bench:painted:${n}`));
    };
    document.addEventListener('safar-ready', drawn);
    window.benchPainted = painted;
    document.addEventListener('bench-drawn', () => {
      window.drawn += 1;
      const n = window.drawn;
      painted().then(() => performance.mark(`bench:painted:${n}`));
    });
  });
  await page.goto(`${server.url}${tool === 'safar' ? `host/safar/${key}` : `mermaid-page/${key}`}`);
  await page.waitForFunction(() => performance.getEntriesByName('bench:painted:1').length === 1, null, { timeout: 120_000 });
  return { page, context, fetched };
}

const mark = (page, name) => page.evaluate((name) => performance.getEntriesByName(name)[0].startTime, name);

/** Cold: navigation start to the event and to painted, in a fresh context. */
async function cold(tool, key) {
  const { page, context } = await open(tool, key);
  const result = { event: await mark(page, 'bench:event:1'), painted: await mark(page, 'bench:painted:1') };
  await context.close();
  return result;
}

/** Warm: the same page draws the journey again; from the ask to the event and to painted. */
async function warm(tool, key, page) {
  return page.evaluate(async ({ tool, map }) => {
    const n = window.drawn + 1;
    const start = performance.now();
    if (tool === 'safar') {
      const file = JSON.parse(map);
      file.journeys[0].id += `-again-${n}`;
      document.getElementById('map').setMap(file);
      await new Promise((done) => {
        const wait = () => (performance.getEntriesByName(`bench:painted:${n}`).length ? done() : requestAnimationFrame(wait));
        wait();
      });
      return { event: performance.getEntriesByName(`bench:event:${n}`)[0].startTime - start, painted: performance.getEntriesByName(`bench:painted:${n}`)[0].startTime - start };
    }
    await window.draw();
    const event = performance.now() - start;
    await window.benchPainted();
    window.drawn = n;
    return { event, painted: performance.now() - start };
  }, { tool, map: maps[key] });
}

const gzipCache = new Map();
/** What the page fetched, as served and gzip -9, from the files the server sent. */
async function bytes(fetched, key) {
  let raw = 0;
  let gzip = 0;
  for (const path of new Set(fetched)) {
    let body = null;
    if (path.startsWith('/safar/')) body = await readFile(join(root, 'dist/widget', path.slice(7))).catch(() => null);
    else if (path.startsWith('/mermaid/')) body = await readFile(join(mermaidDir, path.slice(9))).catch(() => null);
    else if (path.startsWith('/maps/bench/')) body = Buffer.from(maps[key]);
    else if (path.startsWith('/host/safar/')) body = Buffer.from(pages[path]);
    else if (path.startsWith('/mermaid-page/')) body = Buffer.from(mermaidPage(key, key.split('-')[1]));
    if (!body) continue;
    raw += body.length;
    if (!gzipCache.has(path + key)) gzipCache.set(path + key, gzipSync(body, { level: constants.Z_BEST_COMPRESSION }).length);
    gzip += gzipCache.get(path + key);
  }
  return { raw, gzip };
}

/** Memory, DOM nodes and axe, once the first drawing is painted. */
async function inspect(tool, key) {
  const { page, context, fetched } = await open(tool, key);
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const metric = (name) => metrics.find((m) => m.name === name).value;
  const wasm = tool === 'safar'
    ? await page.evaluate(async () => (await (await import('/safar/safar_widget_view.js')).default()).memory.buffer.byteLength)
    : 0;
  const axe = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const violations = axe.violations.map((v) => `${v.id} (${v.nodes.length})`);
  const result = { heap: metric('JSHeapUsedSize'), wasm, nodes: metric('Nodes'), violations, ...(await bytes(fetched, key)) };
  await context.close();
  return result;
}

function stats(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length / 2;
  const median = sorted.length % 2 ? sorted[Math.floor(middle)] : (sorted[middle - 1] + sorted[middle]) / 2;
  return { median, min: sorted[0], max: sorted.at(-1), runs: values };
}

const chromium = browser.version();
const results = [];
for (const { key, size, lang } of journeys) {
  const times = { safar: { cold: [], warm: [] }, mermaid: { cold: [], warm: [] } };
  for (let i = 0; i < runs; i++) {
    // Turn about, so a slow moment of the machine falls on both.
    for (const tool of i % 2 ? ['mermaid', 'safar'] : ['safar', 'mermaid']) times[tool].cold.push(await cold(tool, key));
  }
  const warmPages = { safar: await open('safar', key), mermaid: await open('mermaid', key) };
  for (let i = 0; i < runs; i++) {
    for (const tool of i % 2 ? ['mermaid', 'safar'] : ['safar', 'mermaid']) times[tool].warm.push(await warm(tool, key, warmPages[tool].page));
  }
  for (const opened of Object.values(warmPages)) await opened.context.close();
  const entry = { key, size, lang, cards: safarMap(size, lang).journeys[0].cells.reduce((n, c) => n + c.cards.length, 0) };
  for (const tool of ['safar', 'mermaid']) {
    entry[tool] = {
      cold: { event: stats(times[tool].cold.map((t) => t.event)), painted: stats(times[tool].cold.map((t) => t.painted)) },
      warm: { event: stats(times[tool].warm.map((t) => t.event)), painted: stats(times[tool].warm.map((t) => t.painted)) },
      ...(await inspect(tool, key)),
    };
  }
  results.push(entry);
  console.error(`${key}: done`);
}
await browser.close();
await server.close();

const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
const dirty = execFileSync('git', ['status', '--porcelain'], { cwd: root, encoding: 'utf8' }).trim() ? ' (with uncommitted changes)' : '';
const machine = `${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, headless Chromium ${chromium}`;
const day = new Date().toISOString().slice(0, 10);
const mermaidVersion = JSON.parse(await readFile(join(root, 'node_modules/mermaid/package.json'), 'utf8')).version;

const ms = (s) => `${s.median.toFixed(0)} (${s.min.toFixed(0)}–${s.max.toFixed(0)})`;
const ratio = (a, b) => (a.median / b.median).toFixed(2);
const kib = (n) => (n / 1024).toFixed(0);
const mib = (n) => (n / 1048576).toFixed(1);
const lines = [];
lines.push(`Run on ${day}, commit ${commit}${dirty}, ${machine}, Mermaid ${mermaidVersion}; ${runs} runs of each, alternating. Times in ms, median (min–max).`);
lines.push('');
lines.push('| journey | cards | Safar cold, to event | Mermaid cold, to event | ratio | Safar cold, painted | Mermaid cold, painted | ratio | Safar warm, painted | Mermaid warm, painted | ratio |');
lines.push('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const r of results) {
  const s = r.safar;
  const m = r.mermaid;
  lines.push(`| ${r.key} | ${r.cards} | ${ms(s.cold.event)} | ${ms(m.cold.event)} | ${ratio(s.cold.event, m.cold.event)} | ${ms(s.cold.painted)} | ${ms(m.cold.painted)} | ${ratio(s.cold.painted, m.cold.painted)} | ${ms(s.warm.painted)} | ${ms(m.warm.painted)} | ${ratio(s.warm.painted, m.warm.painted)} |`);
}
lines.push('');
lines.push('| journey | Safar fetched KiB (gzip) | Mermaid fetched KiB (gzip) | Safar JS heap + wasm MiB | Mermaid JS heap MiB | Safar DOM nodes | Mermaid DOM nodes | axe, Safar | axe, Mermaid |');
lines.push('|---|---:|---:|---:|---:|---:|---:|---|---|');
for (const r of results) {
  const s = r.safar;
  const m = r.mermaid;
  lines.push(`| ${r.key} | ${kib(s.raw)} (${kib(s.gzip)}) | ${kib(m.raw)} (${kib(m.gzip)}) | ${mib(s.heap)} + ${mib(s.wasm)} | ${mib(m.heap)} | ${s.nodes} | ${m.nodes} | ${s.violations.join(', ') || 'none'} | ${m.violations.join(', ') || 'none'} |`);
}
const markdown = lines.join('\n');
console.log(markdown);

await mkdir(join(root, 'bench/results'), { recursive: true });
await writeFile(join(root, 'bench/results/mermaid.json'), `${JSON.stringify({ day, commit: commit + dirty, machine, mermaid: mermaidVersion, runs, results }, null, 1)}\n`);
const benchmarks = join(root, 'BENCHMARKS.md');
const text = await readFile(benchmarks, 'utf8');
const start = '<!-- mermaid:start -->';
const end = '<!-- mermaid:end -->';
if (text.includes(start) && text.includes(end)) {
  await writeFile(benchmarks, `${text.slice(0, text.indexOf(start) + start.length)}\n${markdown}\n${text.slice(text.indexOf(end))}`);
}
