// A published journey site (`safar publish`), as its readers get it: with JavaScript off it is
// complete and readable; with it on, the widget takes over each map in place, and the index's
// search and filters work. Published three times, with the index in English, Persian and Arabic.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { axeViolations, launch, root, serveDist } from './support.mjs';

// The `safar` to publish with: scripts/test.sh installs one as a user would (`cargo install
// --path crates/safar-cli`); alone, this file builds the workspace's own.
const bin = process.env.SAFAR_BIN ?? join(root, 'target/debug/safar');
const work = join(root, 'target/e2e-site');
const LANGUAGES = ['en', 'fa', 'ar'];
const MAPS = {
  en: 'maps/en-online-electronics.journey.html',
  fa: 'maps/fa-bank-account.journey.html',
  ar: 'maps/ar-telecom-subscription.journey.html',
};

let server;
let base = '';
let browser;

before(async () => {
  if (!process.env.SAFAR_BIN) execFileSync('cargo', ['build', '--locked', '-p', 'safar-cli'], { cwd: root, stdio: 'inherit' });
  rmSync(work, { recursive: true, force: true });
  const maps = join(work, 'maps');
  mkdirSync(maps, { recursive: true });
  // The examples name their images relative to themselves: images/, beside the maps.
  for (const path of Object.values(MAPS)) {
    const file = path.replace('maps/', '').replace('.html', '.json');
    cpSync(join(root, 'examples', file), join(maps, file));
  }
  cpSync(join(root, 'examples/images'), join(maps, 'images'), { recursive: true });
  for (const lang of LANGUAGES) {
    // Each site is served under a sub-path of its own, with links relative to it.
    // From outside the checkout and without --widget: the widget is the release build compiled
    // into safar (dist/widget when it was built).
    execFileSync(bin, ['publish', maps, '--out', join(work, lang), '--lang', lang], {
      cwd: tmpdir(),
      env: { ...process.env, LC_ALL: 'C' },
    });
    assert.ok(existsSync(join(work, lang, 'widget/safar_widget_view_bg.wasm')), 'the built-in widget is published');
  }
  server = await serveDist({ dir: work });
  base = server.url;
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/**
 * A page of one of the sites, recording console errors and CSP violations. `javaScript: false`
 * turns it off in the browser; `scripts: false` leaves it on but loads none of the site's
 * scripts, which draws the same page as without JavaScript (the pages have no inline script)
 * while axe can still run in it.
 */
async function open(path, { javaScript = true, scripts = true } = {}) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, javaScriptEnabled: javaScript });
  if (!scripts) await context.route(/\.(m?js|wasm)$/, (route) => route.abort());
  const page = await context.newPage();
  page.errors = [];
  page.on('console', (message) => message.type() === 'error' && page.errors.push(message.text()));
  page.on('pageerror', (error) => page.errors.push(String(error)));
  await page.goto(base + path);
  return page;
}

/** Waits for the widget to have taken over the page's map. */
async function enhanced(page) {
  await page.waitForFunction(() => {
    const host = document.querySelector('safar-journey-map');
    const live = host?.shadowRoot?.querySelector('.safar-widget article.journey-map');
    return live && !host.shadowRoot.querySelector('slot') && live.getBoundingClientRect().height > 0;
  });
}

test('without JavaScript: every page is complete and readable, in its language and direction', async () => {
  for (const lang of LANGUAGES) {
    const index = await open(`${lang}/`, { javaScript: false });
    assert.equal(await index.locator('html').getAttribute('dir'), lang === 'en' ? 'ltr' : 'rtl');
    const rows = index.locator('table.map-index tbody tr');
    assert.equal(await rows.count(), 3);
    await assert.doesNotReject(index.getByRole('link', { name: 'Buying a laptop online and in store at Voltline (current state)' }).waitFor());
    // The search needs JavaScript, so it is not there; the plain table is.
    assert.equal(await index.getByRole('searchbox').count(), 0);
    await index.context().close();
  }

  for (const [lang, path] of Object.entries(MAPS)) {
    const page = await open(`en/${path}`, { javaScript: false });
    assert.equal(await page.locator('html').getAttribute('lang'), lang);
    assert.equal(await page.locator('html').getAttribute('dir'), lang === 'en' ? 'ltr' : 'rtl');
    const map = page.locator('safar-journey-map article.journey-map');
    await map.waitFor();
    assert.ok((await map.boundingBox()).height > 400, 'the static map has its full size');
    assert.equal(await page.getByRole('heading', { level: 1 }).count(), 1);
    // The emotion curve is drawn, and its scores are there as text.
    const drawn = await page.locator('svg.curve polyline.curve-line').evaluateAll((lines) =>
      lines.filter((line) => line.getAttribute('points') && line.getBoundingClientRect().width > 0).length);
    assert.ok(drawn > 2, `${lang}: the curve is drawn (${drawn} pieces)`);
    assert.match(await page.locator('.journey-map').innerText(), /[+−-]?\d|[۰-۹]|[٠-٩]/);
    // Lane choices need the widget, so they are not shown.
    assert.equal(await page.locator('.map-view').isVisible(), false);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  }

  const persona = await open('en/personas/persona-maya.html', { javaScript: false });
  assert.match(await persona.getByRole('heading', { level: 1 }).innerText(), /Maya Chen/);
  await persona.getByRole('link', { name: /Buying a laptop/ }).click();
  await persona.waitForURL(/en-online-electronics\.journey\.html$/);
  await persona.context().close();
});

test('with JavaScript: the widget takes over each map in place, and nothing moves', async () => {
  for (const [lang, path] of Object.entries(MAPS)) {
    const page = await open(`${lang}/${path}`);
    await page.evaluate(() => {
      window.shifts = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.shifts += entry.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    const before = await page.locator('safar-journey-map').boundingBox();
    await enhanced(page);
    // Shifts are reported with the frame that makes them: wait for two more.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    const after = await page.locator('safar-journey-map').boundingBox();
    const shifts = await page.evaluate(() => window.shifts);
    assert.ok(shifts < 0.01, `${lang}: cumulative layout shift ${shifts}`);
    assert.ok(Math.abs(after.height - before.height) < 2, `${lang}: the map kept its height (${before.height} → ${after.height})`);
    assert.deepEqual(page.errors, [], `${lang}: console errors or CSP violations`);
    await page.context().close();
  }
});

test('with JavaScript: lane and stage choices change what the widget shows', async () => {
  const page = await open(`en/${MAPS.en}`);
  await enhanced(page);
  // The live map, in the shadow root; the static one stays in the page, unshown.
  const live = page.locator('safar-journey-map .safar-widget:not(.safar-static)');
  const laneHeaders = live.locator('th.lane-header');
  const lanes = await laneHeaders.count();
  const choices = page.getByRole('group', { name: 'Lanes' }).getByRole('checkbox');
  assert.equal(await choices.count(), lanes);
  const first = choices.first();
  const name = (await first.locator('xpath=..').innerText()).trim();
  await first.uncheck();
  await page.waitForFunction((n) => document.querySelector('safar-journey-map').shadowRoot.querySelectorAll('th.lane-header').length === n, lanes - 1);
  assert.equal(await live.getByText(name, { exact: true }).count(), 0);

  await page.getByLabel('Stage', { exact: true }).selectOption({ index: 2 });
  const stage = await page.getByLabel('Stage', { exact: true }).evaluate((select) => select.selectedOptions[0].textContent.trim());
  await page.waitForFunction(() => document.querySelector('safar-journey-map').getAttribute('stage'));
  await page.waitForFunction(
    (s) => [...document.querySelector('safar-journey-map').shadowRoot.querySelectorAll('th.stage-header')].map((h) => h.textContent).join('|').includes(s),
    stage,
  );
  const stages = await live.locator('th.stage-header').count();
  assert.equal(stages, 1, 'one stage in focus');
  // Back to the whole map.
  await page.getByLabel('Stage', { exact: true }).selectOption('');
  await first.check();
  await page.waitForFunction((n) => document.querySelector('safar-journey-map').shadowRoot.querySelectorAll('th.lane-header').length === n, lanes);
  assert.equal(await page.locator('safar-journey-map').getAttribute('lanes'), null);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('with JavaScript: the index searches and filters, in Persian with Arabic letters too', async () => {
  const page = await open('fa/');
  const search = page.getByRole('searchbox', { name: 'جست‌وجوی نقشه‌ها' });
  const visible = () => page.locator('table.map-index tbody tr:not([hidden])').count();
  assert.equal(await visible(), 3);
  // Typed with the Arabic kaf and yeh, the Persian title still matches.
  await search.fill('بانك مهرآيين');
  assert.equal(await visible(), 1);
  await page.getByRole('status').filter({ hasText: '۱ از ۳' }).waitFor();
  await search.fill('');
  await page.getByLabel('زبان').selectOption('ar');
  assert.equal(await visible(), 1);
  await page.getByLabel('زبان').selectOption('');
  await search.fill('هیچ‌چیز-نیست');
  assert.equal(await visible(), 0);
  assert.ok(await page.getByText('هیچ نقشه‌ای پیدا نشد', { exact: false }).isVisible());
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('axe: index, map and persona pages in English, Persian and Arabic, with and without JavaScript', async () => {
  for (const lang of LANGUAGES) {
    // The persona page of this language's map, as its map page links it.
    const map = await open(`${lang}/${MAPS[lang]}`, { javaScript: false });
    const persona = new URL(await map.locator('.site-personas a').first().getAttribute('href'), map.url()).href.slice(base.length);
    await map.context().close();
    for (const path of [`${lang}/`, `${lang}/${MAPS[lang]}`, persona]) {
      for (const javaScript of [false, true]) {
        const page = await open(path, { scripts: javaScript });
        if (javaScript && path.includes('/maps/')) await enhanced(page);
        assert.equal(await page.evaluate(() => document.documentElement.classList.contains('js')), javaScript);
        assert.equal(await page.locator('html').getAttribute('dir'), lang === 'en' ? 'ltr' : 'rtl', path);
        // Before axe, which adds a style of its own that the page's policy refuses.
        if (javaScript) assert.deepEqual(page.errors, [], path);
        assert.deepEqual(await axeViolations(page), [], `${path} (JavaScript ${javaScript ? 'on' : 'off'})`);
        await page.context().close();
      }
    }
  }
});

test('every map page offers its picture and PDF, which arrive as files that open', async () => {
  // The link names, in each map's language: "Picture (SVG, 213 KB)" and the like (a
  // right-to-left mark after a Latin word keeps the size's digits out of its run).
  const names = {
    en: { svg: /^Picture \(SVG, \d+ KB\)$/, png: /^Picture \(PNG, [\d.]+ [KM]B\)$/, pdf: /^PDF on A3 pages \([\d.]+ [KM]B\)$/ },
    fa: { svg: /^تصویر \(SVG\u200F، [۰-۹]+ کیلوبایت\)$/, png: /^تصویر \(PNG\u200F، [۰-۹٫]+ (کیلو|مگا)بایت\)$/, pdf: /^PDF در صفحه‌های A3\u200F \([۰-۹٫]+ (کیلو|مگا)بایت\)$/ },
    ar: { svg: /^صورة \(SVG\u200F، [٠-٩]+ كيلوبايت\)$/, png: /^صورة \(PNG\u200F، [٠-٩٫]+ (كيلوبايت|ميغابايت)\)$/, pdf: /^PDF على صفحات A3\u200F \([٠-٩٫]+ (كيلوبايت|ميغابايت)\)$/ },
  };
  const signature = { svg: '<svg', png: '\x89PNG', pdf: '%PDF-' };
  for (const [lang, path] of Object.entries(MAPS)) {
    const page = await open(`en/${path}`, { javaScript: false });
    const downloads = page.getByRole('region', { name: lang === 'en' ? 'Download' : lang === 'fa' ? 'دریافت' : 'التنزيل' });
    for (const format of ['svg', 'png', 'pdf']) {
      const link = downloads.getByRole('link', { name: names[lang][format] });
      const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
      const bytes = readFileSync(await download.path());
      assert.ok(bytes.length > 1000, `${lang} ${format}: ${bytes.length} bytes`);
      assert.equal(bytes.subarray(0, signature[format].length).toString('latin1'), signature[format], `${lang}: the ${format} is one`);
      assert.equal(download.suggestedFilename(), path.replace('maps/', '').replace('.html', `.${format}`));
    }
    await page.context().close();
  }
});

test('with JavaScript: Print (and Ctrl+P) puts the pages of the map’s PDF on paper, and nothing else', async () => {
  const page = await open(`ar/${MAPS.ar}`);
  await enhanced(page);
  // Headless Chromium has no print dialog to show (and a page being printed cannot make a
  // PDF): print() is counted, and the page printed as the dialog would print it.
  await page.evaluate(() => {
    window.printed = 0;
    window.print = () => { window.printed++; };
  });
  await page.getByRole('button', { name: /^الطباعة على صفحات A3/ }).click();
  await page.waitForFunction(() => window.printed === 1);
  const sheets = await page.locator('#safar-print-pages img').count();
  const dir = join(work, 'print');
  mkdirSync(dir, { recursive: true });
  const info = (file) => {
    const text = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    return { pages: Number(/^Pages:\s+(\d+)/m.exec(text)[1]), size: /^Page size:\s+([\d.]+) x ([\d.]+)/m.exec(text).slice(1).map(Number) };
  };
  const href = await page.getByRole('link', { name: /^PDF/ }).getAttribute('href');
  writeFileSync(join(dir, 'published.pdf'), await (await page.request.get(new URL(href, page.url()).href)).body());
  const published = info(join(dir, 'published.pdf'));
  assert.equal(sheets, published.pages, 'as many printed pages as the published PDF has');
  await page.emulateMedia({ media: 'print' });
  writeFileSync(join(dir, 'printed.pdf'), await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  const printed = info(join(dir, 'printed.pdf'));
  assert.equal(printed.pages, published.pages, 'the printout is the PDF’s pages');
  assert.ok(Math.abs(printed.size[0] - published.size[0]) < 2 && Math.abs(printed.size[1] - published.size[1]) < 2, `on A3 landscape: ${printed.size}`);
  const text = execFileSync('pdftotext', [join(dir, 'printed.pdf'), '-'], { encoding: 'utf8' });
  assert.doesNotMatch(text, /التنزيل|الطباعة على/, 'nothing of the page around the map is printed');
  await page.emulateMedia({ media: 'screen' });
  await page.keyboard.press('Control+P');
  await page.waitForFunction(() => window.printed === 2);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('print: the map is laid out on landscape pages', async () => {
  const page = await open(`fa/${MAPS.fa}`);
  await enhanced(page);
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  const box = /\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(pdf.toString('latin1'));
  assert.ok(box, 'the PDF has a page size');
  assert.ok(Number(box[1]) > Number(box[2]), `landscape: ${box[1]} × ${box[2]}`);
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('.map-view').isVisible(), false);
  await page.context().close();
});
