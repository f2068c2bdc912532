// The embeddable widget on a page Safar does not control: hostile CSS, a strict
// Content-Security-Policy header, the widget's files under a sub-path, several widgets in three
// languages, a bad one, edits that persist, attributes that update, the JavaScript API, removal
// without leftovers, and the iframe fallback.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { useServerAndBrowser, openPage, root, WCAG_TAGS } from './support.mjs';
import { hostRoutes, hostPage, THREE_AND_A_BAD_ONE } from './widget-host.mjs';

const pages = {
  '/host/': hostPage(THREE_AND_A_BAD_ONE),
  '/host/sync': hostPage(`
    <safar-journey-map id="editor" src="/maps/en.json" mode="edit" storage-key="sync"></safar-journey-map>
    <safar-journey-map id="reader" src="/maps/en.json" storage-key="sync"></safar-journey-map>`),
  '/host/empty': hostPage('<button class="button" id="host-button">The host’s own button</button>'),
  '/host/bad': hostPage(`
    <safar-journey-map id="not-json" src="/maps/not-json.json"></safar-journey-map>
    <safar-journey-map id="invalid" src="/maps/invalid.json" lang="fa"></safar-journey-map>
    <safar-journey-map id="nothing" lang="ar"></safar-journey-map>
    <safar-journey-map id="inline" lang="en"><script type="application/json">${readFileSync(join(root, 'examples/fa-bank-account.journey.json'), 'utf8').replaceAll('</', '<\\/')}</script></safar-journey-map>`),
  '/host/large': hostPage(`
    <safar-journey-map id="declared" src="/maps/large-declared.json"></safar-journey-map>
    <safar-journey-map id="streamed" src="/maps/large-streamed.json" lang="fa"></safar-journey-map>
    <safar-journey-map id="inline-large" lang="ar"><script type="application/json">{"format": "safar-journey-map", "version": 1, "journeys": []${' '.repeat(8 * 1024 * 1024)}}</script></safar-journey-map>`),
  '/host/bare': hostPage('', { script: false }),
  '/host/keep': hostPage('<safar-journey-map id="keeper" src="/maps/en.json" mode="edit" storage-key="kept"></safar-journey-map>'),
  '/host/readers': hostPage(`
    <safar-journey-map id="plain" src="/maps/en.json"></safar-journey-map>
    <safar-journey-map id="follows-kept" src="/maps/en.json" storage-key="kept"></safar-journey-map>
    <safar-journey-map id="follows-fresh" src="/maps/fa.json" lang="fa" storage-key="fresh"></safar-journey-map>`),
  '/host/fallback': hostPage('<safar-journey-map id="fallback" src="/maps/fa.json" lang="fa"><h2>A map drawn by the page</h2><p>Its stages, as a published site prints them.</p></safar-journey-map>'),
  '/host/export': hostPage(`
    <safar-journey-map id="shown" src="/maps/fa.json" lang="fa" lanes="pain-points, opportunities" stage="stage-decision"></safar-journey-map>
    <section id="mounted"></section>`),
  '/host/downloads': hostPage(`
    <safar-journey-map id="en-menu" src="/maps/en.json" exports="pdf, json"></safar-journey-map>
    <safar-journey-map id="fa-menu" src="/maps/fa.json" lang="fa" exports lanes="pain-points, opportunities"></safar-journey-map>
    <safar-journey-map id="editing" src="/maps/en.json" mode="edit" storage-key="menu" exports></safar-journey-map>
    <safar-journey-map id="no-menu" src="/maps/en.json"></safar-journey-map>`),
  '/host/timed': hostPage('<safar-journey-map id="timed" src="/maps/en.json"></safar-journey-map>'),
  '/host/frame': hostPage('<iframe id="frame" src="/safar/embed.html?src=/maps/fa.json&amp;lang=fa" title="Journey map" width="100%" height="600"></iframe>'),
};

const env = useServerAndBrowser({ routes: hostRoutes(pages) });

/** The catalogs' plain messages of a language, by id. */
function catalog(lang) {
  const dir = join(root, 'crates/safar-i18n/locales', lang);
  const messages = {};
  for (const file of readdirSync(dir)) {
    for (const line of readFileSync(join(dir, file), 'utf8').split('\n')) {
      const found = /^([a-z0-9-]+) = (.*)$/.exec(line);
      if (found) messages[found[1]] = found[2];
    }
  }
  return messages;
}
const ar = catalog('ar');
const fa = catalog('fa');

const example = (name) => JSON.parse(readFileSync(join(root, 'examples', name), 'utf8'));
const titles = {
  en: example('en-online-electronics.journey.json').journeys[0].title,
  fa: example('fa-bank-account.journey.json').journeys[0].title,
  ar: example('ar-telecom-subscription.journey.json').journeys[0].title,
};

/** A page that records CSP violations and the widgets' events. */
async function openHost(path, { context = null, waitUntil = 'load', before = null } = {}) {
  const page = context ? await context.newPage() : await openPage(env.browser);
  if (context) {
    page.errors = [];
    page.on('console', (m) => m.type() === 'error' && page.errors.push(m.text()));
    page.on('pageerror', (e) => page.errors.push(String(e)));
  }
  await page.addInitScript(() => {
    window.violations = [];
    window.events = [];
    document.addEventListener('securitypolicyviolation', (e) => window.violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    for (const name of ['safar-ready', 'safar-error', 'safar-change']) {
      document.addEventListener(name, (e) => window.events.push({ name, id: e.target.id, code: e.detail?.code ?? null, message: e.detail?.message ?? null }));
    }
  });
  await before?.(page);
  await page.goto(`${env.url}${path.slice(1)}`, { waitUntil });
  return page;
}

const events = (page) => page.evaluate(() => window.events);
const waitForEvent = (page, name, id) =>
  page.waitForFunction(({ name, id }) => window.events.some((e) => e.name === name && e.id === id), { name, id });

async function axeInside(page, selector) {
  const results = await new AxeBuilder({ page }).include(selector).withTags(WCAG_TAGS).analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
}

/** Only the bad widget's 404 may be in the console. */
function unexpectedErrors(page, allowed = 0) {
  const notFound = page.errors.filter((e) => e.includes('status of 404'));
  assert.equal(notFound.length, allowed, `404s: ${notFound.join('\n')}`);
  return page.errors.filter((e) => !e.includes('status of 404'));
}

test('three widgets and a bad one on a hostile page with a strict CSP', async () => {
  const page = await openHost('/host/');
  for (const id of ['en', 'fa', 'ar']) await waitForEvent(page, 'safar-ready', id);
  await waitForEvent(page, 'safar-error', 'bad');

  // Each map is there, in its language and direction, despite `* { all: unset }` and
  // `div { display: none }` on the page.
  for (const id of ['en', 'fa', 'ar']) {
    const widget = page.locator(`#${id}`);
    await widget.getByRole('heading', { name: titles[id], level: 1 }).waitFor();
    const grid = widget.locator('table.journey-grid');
    assert.ok(await grid.isVisible(), `${id}: the grid shows`);
    const box = await grid.boundingBox();
    assert.ok(box.width > 600 && box.height > 300, `${id}: the grid has its size (${box.width}×${box.height})`);
    const expected = id === 'en' ? 'ltr' : 'rtl';
    assert.equal(await widget.locator('article.journey-map').getAttribute('dir'), expected);
    assert.equal(await widget.locator('.safar-widget').getAttribute('lang'), id);
  }
  // The host's CSS does not reach in…
  const inside = await page.locator('#en').locator('.map-header h1').evaluate((h) => {
    const style = getComputedStyle(h);
    return { color: style.color, size: style.fontSize };
  });
  assert.notEqual(inside.color, 'rgb(255, 0, 255)');
  assert.notEqual(inside.size, '40px');
  const editButton = await page.locator('#ar').getByRole('button', { name: ar['editor-undo'] }).evaluate((b) => getComputedStyle(b).backgroundColor);
  assert.notEqual(editButton, 'rgb(255, 0, 0)', 'the host’s button rule stays out');
  // …and the widget's CSS does not reach out: the host's heading keeps the host's font.
  assert.equal(await page.locator('body > h1').evaluate((h) => getComputedStyle(h).fontSize), '24px');

  // The bad widget says why, in its box, and told the page.
  const alert = page.locator('#bad').getByRole('alert');
  await alert.waitFor();
  assert.match(await alert.innerText(), /could not be fetched.*404/s);
  const bad = (await events(page)).find((e) => e.name === 'safar-error');
  assert.equal(bad.id, 'bad');
  assert.equal(bad.code, 'status');
  assert.match(bad.message, /missing\.json/);

  assert.deepEqual(await page.evaluate(() => window.violations), [], 'no CSP violation');
  assert.deepEqual(unexpectedErrors(page, 1), [], 'no console errors but the missing map');

  // The Persian font is registered with the document (a shadow root ignores @font-face).
  assert.ok(await page.evaluate(() => [...document.fonts].some((f) => f.family.includes('Safar Vazirmatn'))));

  // axe inside each widget, left to right and right to left.
  for (const id of ['en', 'fa', 'ar', 'bad']) {
    assert.deepEqual(await axeInside(page, `#${id}`), [], `axe in #${id}`);
  }
  // And in the editable one with a dialog open.
  await page.locator('#ar').getByRole('button', { name: ar['editor-map-details'], exact: true }).click();
  await page.locator('#ar').getByRole('dialog', { name: ar['editor-map-details'] }).waitFor();
  assert.deepEqual(await axeInside(page, '#ar'), [], 'axe with the dialog open');
  await page.context().close();
});

test('edits in an editable widget persist across a reload, and a reader with the same key follows', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await openHost('/host/', { context });
  await waitForEvent(page, 'safar-ready', 'ar');
  const widget = page.locator('#ar');
  await widget.getByRole('button', { name: ar['editor-map-details'], exact: true }).click();
  const dialog = widget.getByRole('dialog', { name: ar['editor-map-details'] });
  await dialog.waitFor();
  const title = dialog.getByLabel(ar['editor-meta-title'], { exact: true });
  await title.fill('رحلة الاشتراك بعد التعديل');
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'hidden' });
  await widget.getByRole('heading', { name: 'رحلة الاشتراك بعد التعديل', level: 1 }).waitFor();
  assert.ok((await events(page)).some((e) => e.name === 'safar-change' && e.id === 'ar'), 'safar-change fired');
  const map = await page.evaluate(() => document.getElementById('ar').getMap());
  assert.equal(map.journeys[0].title, 'رحلة الاشتراك بعد التعديل', 'getMap() has the edit');
  // Saved shortly after the edit; the page's other widgets are untouched.
  await page.waitForFunction(() => Object.keys(localStorage).some((k) => k.startsWith('safar-widget.e2e:')));
  await page.waitForTimeout(600);
  await page.reload();
  await waitForEvent(page, 'safar-ready', 'ar');
  await page.locator('#ar').getByRole('heading', { name: 'رحلة الاشتراك بعد التعديل', level: 1 }).waitFor();
  await page.locator('#en').getByRole('heading', { name: titles.en, level: 1 }).waitFor();
  assert.deepEqual(await page.evaluate(() => window.violations), []);
  // The bad widget's 404, once before the reload and once after.
  assert.deepEqual(unexpectedErrors(page, 2), []);

  // Two widgets with the same storage key: the reader follows the editor on the same page.
  const sync = await openHost('/host/sync', { context });
  await waitForEvent(sync, 'safar-ready', 'editor');
  await waitForEvent(sync, 'safar-ready', 'reader');
  await sync.locator('#editor').getByRole('button', { name: 'Map details', exact: true }).click();
  await sync.locator('#editor').getByLabel('Title', { exact: true }).fill('Followed title');
  await sync.keyboard.press('Escape');
  await sync.locator('#reader').getByRole('heading', { name: 'Followed title', level: 1 }).waitFor({ timeout: 5000 });
  // And in another tab, through the storage event.
  const other = await openHost('/host/sync', { context });
  await other.locator('#reader').getByRole('heading', { name: 'Followed title', level: 1 }).waitFor();
  await sync.locator('#editor').getByRole('button', { name: 'Map details', exact: true }).click();
  await sync.locator('#editor').getByLabel('Title', { exact: true }).fill('Changed in the first tab');
  await sync.keyboard.press('Escape');
  await other.locator('#editor').getByRole('heading', { name: 'Changed in the first tab', level: 1 }).waitFor({ timeout: 5000 });
  await other.locator('#reader').getByRole('heading', { name: 'Changed in the first tab', level: 1 }).waitFor({ timeout: 5000 });
  for (const p of [sync, other]) {
    assert.deepEqual(unexpectedErrors(p), []);
    assert.deepEqual(await p.evaluate(() => window.violations), []);
  }
  await context.close();
});

test('bad files say what is wrong, in the widget’s language, and inline JSON works', async () => {
  const page = await openHost('/host/bad');
  for (const id of ['not-json', 'invalid', 'nothing']) await waitForEvent(page, 'safar-error', id);
  await waitForEvent(page, 'safar-ready', 'inline');
  const found = await events(page);
  const code = (id) => found.find((e) => e.id === id && e.name === 'safar-error').code;
  assert.equal(code('not-json'), 'file');
  assert.equal(code('invalid'), 'file');
  assert.equal(code('nothing'), 'empty');
  assert.match(await page.locator('#not-json').getByRole('alert').innerText(), /not a journey map Safar can show/);
  // Persian and Arabic messages for Persian and Arabic widgets.
  assert.match(await page.locator('#invalid').getByRole('alert').innerText(), /نقشهٔ سفری نیست/);
  assert.match(await page.locator('#nothing').getByRole('alert').innerText(), /لا توجد لهذه الأداة خريطة/);
  assert.equal(await page.locator('#nothing .safar-widget').getAttribute('dir'), 'rtl');
  // A map inside the element, in a script of type application/json.
  await page.locator('#inline').getByRole('heading', { name: titles.fa, level: 1 }).waitFor();
  // (Checked before axe, which brings styles of its own.)
  assert.deepEqual(await page.evaluate(() => window.violations), []);
  assert.deepEqual(unexpectedErrors(page), []);
  for (const id of ['not-json', 'invalid', 'nothing', 'inline']) {
    assert.deepEqual(await axeInside(page, `#${id}`), [], `axe in #${id}`);
  }
  await page.context().close();
});

test('a map file larger than the limit is refused before it is read, in the widget’s language', async () => {
  const page = await openHost('/host/large');
  for (const id of ['declared', 'streamed', 'inline-large']) await waitForEvent(page, 'safar-error', id);
  const found = await events(page);
  const failure = (id) => found.find((e) => e.id === id && e.name === 'safar-error');
  for (const id of ['declared', 'streamed', 'inline-large']) assert.equal(failure(id).code, 'too-large', id);
  // The size the server declared; the limit, in megabytes.
  assert.match(failure('declared').message, /This file is too large to open: 9 MB, more than the 8 MB Safar reads\./);
  assert.match(await page.locator('#declared').getByRole('alert').innerText(), /9 MB, more than the 8 MB Safar reads/);
  // No length given: reading stops at the limit, so only the limit is known.
  assert.match(await page.locator('#streamed').getByRole('alert').innerText(), /بزرگ‌تر از ۸ مگابایتی است که سفر می‌خواند، پس خوانده نشد/);
  assert.match(await page.locator('#inline-large').getByRole('alert').innerText(), /هذا الملف أكبر من أن يُفتح: ٨٫١ ميغابايت/);
  assert.deepEqual(unexpectedErrors(page), []);
  await page.context().close();
});

test('attributes update the widget, and the JavaScript API mounts, sets, gets and destroys', async () => {
  const page = await openHost('/host/empty');
  await page.evaluate(async () => {
    const map = document.createElement('safar-journey-map');
    map.id = 'live';
    map.setAttribute('src', '/maps/en.json');
    document.body.append(map);
    await new Promise((done) => map.addEventListener('safar-ready', done, { once: true }));
  });
  const live = page.locator('#live');
  const rows = () => live.locator('tbody th[scope=row]').count();
  const allLanes = await rows();
  assert.ok(allLanes > 3);
  await page.evaluate(() => document.getElementById('live').setAttribute('lanes', 'pain-points, opportunities'));
  await page.waitForFunction(() => document.getElementById('live').shadowRoot.querySelectorAll('tbody th[scope=row]').length === 2);
  const stages = await live.locator('th.stage-header').count();
  await page.evaluate(() => document.getElementById('live').setAttribute('stage', 'Consideration'));
  await page.waitForFunction(() => document.getElementById('live').shadowRoot.querySelectorAll('th.stage-header').length === 1);
  assert.ok(stages > 1);
  await page.evaluate(() => document.getElementById('live').setAttribute('lanes', 'no-such-lane'));
  await live.getByText(/Not found in this map.*no-such-lane/).waitFor();
  await page.evaluate(() => { const m = document.getElementById('live'); m.removeAttribute('lanes'); m.removeAttribute('stage'); });
  await page.waitForFunction((n) => document.getElementById('live').shadowRoot.querySelectorAll('tbody th[scope=row]').length === n, allLanes);
  // A new src is fetched and shown.
  await page.evaluate(() => document.getElementById('live').setAttribute('src', '/maps/fa.json'));
  await live.getByRole('heading', { name: titles.fa, level: 1 }).waitFor();

  // mount(), setMap(), getMap(), destroy() on a plain element.
  const result = await page.evaluate(async ({ fa }) => {
    const { mount } = await import('/safar/safar-widget.js');
    const host = document.createElement('section');
    host.id = 'api';
    document.body.append(host);
    const errors = [];
    host.addEventListener('safar-error', (e) => errors.push(e.detail.code));
    const widget = mount(host, { src: '/maps/ar.json', lang: 'en' });
    await widget.ready;
    await new Promise((done) => host.addEventListener('safar-ready', done, { once: true }));
    const first = widget.getMap().journeys[0].title;
    widget.setMap(fa);
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    const second = host.shadowRoot.querySelector('.map-header h1').textContent;
    let thrown = null;
    try {
      widget.setMap({ format: 'nonsense' });
    } catch (error) {
      thrown = error.code;
    }
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    const shown = host.shadowRoot.querySelector('[role=alert]')?.textContent ?? '';
    widget.destroy();
    return { first, second, thrown, errors, shown, left: host.shadowRoot.childNodes.length };
  }, { fa: JSON.parse(readFileSync(join(root, 'examples/fa-bank-account.journey.json'), 'utf8')) });
  assert.equal(result.first, titles.ar);
  assert.equal(result.second, titles.fa);
  assert.equal(result.thrown, 'file');
  assert.deepEqual(result.errors, ['file']);
  assert.match(result.shown, /not a journey map/);
  assert.equal(result.left, 0, 'destroy() empties the shadow root');
  // The host's own button keeps the host's (hostile) style: nothing leaks out.
  assert.equal(await page.locator('#host-button').evaluate((b) => getComputedStyle(b).backgroundColor), 'rgb(255, 0, 0)');
  assert.deepEqual(await page.evaluate(() => window.violations), []);
  assert.deepEqual(unexpectedErrors(page), []);
  await page.context().close();
});

test('a removed widget leaves no listeners or timers behind, and keeps an edit made just before', async () => {
  const page = await openHost('/host/empty');
  // Count timers and animation frames that fire, from here on.
  await page.evaluate(() => {
    window.fired = 0;
    for (const name of ['setTimeout', 'setInterval', 'requestAnimationFrame']) {
      const original = window[name].bind(window);
      window[name] = (callback, ...rest) => original((...args) => { window.fired += 1; return callback(...args); }, ...rest);
    }
  });
  const cdp = await page.context().newCDPSession(page);
  const windowListeners = async () => {
    const { result } = await cdp.send('Runtime.evaluate', { expression: 'window' });
    const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId });
    return listeners.map((l) => l.type).sort();
  };
  const documentListeners = async () => {
    const { result } = await cdp.send('Runtime.evaluate', { expression: 'document' });
    const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId });
    return listeners.map((l) => l.type).sort();
  };
  // The module itself is loaded first, so what it keeps for the page (its one import) is not
  // counted against a widget.
  await page.evaluate(() => import('/safar/safar-widget.js').then((m) => customElements.whenDefined('safar-journey-map')));
  const before = { window: await windowListeners(), document: await documentListeners() };
  await page.evaluate(async () => {
    const map = document.createElement('safar-journey-map');
    map.id = 'gone';
    map.setAttribute('src', '/maps/en.json');
    map.setAttribute('mode', 'edit');
    map.setAttribute('storage-key', 'removal');
    document.body.append(map);
    await new Promise((done) => map.addEventListener('safar-ready', done, { once: true }));
  });
  const during = await windowListeners();
  assert.ok(during.length > before.window.length, `the editor listens on the window while it is there: ${during}`);
  // An edit, and the widget removed before its autosave's delay is up.
  await page.locator('#gone').getByRole('button', { name: 'Map details', exact: true }).click();
  await page.locator('#gone').getByLabel('Title', { exact: true }).fill('Saved as it went');
  await page.evaluate(() => document.getElementById('gone').remove());
  await page.waitForTimeout(100);
  assert.deepEqual(await windowListeners(), before.window, 'window listeners are as before');
  assert.deepEqual(await documentListeners(), before.document, 'document listeners are as before');
  await page.evaluate(() => { window.fired = 0; });
  await page.waitForTimeout(1500);
  assert.equal(await page.evaluate(() => window.fired), 0, 'no timer or frame fires after removal');
  // The edit was stored as the widget went: a new widget with the same key shows it.
  await page.evaluate(async () => {
    const map = document.createElement('safar-journey-map');
    map.id = 'back';
    map.setAttribute('src', '/maps/en.json');
    map.setAttribute('storage-key', 'removal');
    document.body.append(map);
    await new Promise((done) => map.addEventListener('safar-ready', done, { once: true }));
  });
  await page.locator('#back').getByRole('heading', { name: 'Saved as it went', level: 1 }).waitFor();
  assert.deepEqual(unexpectedErrors(page), []);
  await page.context().close();
});

test('read-only widgets write nothing to localStorage, so other tabs of the origin hear nothing', { timeout: 90_000 }, async () => {
  const context = await env.browser.newContext({ viewport: { width: 1400, height: 900 } });
  // An editable widget stores its map first, so that some readers below follow stored edits.
  const keeper = await openHost('/host/keep', { context });
  await waitForEvent(keeper, 'safar-ready', 'keeper');
  await keeper.waitForFunction(() => Object.keys(localStorage).some((k) => k.startsWith('safar-widget.kept:map:')));
  await keeper.close();
  // Another tab of the origin listens to every storage event.
  const listener = await openHost('/host/empty', { context });
  await listener.evaluate(() => {
    window.heard = [];
    window.addEventListener('storage', (e) => window.heard.push({ key: e.key, size: (e.newValue ?? '').length }));
  });
  const snapshot = () => listener.evaluate(() => JSON.stringify(Object.entries(localStorage).sort(([a], [b]) => (a < b ? -1 : 1))));
  const before = await snapshot();

  const page = await openHost('/host/readers', { context });
  for (const id of ['plain', 'follows-kept', 'follows-fresh']) await waitForEvent(page, 'safar-ready', id);
  // And one through mount(), with a storage key nothing is stored under yet.
  await page.evaluate(async () => {
    const { mount } = await import('/safar/safar-widget.js');
    const host = document.createElement('section');
    document.body.append(host);
    const ready = new Promise((done) => host.addEventListener('safar-ready', done, { once: true }));
    await mount(host, { src: '/maps/ar.json', storageKey: 'mounted' }).ready;
    await ready;
  });
  await page.locator('#follows-kept').getByRole('heading', { name: titles.en, level: 1 }).waitFor();
  // Work a widget puts off until after its first paint (a zero-delay timer) has run by now.
  await page.evaluate(() => new Promise((done) => setTimeout(() => setTimeout(done, 0), 0)));
  const after = await snapshot();
  // Storage events reach the other tab in the order of the writes: once this one is there,
  // any earlier one would have been too.
  await page.evaluate(() => localStorage.setItem('e2e-sentinel', '1'));
  await listener.waitForFunction(() => window.heard.some((e) => e.key === 'e2e-sentinel'));
  const heard = (await listener.evaluate(() => window.heard)).filter((e) => e.key !== 'e2e-sentinel');
  assert.deepEqual(heard, [], 'no storage event from mounting read-only widgets');
  assert.equal(after, before, 'localStorage is byte for byte as it was');
  for (const p of [listener, page]) {
    assert.deepEqual(unexpectedErrors(p), []);
    assert.deepEqual(await p.evaluate(() => window.violations), []);
  }
  await context.close();
});

test('options come from their own properties only: a polluted Object.prototype changes nothing', { timeout: 90_000 }, async () => {
  const page = await openHost('/host/bare');
  const requested = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  const result = await page.evaluate(async ({ ar }) => {
    // The page's own script (or a library it loads) polluted every object before Safar came.
    Object.assign(Object.prototype, {
      mode: 'edit', storageKey: 'polluted', src: '/maps/fa.json', map: ar, lang: 'ar', dir: 'rtl',
      lanes: 'no-such-lane', stage: 'no-such-stage', height: '1px', compact: true, pageLang: 'fa',
    });
    const { mount } = await import('/safar/safar-widget.js');
    const element = document.createElement('safar-journey-map');
    element.id = 'element';
    element.setAttribute('src', '/maps/en.json');
    const section = document.createElement('section');
    section.id = 'mounted';
    document.body.append(element, section);
    const ready = (target) => new Promise((done) => target.addEventListener('safar-ready', done, { once: true }));
    const both = Promise.all([ready(element), ready(section)]);
    const widget = mount(section, { src: '/maps/en.json' });
    await widget.ready;
    await both;
    // update() reads own properties too.
    widget.update({ height: '500' });
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    const titles = [element.getMap(), widget.getMap()].map((map) => map?.journeys?.[0]?.title);
    for (const name of ['mode', 'storageKey', 'src', 'map', 'lang', 'dir', 'lanes', 'stage', 'height', 'compact', 'pageLang']) delete Object.prototype[name];
    return { titles, stored: Object.keys(localStorage) };
  }, { ar: readFileSync(join(root, 'examples/ar-telecom-subscription.journey.json'), 'utf8') });
  assert.deepEqual(result.titles, [titles.en, titles.en], 'the map of the page’s own src');
  assert.deepEqual(result.stored, [], 'no polluted storage key was used');
  for (const id of ['element', 'mounted']) {
    const widget = page.locator(`#${id}`);
    await widget.getByRole('heading', { name: titles.en, level: 1 }).waitFor();
    // Read-only: no editor toolbar (in any language), and the viewer alone has no buttons.
    const toolbar = new RegExp(['en', 'fa', 'ar'].map((lang) => catalog(lang)['editor-toolbar']).join('|'));
    assert.equal(await widget.getByRole('group', { name: toolbar }).count(), 0, `${id}: no editor toolbar`);
    assert.equal(await widget.getByRole('button').count(), 0, `${id}: no button`);
    const box = widget.locator('.safar-widget');
    assert.equal(await box.getAttribute('lang'), 'en', `${id}: the map's language, not a polluted one`);
    assert.equal(await box.getAttribute('dir'), 'ltr');
    assert.equal(await box.evaluate((b) => b.classList.contains('compact')), false);
    assert.equal(await widget.getByText(/Not found in this map/).count(), 0, `${id}: no polluted lanes or stage`);
    assert.ok((await widget.locator('table.journey-grid').boundingBox()).height > 300, `${id}: no polluted height`);
  }
  assert.ok(!requested.includes('/maps/fa.json'), `no polluted src fetched: ${requested.join(' ')}`);
  assert.deepEqual(unexpectedErrors(page), []);
  assert.deepEqual(await page.evaluate(() => window.violations), []);
  await page.context().close();
});

test('the iframe fallback shows a map for pages that allow no scripts', async () => {
  const page = await openHost('/host/frame');
  const frame = page.frameLocator('#frame');
  await frame.getByRole('heading', { name: titles.fa, level: 1 }).waitFor();
  const inner = page.frames().find((f) => f.url().includes('embed.html'));
  assert.equal(await inner.evaluate(() => document.documentElement.lang), 'fa');
  await inner.waitForFunction((title) => document.title === title, titles.fa);
  assert.deepEqual(unexpectedErrors(page), []);
  await page.context().close();
});

test('embed.html shows only maps from its own origin, and says so in the page’s language', { timeout: 90_000 }, async () => {
  const fa = catalog('fa');
  for (const src of ['https://evil.example/maps/en.json', '//evil.example/maps/en.json']) {
    const page = await openHost(`/safar/embed.html?src=${encodeURIComponent(src)}&lang=fa&mode=edit&storage-key=taken`);
    const requested = [];
    page.on('request', (request) => requested.push(request.url()));
    const map = page.locator('safar-journey-map');
    const alert = map.getByRole('alert');
    await alert.waitFor();
    const text = await alert.innerText();
    // The message of the catalog, with the address and this page's origin in it.
    const [before] = fa['widget-error-other-origin'].split('{');
    assert.ok(text.startsWith(before.trim()), `a Persian message: ${text}`);
    assert.ok(text.includes('//evil.example/maps/en.json') && text.includes(new URL(env.url).origin), text);
    assert.equal(await page.locator('html').getAttribute('lang'), 'fa');
    await page.waitForFunction(() => window.events.some((e) => e.name === 'safar-error'));
    assert.deepEqual((await events(page)).map((e) => [e.name, e.code]), [['safar-error', 'origin']]);
    assert.ok(!requested.some((url) => url.includes('evil.example')), `nothing fetched from elsewhere: ${requested}`);
    assert.deepEqual(await page.evaluate(() => Object.keys(localStorage)), [], 'nothing stored');
    assert.deepEqual(unexpectedErrors(page), []);
    await page.context().close();
  }
});

test('the editor’s Embed dialog gives a snippet that works', async () => {
  const page = await openPage(env.browser);
  await page.goto(env.url);
  const maps = page.getByRole('table', { name: /Maps in this browser/ });
  await maps.getByRole('link', { name: titles.en }).click();
  await page.getByRole('button', { name: 'Embed', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Embed this map' });
  await dialog.waitFor();
  await dialog.getByLabel('Address of the map file on your server').fill('/maps/en.json');
  await dialog.getByLabel('Edit the map').check();
  await dialog.getByLabel('Storage key (optional)').fill('team a');
  await dialog.getByRole('alert').filter({ hasText: 'cannot be used' }).waitFor();
  await dialog.getByLabel('Storage key (optional)').fill('team-a');
  await dialog.getByLabel('Height (optional)').fill('480');
  const id = JSON.parse(readFileSync(join(root, 'examples/en-online-electronics.journey.json'), 'utf8')).journeys[0].id;
  const snippet = await dialog.getByLabel('Snippet to paste into the page').inputValue();
  assert.match(snippet, /^<script type="module" src="http:\/\/127\.0\.0\.1:\d+\/widget\/safar-widget\.js"><\/script>/);
  assert.ok(snippet.endsWith(`<safar-journey-map src="/maps/en.json" map="${id}" lang="en" storage-key="team-a" height="480" mode="edit"></safar-journey-map>`), snippet);
  // The frame is on the widget's page, so it gets the map's address resolved against it.
  const origin = new URL(env.url).origin;
  const iframe = await dialog.getByLabel(/a frame/).inputValue();
  const frameQuery = (html) => [...new URL(html.match(/src="([^"]+)"/)[1].replaceAll('&amp;', '&')).searchParams];
  assert.deepEqual(frameQuery(iframe), [['src', `${origin}/maps/en.json`], ['map', id], ['lang', 'en'], ['storage-key', 'team-a'], ['mode', 'edit']]);
  assert.match(iframe, /width="100%" height="480"/);
  await dialog.getByText(`The frame fetches the map file from ${origin}/maps/en.json`).waitFor();
  const violations = (await new AxeBuilder({ page }).include('dialog').withTags(WCAG_TAGS).analyze()).violations;
  assert.deepEqual(violations.map((v) => v.id), []);

  // A relative map address is read against the page it goes on, once that page is named.
  const pageAddress = dialog.getByLabel('Address of the page the map goes on (optional)');
  await pageAddress.fill('https://intranet.example/wiki/onboarding');
  await dialog.getByText('On that page the widget fetches the map file from https://intranet.example/maps/en.json').waitFor();
  // …and the frame, on this origin, would be refused a map from the intranet's.
  await dialog.getByText(`The frame shows only map files served from ${origin}`).waitFor();
  await pageAddress.fill('');

  // Lanes, a stage and compact cards are the element's attributes too.
  const lanes = dialog.getByRole('group', { name: 'Lanes to show' }).getByRole('checkbox');
  const lanesShown = await lanes.count();
  assert.ok(lanesShown > 2, `every shown lane is offered (${lanesShown})`);
  await lanes.nth(1).uncheck();
  const stages = dialog.getByLabel('Stage to show');
  const [, second] = await stages.locator('option').evaluateAll((options) => options.map((o) => o.value));
  await stages.selectOption(second);
  await dialog.getByLabel(/^Compact/).check();
  const chosen = await dialog.getByLabel('Snippet to paste into the page').inputValue();
  const element = chosen.match(/<safar-journey-map[^>]*>/)[0];
  const laneIds = element.match(/ lanes="([^"]+)"/)[1].split(',');
  assert.equal(laneIds.length, lanesShown - 1, element);
  assert.match(element, new RegExp(` stage="${second}"`));
  assert.match(element, / mode="edit" compact>$/);
  assert.deepEqual(frameQuery(await dialog.getByLabel(/a frame/).inputValue()).slice(4), [['lanes', laneIds.join(',')], ['stage', second], ['mode', 'edit'], ['compact', '']]);
  await lanes.nth(1).check();
  await stages.selectOption('');
  await dialog.getByLabel(/^Compact/).uncheck();
  assert.equal(await dialog.getByLabel('Snippet to paste into the page').inputValue(), snippet, 'every lane again: no lanes attribute');

  // A widget address that is no http(s) or relative URL makes no snippet: a `javascript:` one
  // would become the iframe's src, and run on the page it is pasted into.
  const widgetAddress = dialog.getByLabel("Address of Safar's widget files");
  const good = await widgetAddress.inputValue();
  for (const bad of ['javascript:alert(document.domain)//', ' JaVaScRiPt:alert(1)//', 'data:text/html,<script>alert(1)</script>//']) {
    await widgetAddress.fill(bad);
    await dialog.getByRole('alert').filter({ hasText: 'This address cannot go into a snippet' }).waitFor();
    assert.equal(await widgetAddress.getAttribute('aria-invalid'), 'true');
    assert.equal(await dialog.getByLabel('Snippet to paste into the page').inputValue(), '', `no snippet for ${bad}`);
    assert.equal(await dialog.getByLabel(/a frame/).inputValue(), '', `no iframe for ${bad}`);
    assert.ok(await dialog.getByRole('button', { name: 'Copy the snippet' }).isDisabled());
  }
  await widgetAddress.fill(good);
  await dialog.getByRole('alert').filter({ hasText: 'This address cannot go into a snippet' }).waitFor({ state: 'detached' });
  assert.equal(await dialog.getByLabel('Snippet to paste into the page').inputValue(), snippet);
  assert.deepEqual(page.errors, []);

  // The snippet, pasted into the hostile page, works (the app serves the widget at /widget/).
  const host = await openHost('/host/bare');
  await host.evaluate((html) => {
    const template = document.createElement('template');
    template.innerHTML = html.replace(/^<script[^>]*><\/script>\n/, '');
    document.body.append(template.content);
  }, snippet);
  await host.evaluate((src) => import(src), snippet.match(/src="([^"]+)"/)[1]);
  await host.locator('safar-journey-map').getByRole('button', { name: 'Map details', exact: true }).waitFor();
  assert.deepEqual(unexpectedErrors(host), []);
  await page.context().close();
  await host.context().close();
});

test("setMap keeps the map it replaces as a snapshot, as Keep mine does", async () => {
  const page = await openHost('/host/bare');
  const en = JSON.parse(readFileSync(join(root, 'examples/en-online-electronics.journey.json'), 'utf8'));
  const key = `safar-widget.setmap:map:${en.journeys[0].id}`;
  await page.evaluate(async ({ en }) => {
    const { mount } = await import('/safar/safar-widget.js');
    const host = document.createElement('section');
    host.id = 'kept';
    document.body.append(host);
    window.kept = mount(host, { map: en, mode: 'edit', storageKey: 'setmap', lang: 'en' });
    await window.kept.ready;
  }, { en });
  // The page's map is stored and its editor is up before the page replaces it.
  await page.waitForFunction((key) => localStorage.getItem(key) != null, key);
  await page.locator('#kept').getByRole('grid').waitFor();
  await page.evaluate(({ en }) => {
    const edited = structuredClone(en);
    edited.journeys[0].title = 'Set by the page';
    window.kept.setMap(edited);
  }, { en });
  const prefix = `safar-widget.setmap:snapshot:${en.journeys[0].id}:`;
  await page.waitForFunction((prefix) => Object.keys(localStorage).some((k) => k.startsWith(prefix)), prefix);
  const kept = await page.evaluate((prefix) => {
    const found = Object.keys(localStorage).find((k) => k.startsWith(prefix));
    return JSON.parse(localStorage.getItem(found));
  }, prefix);
  assert.equal(kept.name, 'Before the page set a new map');
  assert.equal(kept.file.journeys[0].title, en.journeys[0].title);
  assert.equal((await page.evaluate((key) => JSON.parse(localStorage.getItem(key)), key)).file.journeys[0].title, 'Set by the page');
  // An inline map has no address for its relative pictures to load from: those 404s are expected.
  assert.deepEqual(page.errors.filter((e) => !/status of 404/.test(e)), []);
  await page.context().close();
});

/** The widget builds (`view`, `edit`) whose WebAssembly the page fetched. */
const buildsFetched = (page) =>
  page.evaluate(() => ['view', 'edit'].filter((b) => performance.getEntriesByType('resource').some((r) => r.name.endsWith(`/safar_widget_${b}_bg.wasm`))));

test('a page of read-only widgets fetches only the view build; the edit build comes for a widget that edits', async () => {
  const readers = await openHost('/host/readers');
  await readers.waitForFunction(() => window.events.filter((e) => e.name === 'safar-ready').length === 3);
  assert.deepEqual(await buildsFetched(readers), ['view'], 'three readers, one of them following stored edits, need no editor');
  // Asked to edit, a reader mounts again with the edit build, on the same map.
  await readers.evaluate(() => document.getElementById('plain').setAttribute('mode', 'edit'));
  const plain = readers.locator('#plain');
  await plain.getByRole('group', { name: 'Map editing' }).waitFor();
  await plain.getByRole('heading', { name: titles.en, level: 1 }).waitFor();
  assert.deepEqual(await buildsFetched(readers), ['view', 'edit']);
  // And back: the editor goes, the map stays.
  await readers.evaluate(() => document.getElementById('plain').setAttribute('mode', 'view'));
  await plain.getByRole('group', { name: 'Map editing' }).waitFor({ state: 'detached' });
  await plain.getByRole('heading', { name: titles.en, level: 1 }).waitFor();
  assert.deepEqual(readers.errors, []);
  await readers.context().close();

  const mixed = await openHost('/host/');
  await mixed.waitForFunction(() => window.events.filter((e) => e.name === 'safar-ready').length === 3);
  assert.deepEqual(await buildsFetched(mixed), ['view', 'edit'], 'the editable widget brings the edit build');
  await mixed.context().close();
});

test('an editing widget given a new map by the page as soon as it starts takes it, with nothing thrown later', async () => {
  const page = await openHost('/host/bare');
  const en = example('en-online-electronics.journey.json');
  const fa = example('fa-bank-account.journey.json');
  await page.evaluate(async ({ en, fa }) => {
    const { mount } = await import('/safar/safar-widget.js');
    const host = document.createElement('section');
    host.id = 'quick';
    document.body.append(host);
    const widget = mount(host, { map: en, mode: 'edit', storageKey: 'quick', lang: 'en' });
    await widget.ready;
    widget.setMap(fa);
    // Every timer the first editor started (measuring the store, autosave's pauses) falls due
    // within its pause for typing, 1.2 s: the page waits past it before the test looks.
    window.settledAt = performance.now() + 1500;
  }, { en, fa });
  await page.locator('#quick').getByRole('heading', { name: titles.fa, level: 1 }).waitFor();
  await page.waitForFunction(() => performance.now() > window.settledAt);
  assert.deepEqual(page.errors.filter((e) => !/status of 404/.test(e)), []);
  await page.context().close();
});

test('a widget whose WebAssembly cannot load keeps the page\'s static map and says why, in its language', async () => {
  const context = await env.browser.newContext();
  await context.route('**/safar_widget_view_bg.wasm', (route) => route.fulfill({ status: 404, body: 'gone' }));
  const page = await openHost('/host/fallback', { context });
  const fallback = page.locator('#fallback');
  await fallback.getByRole('alert').filter({ hasText: 'این نقشهٔ سفر نشان داده نشد' }).waitFor();
  await fallback.getByRole('heading', { name: 'A map drawn by the page', level: 2 }).waitFor();
  const error = await page.waitForFunction(() => window.events.find((e) => e.name === 'safar-error' && e.id === 'fallback'));
  assert.equal((await error.jsonValue()).code, 'start');
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  assert.deepEqual(results.violations.map((v) => v.id), []);
  await context.close();
});

test('the map attribute picks one map of a file with several, and names the ones there when it matches none', async () => {
  const en = example('en-online-electronics.journey.json');
  const fa = example('fa-bank-account.journey.json');
  const both = { ...en, personas: [...(en.personas ?? []), ...(fa.personas ?? [])], journeys: [en.journeys[0], fa.journeys[0]] };
  const page = await openHost('/host/bare');
  await page.evaluate(async ({ both, id }) => {
    await import('/safar/safar-widget.js');
    const element = document.createElement('safar-journey-map');
    element.id = 'several';
    element.setAttribute('map', id);
    const inline = document.createElement('script');
    inline.type = 'application/json';
    inline.textContent = JSON.stringify(both);
    element.append(inline);
    document.body.append(element);
  }, { both, id: fa.journeys[0].id });
  const several = page.locator('#several');
  await several.getByRole('heading', { name: titles.fa, level: 1 }).waitFor();
  await page.evaluate(() => document.getElementById('several').setAttribute('map', 'no-such-map'));
  const alert = several.getByRole('alert');
  await alert.filter({ hasText: 'no-such-map' }).waitFor();
  const said = await alert.textContent();
  assert.ok(said.includes(en.journeys[0].id) && said.includes(fa.journeys[0].id), `the file's maps are named: ${said}`);
  assert.ok((await events(page)).some((e) => e.name === 'safar-error' && e.id === 'several' && e.code === 'map'));
  await page.evaluate(() => document.getElementById('several').removeAttribute('map'));
  await several.getByRole('heading', { name: titles.en, level: 1 }).waitFor();
  await page.context().close();
});

test('exportMap gives the map as the widget shows it, as an SVG, a PNG or a PDF, under the strict CSP', { timeout: 90_000 }, async () => {
  const page = await openHost('/host/export');
  const pictures = await page.evaluate(async () => {
    const element = document.getElementById('shown');
    await element.ready;
    if (!element.shadowRoot.querySelector('.journey-grid')) await new Promise((done) => element.addEventListener('safar-ready', done, { once: true }));
    const svg = await element.exportMap({ format: 'svg' });
    const png = await element.exportMap({ format: 'png', scale: 1 });
    const pdf = await element.exportMap({ format: 'pdf', pageSize: 'a4' });
    const { mount } = await import('/safar/safar-widget.js');
    const handle = mount(document.getElementById('mounted'), { src: '/maps/en.json' });
    await handle.ready;
    await new Promise((done) => document.getElementById('mounted').addEventListener('safar-ready', done, { once: true }));
    const whole = await handle.exportMap({ format: 'svg' });
    const refused = await element.exportMap({ format: 'gif' }).then(() => null, (error) => error.name);
    return {
      svg: await svg.text(), svgType: svg.type,
      png: [...new Uint8Array(await png.arrayBuffer()).slice(0, 24)], pngType: png.type,
      pdf: new TextDecoder('latin1').decode(await pdf.slice(0, 8).arrayBuffer()), pdfType: pdf.type,
      whole: await whole.text(), refused,
    };
  });
  assert.equal(pictures.svgType, 'image/svg+xml');
  assert.match(pictures.svg, /^<svg[\s>]/);
  // lanes="pain-points, opportunities" stage="stage-decision": only those lanes, only that stage.
  assert.ok(pictures.svg.includes('نقاط درد') && pictures.svg.includes('فرصت‌ها'), 'the lanes the widget shows');
  assert.ok(!pictures.svg.includes('اقدامات مشتری'), 'not the lanes it hides');
  assert.ok(pictures.svg.includes('خرید یا تصمیم‌گیری') && !pictures.svg.includes('>آگاهی<'), 'only the stage in focus');
  assert.equal(pictures.pngType, 'image/png');
  assert.deepEqual(pictures.png.slice(1, 4), [0x50, 0x4e, 0x47]);
  assert.equal(pictures.pdfType, 'application/pdf');
  assert.match(pictures.pdf, /^%PDF-/);
  assert.match(pictures.whole, /Awareness|Research/, 'a handle from mount() exports its map too');
  assert.equal(pictures.refused, 'RangeError', 'a format Safar does not make is refused');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('exports gives readers a download menu, by keyboard, in the widget\'s language, and each file arrives and parses', { timeout: 120_000 }, async () => {
  const page = await openHost('/host/downloads');
  for (const id of ['en-menu', 'fa-menu', 'editing', 'no-menu']) await waitForEvent(page, 'safar-ready', id);
  // axe brings inline styles of its own: the policy's reports of them are not the widget's.
  const axeAgain = async (id, why) => {
    assert.deepEqual(await page.evaluate(() => window.violations), [], `no CSP violation before axe in #${id}`);
    const before = page.errors.length;
    assert.deepEqual(await axeInside(page, `#${id}`), [], why);
    await page.evaluate(() => { window.violations = []; });
    page.errors.length = before;
  };
  const en = page.locator('#en-menu');
  const toggle = en.getByRole('button', { name: 'Download', exact: true });
  assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
  assert.equal(await page.locator('#no-menu').getByRole('button', { name: 'Download', exact: true }).count(), 0, 'no menu without exports');
  assert.equal(await page.locator('#editing').getByRole('button', { name: 'Download', exact: true }).count(), 0, 'an editing widget has Share instead');

  // By keyboard: Enter opens the list with what `exports` names, in its order; Escape closes
  // it and gives the focus back to the button.
  await toggle.focus();
  await page.keyboard.press('Enter');
  assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
  const list = en.locator('.widget-downloads').getByRole('list');
  assert.deepEqual(await list.getByRole('button').allInnerTexts(), ['PDF', 'Map file (JSON)']);
  await page.keyboard.press('Tab');
  assert.equal(await list.getByRole('button', { name: 'PDF' }).evaluate((b) => b.getRootNode().activeElement === b), true, 'Tab goes into the list');
  await axeAgain('en-menu', 'axe with the menu open, left to right');
  await page.keyboard.press('Escape');
  assert.equal(await list.isVisible(), false);
  assert.equal(await toggle.evaluate((b) => b.getRootNode().activeElement === b), true, 'Escape gives the focus back');
  // Tab past the end of the list, or a click elsewhere, closes it.
  await page.keyboard.press('Enter');
  for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
  assert.equal(await list.isVisible(), false, 'Tab past the end closes the list');
  await toggle.click();
  await en.locator('.map-header h1').click();
  assert.equal(await list.isVisible(), false, 'a click elsewhere closes the list');

  const take = async (widget, toggleName, name) => {
    await widget.getByRole('button', { name: toggleName, exact: true }).click();
    const [file] = await Promise.all([page.waitForEvent('download'), widget.locator('.widget-downloads').getByRole('list').getByRole('button', { name, exact: true }).click()]);
    const bytes = await readFile(await file.path());
    const status = widget.locator('.widget-downloads').getByRole('status');
    await status.getByText(file.suggestedFilename(), { exact: false }).waitFor();
    return { name: file.suggestedFilename(), bytes, said: (await status.textContent()).trim() };
  };
  const map = await take(en, 'Download', 'Map file (JSON)');
  assert.match(map.name, /\.journey\.json$/);
  assert.equal(JSON.parse(map.bytes.toString('utf8')).journeys[0].title, titles.en, 'the map file parses and is the map');
  const pdf = await take(en, 'Download', 'PDF');
  assert.match(pdf.name, /\.pdf$/);
  assert.equal(pdf.bytes.subarray(0, 5).toString('latin1'), '%PDF-');
  assert.match(pdf.said, /downloaded: (one page|\d+ pages), \d+ KB/);

  // Right to left, in Persian: every file, and the picture shows the lanes the widget shows.
  const persian = page.locator('#fa-menu');
  const faToggle = persian.getByRole('button', { name: fa['share-download'], exact: true });
  await faToggle.click();
  assert.equal(await persian.locator('.widget-downloads').getByRole('list').getByRole('button').count(), 4, 'exports without a value offers every file');
  await axeAgain('fa-menu', 'axe with the menu open, right to left');
  await faToggle.click();
  const svg = await take(persian, fa['share-download'], fa['share-svg'].replace('{"\u200f"}', '\u200f'));
  const drawn = svg.bytes.toString('utf8');
  assert.match(drawn, /^<svg[\s>]/);
  assert.ok(drawn.includes('نقاط درد') && !drawn.includes('اقدامات مشتری'), 'the lanes the widget shows, not the others');
  assert.ok(svg.said.includes('بارگیری شد'), `said in Persian: ${svg.said}`);
  const png = await take(persian, fa['share-download'], fa['share-png'].replace('{"\u200f"}', '\u200f'));
  assert.deepEqual([...png.bytes.subarray(1, 4)], [0x50, 0x4e, 0x47]);
  assert.deepEqual(await page.evaluate(() => window.violations), [], 'no CSP violation');
  assert.deepEqual(unexpectedErrors(page), []);
  await page.context().close();
});

test('the map file is fetched while the WebAssembly loads, and safar-ready comes once the map is painted with its styles', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1200, height: 800 } });
  const requests = [];
  context.on('request', (request) => requests.push(new URL(request.url()).pathname));
  // The widget's stylesheet is held back until the map is in the widget's box, so the map is
  // drawn before its styles can apply: safar-ready must wait for them.
  const page = await openHost('/host/timed', {
    context,
    waitUntil: 'commit',
    before: (page) => page.route('**/safar/safar-widget.css', async (route) => {
      await page.waitForFunction(() => document.getElementById('timed')?.shadowRoot?.querySelector('.journey-grid'));
      await route.continue();
    }),
  });
  await page.waitForFunction(() => document.getElementById('timed'));
  const seen = await page.evaluate(() => new Promise((done) => {
    const element = document.getElementById('timed');
    const look = () => {
      const box = element.shadowRoot.querySelector('.safar-widget');
      const grid = element.shadowRoot.querySelector('.journey-grid');
      return {
        hidden: box?.parentElement.hidden ?? true,
        // .safar-widget { padding: 0.75rem } comes from the widget's stylesheet only.
        padding: box ? getComputedStyle(box).paddingTop : null,
        width: grid?.getBoundingClientRect().width ?? 0,
      };
    };
    if (window.events.some((e) => e.name === 'safar-ready')) done({ late: true, ...look() });
    else element.addEventListener('safar-ready', () => done(look()), { once: true });
  }));
  assert.equal(seen.late, undefined, 'safar-ready had not come before the styles could load');
  assert.equal(seen.hidden, false, 'the map is shown');
  assert.equal(seen.padding, '12px', 'with its styles');
  assert.ok(seen.width > 600, `laid out (${seen.width} px wide)`);
  // The map was asked for before the WebAssembly, not after it had started.
  const map = requests.indexOf('/maps/en.json');
  const wasm = requests.indexOf('/safar/safar_widget_view_bg.wasm');
  assert.ok(map >= 0 && wasm >= 0, `both fetched: ${requests.join(', ')}`);
  assert.ok(map < wasm, `the map file first: ${requests.join(', ')}`);
  assert.deepEqual(await page.evaluate(() => window.violations), []);
  await context.close();
});
