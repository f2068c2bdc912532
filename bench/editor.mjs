// Measures the editor on a generated 50-stage × 20-lane map with 3 cards per cell (3,000
// cards) in headless Chromium: first render, keystroke to DOM update, undo, autosave, and how
// many DOM nodes one keystroke touches. Prints a Markdown table for BENCHMARKS.md.
//
//   trunk build --release --offline && node bench/editor.mjs [runs]

import { cpus } from 'node:os';
import { serveDist, launch } from '../e2e/support.mjs';
import { generatedMap, record } from './maps.mjs';

const runs = Number(process.argv[2] ?? 5);
function stats(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return { median: sorted[Math.floor(sorted.length / 2)], min: sorted[0], max: sorted.at(-1) };
}

// In the page: from a key's keydown (a capturing listener, first to run) to the end of the
// app's handling of it (a listener on window that runs after the app's own), then to the next
// frame, with every DOM node changed meanwhile. Measured in the page, so no driver latency.
const INSTRUMENT = () => {
  const samples = [];
  let current = null;
  const observer = new MutationObserver((records) => {
    for (const r of records) current?.targets.add(r.target);
  });
  observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
  const finish = (kind) => {
    if (!current || current.kind) return;
    const sample = current;
    sample.kind = kind;
    sample.handled = performance.now() - sample.t0;
    requestAnimationFrame(() =>
      setTimeout(() => {
        sample.frame = performance.now() - sample.t0;
        for (const r of observer.takeRecords()) sample.targets.add(r.target);
        samples.push({ kind, handled: sample.handled, frame: sample.frame, nodes: sample.targets.size });
        if (current === sample) current = null;
      }),
    );
  };
  window.addEventListener('keydown', () => { current = { t0: performance.now(), targets: new Set() }; }, { capture: true });
  window.addEventListener('input', () => finish('keystroke'));
  window.addEventListener('keydown', (event) => { if (event.ctrlKey && event.key.toLowerCase() === 'z') finish('undo'); });
  window.__samples = samples;
};

async function nextSample(page, count) {
  await page.waitForFunction((n) => window.__samples.length >= n, count);
  return page.evaluate((n) => window.__samples[n - 1], count);
}

const map = JSON.stringify(generatedMap({ stages: 50, lanes: 20, perCell: 3 }));
const server = await serveDist();
const browser = await launch();
const results = { total: [], render: [], load: [], keystroke: [], keystrokeFrame: [], nodes: [], undo: [], undoFrame: [], undoNodes: [], save: [] };
for (let run = 0; run < runs; run++) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript((text) => localStorage.setItem('safar:map:big', text), record(map));
  await page.goto(`${server.url}?map=big`);
  await page.waitForFunction(() => performance.getEntriesByName('safar:first-render').length > 0, null, { timeout: 120000 });
  const [start, rendered] = await page.evaluate(() =>
    ['safar:start', 'safar:first-render'].map((n) => performance.getEntriesByName(n)[0].startTime),
  );
  results.total.push(rendered);
  results.render.push(rendered - start);
  results.load.push(await page.evaluate(() => performance.getEntriesByName('safar:load')[0].duration));
  if (run === 0) console.error(`cards on the page: ${await page.locator('.card').count()}`);

  // Edit a note card in the middle of the map.
  await page.locator('[data-cell="slot:l0:s25"]').dblclick();
  const area = page.locator('[data-cell="slot:l0:s25"] textarea').first();
  await area.focus();
  await page.evaluate(INSTRUMENT);
  let taken = 0;
  for (const key of 'abcdefghij') {
    await page.keyboard.press(key);
    const sample = await nextSample(page, ++taken);
    results.keystroke.push(sample.handled);
    results.keystrokeFrame.push(sample.frame);
    results.nodes.push(sample.nodes);
  }
  await page.waitForTimeout(800);
  results.save.push(...(await page.evaluate(() => performance.getEntriesByName('safar:autosave').map((e) => e.duration))));

  // Undo: the ten keystrokes were one step; add and undo a few cards for more samples.
  await page.keyboard.press('Escape');
  for (let i = 0; i < 5; i++) {
    await page.locator('[data-cell="slot:l0:s25"]').dblclick();
    await page.getByRole('button', { name: 'Add card' }).click();
    await page.keyboard.press('Escape');
    await page.waitForTimeout(50);
    taken = await page.evaluate(() => window.__samples.length);
    await page.keyboard.press('Control+z');
    const sample = await nextSample(page, ++taken);
    results.undo.push(sample.handled);
    results.undoFrame.push(sample.frame);
    results.undoNodes.push(sample.nodes);
  }
  await context.close();
}
await browser.close();
await server.close();

const ms = (values) => {
  const { median, min, max } = stats(values);
  return `${median.toFixed(1)} ms (${min.toFixed(1)}–${max.toFixed(1)})`;
};
const count = (values) => {
  const { median, min, max } = stats(values);
  return `${median} (${min}–${max})`;
};
console.log(`${runs} runs; ${cpus().length} × ${cpus()[0].model}; map file ${(map.length / 1024).toFixed(0)} KiB; ${new Date().toISOString().slice(0, 10)}\n`);
console.log('| measure | median (min–max) |\n| --- | ---: |');
console.log(`| navigation start → map in DOM | ${ms(results.total)} |`);
console.log(`| wasm start → map in DOM (open library, load, render 3,000 cards) | ${ms(results.render)} |`);
console.log(`| load from the library: read, parse, migrate, validate | ${ms(results.load)} |`);
console.log(`| keystroke in a card → app done (${results.keystroke.length} keys) | ${ms(results.keystroke)} |`);
console.log(`| keystroke in a card → next frame | ${ms(results.keystrokeFrame)} |`);
console.log(`| DOM nodes changed per keystroke | ${count(results.nodes)} |`);
console.log(`| Ctrl+Z → app done (${results.undo.length} undos) | ${ms(results.undo)} |`);
console.log(`| Ctrl+Z → next frame | ${ms(results.undoFrame)} |`);
console.log(`| DOM nodes changed per undo | ${count(results.undoNodes)} |`);
console.log(`| autosave: validate, serialize, revision check, localStorage write (${results.save.length} saves) | ${ms(results.save)} |`);
