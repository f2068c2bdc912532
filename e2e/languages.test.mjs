// The interface in English, Persian and Arabic, as people who read each one use it: chosen from
// the browser's language on a first visit, switched and remembered, every screen and dialog
// right to left where it should be, no words left in another language, local digits and the
// Solar Hijri calendar in Persian, and axe clean in all three.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { useServerAndBrowser, openPage, axeViolations, root } from './support.mjs';

const env = useServerAndBrowser();

/** Each catalog's one-line messages, `{ en: Map(id → text), fa: …, ar: … }`. */
async function catalogs() {
  const out = {};
  for (const language of ['en', 'fa', 'ar']) {
    const dir = join(root, 'crates/safar-i18n/locales', language);
    const messages = new Map();
    for (const file of await readdir(dir)) {
      for (const line of (await readFile(join(dir, file), 'utf8')).split('\n')) {
        const match = /^([a-z][a-z0-9-]*) = (.*)$/.exec(line);
        if (match && !match[2].includes('{')) messages.set(match[1], match[2]);
      }
    }
    out[language] = messages;
  }
  return out;
}
const words = await catalogs();

/** The words `english` has in `language`, found through the English catalog. */
function tr(language, english) {
  const ids = [...words.en].filter(([, text]) => text === english).map(([id]) => id);
  assert.ok(ids.length > 0, `no message reads “${english}” in English`);
  return words[language].get(ids[0]);
}

const LANGUAGES = [
  { lang: 'en', dir: 'ltr', locale: 'en-US', map: 'en-online-electronics' },
  { lang: 'fa', dir: 'rtl', locale: 'fa-IR', map: 'fa-bank-account' },
  { lang: 'ar', dir: 'rtl', locale: 'ar-EG', map: 'ar-telecom-subscription' },
];

// Latin words a Persian or Arabic interface rightly shows: key names, format names, units of
// the file format.
const LATIN_ALLOWED = new Set(['JSON', 'SVG', 'PNG', 'PDF', 'CRM', 'SMS', 'Ctrl', 'Shift', 'Alt', 'Enter', 'Esc', 'Escape', 'Tab', 'Home', 'End',
  'Delete', 'Backspace', 'PageUp', 'PageDown', 'Space', 'YYYY', 'MM', 'DD', 'HH', 'SS', 'UTC', 'URL', 'http', 'https', 'Cmd']);

/**
 * Interface text in the wrong script: Latin words in a Persian or Arabic interface, Arabic letters
 * in an English one. Skipped: text marked as another language (`lang`), user text (`bdi`,
 * `dir="auto"`, form fields), code and key names, and what is not rendered.
 */
function foreignText(page, language) {
  return page.evaluate(({ language, allowed }) => {
    const primary = (tag) => (tag ?? '').split('-')[0];
    const skipped = (element) =>
      primary(element.closest('[lang]')?.getAttribute('lang')) !== language ||
      element.closest('bdi, [dir="auto"], code, kbd, script, style, noscript, svg, textarea, select option[lang]') !== null;
    const shown = (element) => element.getClientRects().length > 0 && getComputedStyle(element).visibility !== 'hidden';
    const wrong = (text) => {
      if (language === 'en') return /[\u0600-\u06FF]/.test(text) ? text : null;
      const latin = (text.match(/[A-Za-z]{2,}/g) ?? []).filter((w) => !allowed.includes(w));
      return latin.length ? text : null;
    };
    const found = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node.parentElement;
      if (!element || skipped(element) || !shown(element)) continue;
      const text = wrong(node.textContent.trim());
      if (text) found.push(`text “${text}” in <${element.tagName.toLowerCase()} class="${element.className}">`);
    }
    for (const element of document.body.querySelectorAll('[aria-label], [title], [placeholder], [alt]')) {
      if (skipped(element)) continue;
      for (const name of ['aria-label', 'title', 'placeholder', 'alt']) {
        // An image's description in a map is the map's own text.
        if (name === 'alt' && element.closest('.journey-map')) continue;
        const text = element.hasAttribute(name) ? wrong(element.getAttribute(name)) : null;
        if (text) found.push(`${name} “${text}” on <${element.tagName.toLowerCase()}>`);
      }
    }
    return found;
  }, { language, allowed: [...LATIN_ALLOWED] });
}

async function check(page, { lang, dir }, screen) {
  assert.equal(await page.locator('html').getAttribute('lang'), lang, `${screen}: html lang`);
  assert.equal(await page.locator('html').getAttribute('dir'), dir, `${screen}: html dir`);
  assert.deepEqual(await foreignText(page, lang), [], `${screen} in ${lang}: words outside the interface language`);
  assert.deepEqual(await axeViolations(page), [], `${screen} in ${lang}: axe`);
}

async function openIn(locale) {
  const page = await openPage(env.browser, { locale });
  return page;
}

for (const language of LANGUAGES) {
  test(`every screen and dialog reads in ${language.lang}, chosen from the browser's language`, async () => {
    const page = await openIn(language.locale);
    const { lang } = language;
    await page.goto(env.url);
    const table = page.getByRole('table', { name: tr(lang, 'Maps in this browser, most recently edited first') });
    await table.waitFor();
    await check(page, language, 'library');
    // The check itself catches a word left in the wrong script.
    await page.evaluate((word) => document.querySelector('main').insertAdjacentHTML('beforeend', `<p id="planted">${word}</p>`),
      lang === 'en' ? 'نقشه' : 'Untranslated words');
    assert.equal((await foreignText(page, lang)).length, 1, 'a planted word is found');
    await page.evaluate(() => document.getElementById('planted').remove());

    // Dates: the Solar Hijri calendar (years 14xx) in Persian digits, Gregorian otherwise.
    const rowText = await table.textContent();
    const year = { en: /20\d\d/, fa: /۱۴۰[۰-۹]/, ar: /٢٠[٠-٩][٠-٩]/ }[lang];
    assert.match(rowText, year, `a date in the ${lang} calendar and digits: ${rowText}`);

    await page.getByRole('button', { name: tr(lang, 'New map') }).click();
    const newMap = page.getByRole('dialog', { name: tr(lang, 'New map') });
    await newMap.waitFor();
    await check(page, language, 'new map dialog');
    await page.keyboard.press('Escape');

    // The import dialog, listing a file's problems: the core's own in the interface language,
    // a parser's technical note isolated as it is.
    const example = JSON.parse(await readFile(join(root, 'examples', `${language.map}.journey.json`), 'utf8'));
    example.journeys[0].emotionScale = { min: 5, max: 1 };
    await page.locator('input[type=file]').setInputFiles([
      { name: 'scale.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(example)) },
      { name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"format": "safar-journey-map",') },
    ]);
    const importing = page.getByRole('dialog', { name: tr(lang, 'Import maps') });
    await importing.waitFor();
    await importing.locator('li').first().waitFor();
    await check(page, language, 'import dialog with problems');
    await page.keyboard.press('Escape');

    await page.goto(`${env.url}?map=${language.map}`);
    const grid = page.getByRole('grid');
    await grid.waitFor();
    await check(page, language, 'editor');
    // The map's stages run in its reading direction.
    const stages = await grid.locator('th.stage-header').evaluateAll((cells) => cells.map((c) => c.getBoundingClientRect().x));
    assert.ok(stages.length >= 3, 'the map has stages');
    const ordered = [...stages].sort((a, b) => (language.dir === 'rtl' ? b - a : a - b));
    assert.deepEqual(stages, ordered, `stages run ${language.dir}`);
    assert.equal(await page.locator('article.journey-map').getAttribute('dir'), language.dir);

    // Each of the editor's dialogs, opened from the toolbar.
    for (const [button, dialog] of [
      ['Versions', 'Versions and reviews'],
      ['Map details', 'Map details'],
      ['Lanes', 'Lanes'],
      ['Personas', 'Personas'],
      ['Shortcuts', 'Keyboard shortcuts'],
      ['Embed', 'Embed this map'],
      ['Share', 'Share this map'],
    ]) {
      await page.getByRole('button', { name: tr(lang, button), exact: true }).click();
      await page.getByRole('dialog', { name: tr(lang, dialog) }).waitFor();
      await check(page, language, `${button} dialog`);
      await page.keyboard.press('Escape');
      await page.getByRole('dialog').waitFor({ state: 'hidden' });
    }

    // A cell's editor, opened from the keyboard.
    await grid.locator('[data-cell^="slot:"]').first().focus();
    await page.keyboard.press('Enter');
    await page.locator('.cell-editor').waitFor();
    await check(page, language, 'cell editor');
    await page.keyboard.press('Escape');

    await page.goto(`${env.url}?example=online-electronics`);
    await page.locator('article.journey-map').waitFor();
    await check(page, language, 'example');
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });
}

test('the language is switched in place, remembered, and Arabic may use Latin digits', async () => {
  const page = await openIn('en-US');
  await page.goto(env.url);
  await page.getByRole('table', { name: /Maps in this browser/ }).waitFor();
  assert.equal(await page.locator('html').getAttribute('dir'), 'ltr');

  await page.getByLabel('Language').selectOption('fa');
  await page.getByRole('table', { name: tr('fa', 'Maps in this browser, most recently edited first') }).waitFor();
  assert.equal(await page.locator('html').getAttribute('dir'), 'rtl');
  assert.equal(await page.locator('html').getAttribute('lang'), 'fa');
  assert.ok((await page.title()).includes(tr('fa', 'Your maps')), await page.title());

  await page.reload();
  await page.getByRole('table', { name: tr('fa', 'Maps in this browser, most recently edited first') }).waitFor();
  assert.equal(await page.locator('html').getAttribute('lang'), 'fa', 'the choice is remembered');

  await page.getByLabel(tr('fa', 'Language')).selectOption('ar');
  const table = page.getByRole('table', { name: tr('ar', 'Maps in this browser, most recently edited first') });
  await table.waitFor();
  assert.match(await table.textContent(), /[٠-٩]{4}/, 'Arabic-Indic digits by default');
  await page.getByLabel(tr('ar', 'Digits')).selectOption('latn');
  await page.waitForFunction(() => /20\d\d/.test(document.querySelector('table').textContent));
  assert.doesNotMatch(await table.textContent(), /[٠-٩]/, 'no Arabic-Indic digits once Latin ones are chosen');
  await page.reload();
  await table.waitFor();
  assert.doesNotMatch(await table.textContent(), /[٠-٩]/, 'the digits are remembered');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('a Persian map reads right to left in an English interface, and arrows follow what is seen in Arabic', async () => {
  const page = await openIn('en-US');
  await page.goto(`${env.url}?map=fa-bank-account`);
  await page.getByRole('grid').waitFor();
  assert.equal(await page.locator('html').getAttribute('dir'), 'ltr');
  assert.equal(await page.locator('article.journey-map').getAttribute('dir'), 'rtl');
  assert.deepEqual(await axeViolations(page), []);
  await page.context().close();

  const arabic = await openIn('ar-EG');
  await arabic.goto(`${env.url}?map=ar-telecom-subscription`);
  const grid = arabic.getByRole('grid');
  await grid.waitFor();
  // The first slot of the map, then ArrowLeft: in a right-to-left map the next stage is to the left.
  const slot = grid.locator('[data-cell^="slot:"]').first();
  await slot.focus();
  const start = await arabic.evaluate(() => document.activeElement.getBoundingClientRect().x);
  await arabic.keyboard.press('ArrowLeft');
  const next = await arabic.evaluate(() => document.activeElement.getBoundingClientRect().x);
  assert.ok(next < start, `ArrowLeft moves left on screen (${start} → ${next})`);
  await arabic.keyboard.press('ArrowRight');
  const back = await arabic.evaluate(() => document.activeElement.getBoundingClientRect().x);
  assert.equal(back, start, 'ArrowRight comes back');
  assert.deepEqual(arabic.errors, []);
  await arabic.context().close();
});
